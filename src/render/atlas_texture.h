// The item atlas's texture (view/item_atlas.h): one byte a pixel, a
// framebuffer object into which the atlas's new coverage is drawn with
// ImGui's own renderer, white over nothing, so that the byte holds how much
// of each pixel the layers cover. Sampled as white with that alpha, it tints
// to each layer's colour.
#pragma once

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
    // size). 0 when the driver cannot give one: items are then drawn as shapes.
    ImTextureID texture(int size);
    // Draws what the atlas still has to draw (cleared first when it asks),
    // and tells it so; leaves the window's framebuffer bound. False when the
    // texture could not be made.
    bool draw(ItemAtlas& atlas);
    std::size_t bytes() const {
        return static_cast<std::size_t>(m_target.width()) * static_cast<std::size_t>(m_target.height());
    }

private:
    bool make(int size);

    TextureTarget m_target;
    bool m_failed = false;
};

}  // namespace nt
