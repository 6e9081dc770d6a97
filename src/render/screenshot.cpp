// Back buffer → PNG, through stb_image_write (Debian's compiled libstb).
#include "render/screenshot.h"

#include <glad/gl.h>
#include <stb_image_write.h>

#include <cstdio>
#include <cstring>
#include <vector>

namespace nt {

namespace {

bool refuse(const std::string& path, const char* why) {
    std::fprintf(stderr, "netwerktafel: %s: %s\n", path.c_str(), why);
    return false;
}

}  // namespace

bool writeBackBufferPng(const std::string& path, int width, int height) {
    if (width <= 0 || height <= 0) return refuse(path, "the window has no size to capture");
    const size_t row = static_cast<size_t>(width) * 4;
    std::vector<unsigned char> pixels(row * static_cast<size_t>(height));
    glReadBuffer(GL_BACK);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // OpenGL's rows run bottom-up; PNG's top-down.
    std::vector<unsigned char> tmp(row);
    for (int y = 0; y < height / 2; ++y) {
        unsigned char* a = pixels.data() + row * static_cast<size_t>(y);
        unsigned char* b = pixels.data() + row * static_cast<size_t>(height - 1 - y);
        std::memcpy(tmp.data(), a, row);
        std::memcpy(a, b, row);
        std::memcpy(b, tmp.data(), row);
    }
    for (size_t i = 3; i < pixels.size(); i += 4) pixels[i] = 255;  // opaque, whatever the buffer's alpha
    if (!stbi_write_png(path.c_str(), width, height, 4, pixels.data(), static_cast<int>(row)))
        return refuse(path, "cannot write the screenshot");
    return true;
}

}  // namespace nt
