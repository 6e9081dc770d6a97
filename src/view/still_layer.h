// The board's still part, drawn once and shown again while it stays the same.
//
// Under a software renderer most of a frame's time goes into rasterising the
// board: bubbles, hundreds of notes and tokens, their text. Most frames, even
// during a drag, change none of that. The board view draws what lies still
// (everything nobody carries, in the order it always had) into this layer's
// own draw list; the layer compares it with the last one it handed out and
// only a different list goes to the renderer (render/board_layer.h), which
// draws it into a texture. The frame itself starts from a copy of that
// texture, with the carried items and the panels drawn on top. Comparing the lists is exact:
// whatever changes a pixel of the still board changes its vertices.
#pragma once

#include <cstddef>

#include <imgui.h>

#include "view/frame_damage.h"

namespace nt {

class StillLayer {
public:
    StillLayer() = default;
    StillLayer(const StillLayer&) = delete;
    StillLayer& operator=(const StillLayer&) = delete;

    // The texture the renderer keeps the layer in; 0 (the default) draws the
    // still board straight into the frame.
    void setTexture(ImTextureID texture) { m_texture = texture; }

    // Where this frame's still board is drawn: the layer's own list, empty,
    // set up as ImGui sets up its background list (or `background` itself
    // when there is no texture). Between ImGui::NewFrame and ImGui::Render.
    ImDrawList* begin(ImDrawList* background);
    // The still board is drawn: the frame is to start from the texture
    // (shown()), and the rest is drawn over it.
    void end();
    // A new frame: nothing is shown from the texture unless the board view
    // draws with it again (the start screen, a board drawn straight).
    void newFrame() { m_shown = false; }
    // Whether this frame starts from the texture: the renderer copies it into
    // the window's buffer in place of clearing it (a copy, not a textured quad:
    // under a software renderer that is many times cheaper).
    bool shown() const { return m_shown; }

    // The list to draw into the texture now, when it differs from the one the
    // texture holds (null otherwise); rendered() once it is drawn.
    const ImDrawList* toRender() const { return m_pending ? m_lists[m_current] : nullptr; }
    // Where it differs (framebuffer pixels): the texture needs drawing again
    // only there; everywhere when the texture holds nothing yet.
    const DamageRegion& damage() const { return m_damage; }
    void rendered();
    // The texture lost what it held: the next frame draws it whole.
    void forgetTexture() { m_drawnFrom = -1; }

    // Frames whose still board was drawn again, and all frames with a layer.
    std::size_t redraws() const { return m_redraws; }
    std::size_t frames() const { return m_frames; }
    // The memory of the two lists (the current and the last), in bytes.
    std::size_t bytes() const;

    ~StillLayer();

private:
    ImTextureID m_texture{};
    bool m_shown = false;
    DamageRegion m_damage;
    ImDrawList* m_lists[2] = {nullptr, nullptr};
    int m_current = 0;
    int m_drawnFrom = -1;  // which list the texture was drawn from; -1: none yet
    bool m_pending = false;
    std::size_t m_redraws = 0, m_frames = 0;
};


}  // namespace nt
