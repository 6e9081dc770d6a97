// The texture the board's still part is kept in (view/still_layer.h): a
// framebuffer object the size of the window's, into which a draw list is
// rendered with ImGui's own renderer, cleared first to the board's paper.
#pragma once

#include <cstddef>

#include <imgui.h>

#include "render/texture_target.h"
#include "view/frame_damage.h"

namespace nt {

class BoardLayer {
public:
    BoardLayer() = default;  // makes no GL objects until the first draw; needs the window's GL context from then on
    BoardLayer(const BoardLayer&) = delete;
    BoardLayer& operator=(const BoardLayer&) = delete;

    // The texture's name for ImGui, made now if need be. 0 when the driver has
    // no framebuffer objects to give: the board is then drawn straight.
    ImTextureID texture();
    // Renders `list` into the texture at the window's size (framebuffer pixels
    // `width` × `height`), cleared to `paper`, within `damage` alone (the rest
    // of the texture is as the list draws it already; all of it when the
    // texture is new or resized); leaves the window's own framebuffer bound.
    // False when the texture could not be (re)made.
    bool draw(const ImDrawList& list, int width, int height, ImVec4 paper, DamageRegion damage);
    // Copies the texture into the window's buffer (bound), as the frame's
    // first layer. False when there is nothing of that size to copy: the
    // buffer is cleared to `paper` instead.
    bool copyToWindow(int width, int height, ImVec4 paper) const;
    // What the texture holds in memory, in bytes.
    std::size_t bytes() const {
        return static_cast<std::size_t>(m_target.width()) * static_cast<std::size_t>(m_target.height()) * 4;
    }

private:
    bool make(int width, int height);

    TextureTarget m_target;
    bool m_failed = false;
};

}  // namespace nt
