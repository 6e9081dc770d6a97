// A texture to draw into: a GL texture and the framebuffer object around it,
// sampled nearest and clamped (drawn 1:1, every pixel exactly as rendered).
// Needs the window's GL context from its first make() to its end.
#pragma once

#include <cstdint>

#include <imgui.h>

namespace nt {

class TextureTarget {
public:
    TextureTarget() = default;
    ~TextureTarget() { release(); }
    TextureTarget(const TextureTarget&) = delete;
    TextureTarget& operator=(const TextureTarget&) = delete;

    // Made (again, when the size differs) at width × height, holding
    // `internalFormat` (e.g. GL_RGB8) given as `format`; what it held is
    // lost then. False when the driver cannot give it: nothing is left made.
    bool make(int width, int height, int internalFormat, unsigned format);
    void release();

    bool made() const { return m_texture != 0; }
    unsigned texture() const { return m_texture; }
    unsigned framebuffer() const { return m_fbo; }
    ImTextureID id() const { return reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(m_texture)); }
    int width() const { return m_width; }
    int height() const { return m_height; }

private:
    unsigned m_fbo = 0, m_texture = 0;
    int m_width = 0, m_height = 0;
};

}  // namespace nt
