// Finds the assets/ folder: $NETWERKTAFEL_ASSETS, next to the executable, or
// the source tree the binary was built from.
#pragma once

#include <string>

namespace nt {

// `argv0` helps find the folder next to the executable. Empty when none is found.
std::string findAssetDir(const std::string& argv0);

}  // namespace nt
