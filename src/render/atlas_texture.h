// The item atlas's texture (view/item_atlas.h): one byte a pixel, a
// framebuffer object into which the atlas's new coverage is drawn with
// ImGui's own renderer, white over nothing, so that the byte holds how much
// of each pixel the layers cover. Sampled as white with that alpha, it tints
// to each layer's colour.
#pragma once

#include <algorithm>
#include <cstddef>

#include <imgui.h>

#include "render/texture_target.h"

namespace nt {

class ItemAtlas;

class AtlasTexture {
public:
    AtlasTexture() = default;  // makes no GL objects until the first draw; needs the window's GL context from then on
    AtlasTexture(const AtlasTexture&) = delete;
    AtlasTexture& operator=(const AtlasTexture&) = delete;

    // The texture's name for ImGui, made now if need be (at the atlas's
    // size). 0 when the driver cannot give one that size.
    ImTextureID texture(int size);
    // Draws what the atlas still has to draw (cleared first when it asks),
    // and tells it so; leaves the window's framebuffer bound (the viewport at
    // the atlas's size, no scissor). False when the texture could not be
    // made at the atlas's size (it grew).
    bool draw(ItemAtlas& atlas);
    // The largest size to ask for: the driver's largest texture, halved below
    // each size it refused (no memory for it).
    int largest();
    void refuse(int size) { m_refused = m_refused ? std::min(m_refused, size) : size; }
    std::size_t bytes() const {
        return static_cast<std::size_t>(m_target.width()) * static_cast<std::size_t>(m_target.height());
    }

private:
    bool make(int size);

    TextureTarget m_target;
    int m_driverLargest = 0;  // GL_MAX_TEXTURE_SIZE, once asked
    int m_refused = 0;        // the smallest size the driver could not give; 0: none
};

}  // namespace nt
