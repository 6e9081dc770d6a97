// Reads what the back buffer shows and writes it as a PNG.
#pragma once

#include <string>

namespace nt {

// False, after a line on stderr naming the file, when it cannot be written.
bool writeBackBufferPng(const std::string& path, int width, int height);

}  // namespace nt
