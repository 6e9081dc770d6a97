// Brings board files of older formats up to the current one, step by step,
// before they are read.
#pragma once

#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

namespace nt {

class MigrationError : public std::runtime_error {
public:
    MigrationError(std::string path, const std::string& what) : std::runtime_error(what), m_path(std::move(path)) {}
    const std::string& path() const { return m_path; }

private:
    std::string m_path;
};

// Rewrites `doc` (a whole envelope of format `fromVersion`) in place into the
// current format. Shapes it does not recognise are left for the reader to
// report with their exact place.
void migrateBoardJson(nlohmann::ordered_json& doc, int fromVersion);

}  // namespace nt
