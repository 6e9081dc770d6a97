// Notes and partners drawn once: their coverage kept in an atlas.
//
// Under a software renderer a board's items cost most of a full redraw: each
// note and token is hundreds of small triangles (rounded corners and discs
// with anti-aliased fringes, a quad per glyph). Every item is made of layers
// of one colour each: a shadow, the paper, a coloured band, the text. A
// layer's coverage (how much of each pixel it covers) is drawn once into this
// atlas, one byte a pixel, and from then on the layer is one quad sampling
// it, tinted with the layer's colour. Blending a colour with that coverage is
// blending the shape itself, so the board looks as before (up to rounding of
// a byte), for two triangles instead of hundreds.
//
// A layer is known by its own geometry, the item being drawn around the
// origin and set down on a whole pixel (board_canvas.cpp, ItemInPlace): the
// same text on the same paper is drawn once, however many notes carry it and
// wherever they lie. Nothing is ever told what an item shows; whatever
// changes its pixels changes its geometry, so the atlas can never show an
// old look. Space is never reused: an atlas that runs full starts anew, in
// the same frame (StillLayer::buildAgain), larger when the board needs it,
// at its size when it is mostly looks no longer shown, and the still layer
// then draws itself whole (generation()).
#pragma once

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include <imgui.h>

#include "view/item_cover.h"

namespace nt {

class ItemAtlas {
public:
    static constexpr int kStartSize = 2048;  // 4 MB; a demo board's items take a tenth of it
    static constexpr int kMaxSize = 8192;    // 64 MB: the stress board at 4K; what does not fit is drawn as shapes

    explicit ItemAtlas(int startSize = kStartSize, int maxSize = kMaxSize);
    ~ItemAtlas();
    ItemAtlas(const ItemAtlas&) = delete;
    ItemAtlas& operator=(const ItemAtlas&) = delete;

    // The texture the renderer keeps the atlas in (render/atlas_texture.h);
    // 0 (the default): no atlas, items are drawn as shapes.
    void setTexture(ImTextureID texture) { m_texture = texture; }
    ImTextureID texture() const { return m_texture; }

    // Before a still board is drawn (between ImGui::NewFrame and Render):
    // whether items can go through the atlas this frame (a texture, one
    // framebuffer pixel per unit). An atlas whose glyphs came from other
    // fonts starts anew here, and one that ran full may (see above).
    bool newBuild();
    // Before a kept still board is built all the same, to check it: whether
    // items can go through the atlas as it is. Such a build only looks
    // layers up; it adds none and never starts the atlas anew.
    bool checkBuild();
    // The fonts were baked again (perhaps into a texture of the same name).
    void fontsBaked() { m_fontsBaked = true; }
    // The largest the renderer can give (GL_MAX_TEXTURE_SIZE, or less after a failed try).
    void setMaxSize(int size);
    // Counts the atlas's fresh starts: a layer drawn from an older atlas may
    // show other coverage at the same place now.
    std::uint64_t generation() const { return m_generation; }
    // Whether a layer found no room since the build began.
    bool ranFull() const { return m_ranFull; }
    int size() const { return m_size; }

    // Where an item starts in a draw list...
    struct Mark {
        int vertices = 0, indices = 0, commands = 0;
    };
    static Mark mark(const ImDrawList& draw) {
        return {draw.VtxBuffer.Size, draw.IdxBuffer.Size, draw.CmdBuffer.Size};
    }
    // ... and, once it is drawn around the origin, its layers replaced by
    // quads from the atlas, set down at `anchor` (a whole pixel). A layer the
    // atlas cannot take (of more than one colour, no room left) is set down
    // as drawn. `cover` (null: none), having just said what of this item
    // shows (view/item_cover.h): its quads are cut to that; a see-through
    // layer before its first opaque one (a shadow) also to what its own
    // opaque part leaves. False when the item is none the atlas can take (a
    // command begun within it, indices of other vertices): left as it is,
    // at the origin.
    bool replace(ImDrawList& draw, Mark since, ImVec2 anchor, ItemCover* cover = nullptr);
    // Takes what was drawn since `since` out of the list again. False (and
    // left as it is) when it is not one piece at the list's end: a command
    // begun within it, indices of vertices before it.
    static bool takeBack(ImDrawList& draw, Mark since);

    // For the renderer: the coverage still to be drawn into the atlas, in
    // atlas pixels (y down), white, with the font texture; null when none.
    // clearFirst(): the texture is to be cleared (and made at size()) first.
    const ImDrawList* pending() const { return m_pendingCount ? m_pending : nullptr; }
    bool clearFirst() const { return m_clearFirst; }
    void rendered();

    // Layers drawn from the atlas and layers added to it since it started,
    // layers left as shapes for want of room, and the texture's bytes.
    std::size_t hits() const { return m_hits; }
    std::size_t added() const { return m_added; }
    std::size_t leftAsShapes() const { return m_leftAsShapes; }
    std::size_t bytes() const { return m_texture ? static_cast<std::size_t>(m_size) * static_cast<std::size_t>(m_size) : 0; }

private:
    struct Key {
        std::uint64_t hash = 0;
        int vertices = 0, indices = 0, width = 0, height = 0;
        bool operator==(const Key&) const = default;
    };
    struct KeyHash {
        std::size_t operator()(const Key& k) const { return static_cast<std::size_t>(k.hash); }
    };
    struct Place {
        int x = 0, y = 0;
        std::uint64_t build = 0;  // the last still board that drew it
    };
    struct Shelf {
        int y = 0, height = 0, x = 0;  // filled left to right
    };
    struct Layer;

    void startAnew(int size);
    bool allocate(int width, int height, Place& at);
    void emitLayer(ImDrawList& draw, const Layer& layer, ImVec2 anchor, bool& onAtlas);
    void emitQuad(ImDrawList& draw, ImVec2 p0, ImVec2 p1, const Place& place, ImU32 colour);

    ImTextureID m_texture{};
    ImTextureID m_font{};
    int m_size;
    int m_maxSize;
    std::uint64_t m_generation = 0;
    std::uint64_t m_build = 0;
    bool m_ranFull = false;
    bool m_fresh = false;       // started anew since the last build began
    bool m_checking = false;    // this build only looks layers up
    bool m_fontsBaked = false;
    std::int64_t m_shortArea = 0;  // what found no room in this build
    bool m_clearFirst = true;
    std::unordered_map<Key, Place, KeyHash> m_places;
    std::vector<Shelf> m_shelves;  // top to bottom, each as high as what it holds (a step of 16)
    int m_nextShelfY = 0;
    ImDrawList* m_pending = nullptr;
    int m_pendingCount = 0;
    // The item being replaced, copied out of its list.
    std::vector<ImDrawVert> m_vertices;
    std::vector<unsigned> m_indices;
    std::vector<Layer> m_shapes;
    const std::vector<PixelRect>* m_shown = nullptr;  // of the item being replaced
    std::size_t m_hits = 0, m_added = 0, m_leftAsShapes = 0;
};

}  // namespace nt
