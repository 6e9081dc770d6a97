// Writing a file so that it is either the old one or the complete new one,
// never half of each: temp file in the same folder, fsync, rename, fsync the
// folder. A failure leaves the old file as it was.
#pragma once

#include <stdexcept>
#include <string>

namespace nt {

class SaveError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Throws SaveError with a message naming the file and the reason.
void writeFileAtomically(const std::string& path, const std::string& content);

}  // namespace nt
