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
#include <cstdint>
#include <vector>

#include <imgui.h>

#include "core/model.h"
#include "view/frame_damage.h"
#include "view/item_atlas.h"

namespace nt {

// Everything the still board is drawn from (board_view.cpp: stillKeyOf).
// While it stays the same the still board would be drawn exactly as last
// time, so it is not built at all: on a board of 2,000 items that was most
// of a drag frame's CPU (building the list and comparing it).
struct StillKey {
    std::uint64_t history = 0;   // whose board (History::serial); 0: not known, never kept
    std::uint64_t changes = 0;   // its revision, less the moves of what is carried
    std::vector<Id> carried;     // being dragged (sorted): drawn over the layer instead
    std::vector<Id> selected;    // partners with a selection ring
    unsigned writing = 0;        // the own-practice card's fields being written (a bit each)
    int editing = -1;            // the field open in the editor
    double xfScale = 0, xfX = 0, xfY = 0;
    float display[2] = {}, framebufferScale[2] = {};
    ImTextureID fontTexture{};
    int fontTextureWidth = 0, fontTextureHeight = 0;
    float fontSizes[5] = {};
    int lang = 0;                // translations are loaded again only with a new language
    std::uint64_t atlas = 0;     // the item atlas's generation (filled in by the layer)
    bool operator==(const StillKey&) const = default;
};

class StillLayer {
public:
    StillLayer() = default;
    StillLayer(const StillLayer&) = delete;
    StillLayer& operator=(const StillLayer&) = delete;

    // The texture the renderer keeps the layer in; 0 (the default) draws the
    // still board straight into the frame.
    void setTexture(ImTextureID texture) { m_texture = texture; }
    // The atlas the still board's notes and partners are drawn from (its
    // texture set by the renderer: render/atlas_texture.h)...
    ItemAtlas& atlas() { return m_atlas; }
    // ... and whether this frame's still board goes through it: between
    // begin() and end(), when begin handed out the layer's own list.
    ItemAtlas* atlasNow() { return m_atlasNow ? &m_atlas : nullptr; }

    // Where this frame's still board is drawn: the layer's own list, empty,
    // set up as ImGui sets up its background list (or `background` itself
    // when there is no texture). Null when nothing it is drawn from changed
    // since the list the texture holds (`key`; a key of history 0 is never
    // the same): then nothing need be drawn. Now and then (a debug build:
    // every time) it hands out a list all the same, and end() checks that
    // it came out as kept: a debug build stops if not, a release build
    // draws the new list. Between ImGui::NewFrame and ImGui::Render.
    ImDrawList* begin(ImDrawList* background, const StillKey& key);
    // After the still board is drawn into begin's list: true when it is to
    // be drawn once more, into the same list, emptied, because the item
    // atlas ran full and has just started anew, as large as the board needs
    // (once a frame: in the frame a large board changed, not at some later
    // touch).
    bool buildAgain();
    // The still board is drawn (or kept): the frame is to start from the
    // texture (shown()), and the rest is drawn over it.
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

    // Frames whose still board was drawn again, all frames with a layer, and
    // those that kept the list the texture holds.
    std::size_t redraws() const { return m_redraws; }
    std::size_t frames() const { return m_frames; }
    std::size_t kept() const { return m_kept; }
    // The memory of the two lists (the current and the last), in bytes.
    std::size_t bytes() const;

    ~StillLayer();

private:
    ImTextureID m_texture{};
    ItemAtlas m_atlas;
    bool m_atlasNow = false;
    bool m_builtAgain = false;   // this frame's still board went round once more
    bool m_shown = false;
    DamageRegion m_damage;
    ImDrawList* m_lists[2] = {nullptr, nullptr};
    int m_current = 0;
    int m_drawnFrom = -1;  // which list the texture was drawn from; -1: none yet
    bool m_pending = false;
    StillKey m_key;              // what the list the texture holds was drawn from (history 0: nothing known)
    StillKey m_building;         // what this frame's list is drawn from
    bool m_keeping = false;      // this frame keeps the texture's list
    bool m_checking = false;     // … and builds it all the same into m_check, to compare
#ifdef NDEBUG
    static constexpr int kCheckEvery = 60;  // kept frames: about once a second while dragging
#else
    static constexpr int kCheckEvery = 1;
#endif
    int m_keptSinceCheck = 0;
    ImDrawList* m_check = nullptr;
    std::size_t m_redraws = 0, m_frames = 0, m_kept = 0;
};


}  // namespace nt
