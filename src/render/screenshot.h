// Reads what the back buffer shows and writes it as a PNG.
#pragma once

#include <string>

namespace nt {

// Throws std::runtime_error naming the file when it cannot be written.
void writeBackBufferPng(const std::string& path, int width, int height);

}  // namespace nt
