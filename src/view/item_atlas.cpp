// Items drawn once (see item_atlas.h).
#include "view/item_atlas.h"

#include <algorithm>
#include <cmath>
#include <climits>
#include <cstring>

namespace nt {

namespace {

constexpr int kShelfStep = 16;    // shelves come in heights of 16, 32, 48, … pixels
constexpr std::uint32_t kRgbMask = ~IM_COL32_A_MASK;

std::uint32_t alphaOf(ImU32 colour) { return (colour & IM_COL32_A_MASK) >> IM_COL32_A_SHIFT; }

// A 64-bit hash of a layer's geometry (murmur3's mixing steps).
struct Hasher {
    std::uint64_t h = 0x243f6a8885a308d3ULL;
    void add(std::uint64_t v) {
        v *= 0x87c37b91114253d5ULL;
        v = (v << 31) | (v >> 33);
        v *= 0x4cf5ad432745937fULL;
        h ^= v;
        h = ((h << 27) | (h >> 37)) * 5 + 0x52dce729;
    }
    std::uint64_t done() const {
        std::uint64_t k = h;
        k ^= k >> 33;
        k *= 0xff51afd7ed558ccdULL;
        k ^= k >> 33;
        k *= 0xc4ceb9fe1a85ec53ULL;
        return k ^ (k >> 33);
    }
};

std::uint64_t bitsOf(float a, float b) {
    std::uint32_t x, y;
    std::memcpy(&x, &a, sizeof x);
    std::memcpy(&y, &b, sizeof y);
    return (static_cast<std::uint64_t>(x) << 32) | y;
}

}  // namespace

// One colour's run of triangles within an item: indices [first, first + count)
// of m_indices, vertices [vmin, vmax] of m_vertices.
struct ItemAtlas::Layer {
    int first = 0, count = 0;
    unsigned vmin = 0, vmax = 0;
    std::uint32_t rgb = 0, alpha = 0;
    bool oneColour = true;  // every vertex this colour, at this alpha or at none
    float x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;  // its corners' bounds
};

ItemAtlas::ItemAtlas(int startSize, int maxSize) : m_size(startSize), m_maxSize(std::max(startSize, maxSize)) {}

ItemAtlas::~ItemAtlas() { delete m_pending; }

void ItemAtlas::startAnew(int size) {
    m_size = size;
    m_fresh = true;
    m_places.clear();
    m_shelves.clear();
    m_nextShelfY = 0;
    ++m_generation;
    m_clearFirst = true;
    m_pendingCount = 0;
}

bool ItemAtlas::newBuild() {
    const ImGuiIO& io = ImGui::GetIO();
    if (m_texture == ImTextureID{} || io.DisplayFramebufferScale.x != 1 || io.DisplayFramebufferScale.y != 1) return false;
    ++m_build;
    m_checking = false;
    const bool fresh = m_fresh;  // the last build began with the atlas started anew
    m_fresh = false;
    if (io.Fonts->TexID != m_font || m_fontsBaked) {
        // Glyphs from another texture, or baked again: coverage drawn from the old ones is no longer theirs.
        m_font = io.Fonts->TexID;
        m_fontsBaked = false;
        startAnew(m_size);
    } else if (m_ranFull) {
        // What the last still board drew from it and what found no room
        // (each with a pixel of gutter).
        std::int64_t live = m_shortArea;
        for (const auto& [key, place] : m_places)
            if (place.build + 1 == m_build) live += static_cast<std::int64_t>(key.width + 1) * (key.height + 1);
        // Mostly looks no longer shown (typing leaves one behind at every
        // key): anew at the same size. Else (or when even a fresh atlas ran
        // full: its shelves hold less than its area) twice as large at
        // least, and as large as the board needs with a third to spare. At
        // the largest it stays as it is, and what finds no room stays as
        // shapes (else every board would go into the atlas again and again).
        const auto area = [](int size) { return static_cast<std::int64_t>(size) * size; };
        const bool mostlyGone = !fresh && live * 2 <= area(m_size);
        int size = m_size;
        if (!mostlyGone) {
            size = std::min(m_size * 2, m_maxSize);
            while (size < m_maxSize && live * 3 > area(size) * 2) size = std::min(size * 2, m_maxSize);
        }
        if (size != m_size || mostlyGone) startAnew(size);
    }
    m_ranFull = false;
    m_shortArea = 0;
    return true;
}

bool ItemAtlas::checkBuild() {
    const ImGuiIO& io = ImGui::GetIO();
    m_checking = m_texture != ImTextureID{} && io.Fonts->TexID == m_font && !m_fontsBaked &&
                 io.DisplayFramebufferScale.x == 1 && io.DisplayFramebufferScale.y == 1;
    return m_checking;
}

void ItemAtlas::setMaxSize(int size) {
    m_maxSize = std::max(1, size);
    if (m_size > m_maxSize) {
        m_size = m_maxSize;
        startAnew(m_size);
    }
}

bool ItemAtlas::allocate(int width, int height, Place& at) {
    // A pixel of gutter right and below: nothing samples across it.
    const int w = width + 1, h = height + 1;
    if (w > m_size || h > m_size) return false;
    const int shelfHeight = (h + kShelfStep - 1) / kShelfStep * kShelfStep;
    Shelf* shelf = nullptr;
    for (Shelf& s : m_shelves)
        if (s.height == shelfHeight && s.x + w <= m_size) {
            shelf = &s;
            break;
        }
    if (!shelf) {
        if (m_nextShelfY + shelfHeight > m_size) return false;
        m_shelves.push_back({m_nextShelfY, shelfHeight, 0});
        m_nextShelfY += shelfHeight;
        shelf = &m_shelves.back();
    }
    at.x = shelf->x;
    at.y = shelf->y;
    shelf->x += w;
    return true;
}

bool ItemAtlas::takeBack(ImDrawList& draw, Mark since) {
    if (draw.CmdBuffer.Size != since.commands || draw.IdxBuffer.Size < since.indices || draw.VtxBuffer.Size < since.vertices)
        return false;
    ImDrawCmd& cmd = draw.CmdBuffer.back();
    const int vertexCount = draw.VtxBuffer.Size - since.vertices, indexCount = draw.IdxBuffer.Size - since.indices;
    if (cmd.UserCallback || since.vertices < static_cast<int>(cmd.VtxOffset) || cmd.ElemCount < static_cast<unsigned>(indexCount))
        return false;
    const unsigned base = static_cast<unsigned>(since.vertices) - cmd.VtxOffset;
    for (int i = since.indices; i < draw.IdxBuffer.Size; ++i)
        if (draw.IdxBuffer[i] < base) return false;  // not its own vertices
    draw.VtxBuffer.shrink(since.vertices);
    draw.IdxBuffer.shrink(since.indices);
    cmd.ElemCount -= static_cast<unsigned>(indexCount);
    draw._VtxWritePtr = draw.VtxBuffer.Data + draw.VtxBuffer.Size;
    draw._IdxWritePtr = draw.IdxBuffer.Data + draw.IdxBuffer.Size;
    draw._VtxCurrentIdx -= static_cast<unsigned>(vertexCount);
    return true;
}

bool ItemAtlas::replace(ImDrawList& draw, Mark since, ImVec2 anchor, ItemCover* cover) {
    if (m_texture == ImTextureID{} || m_font == ImTextureID{}) return false;
    if (draw.CmdBuffer.Size != since.commands || draw.IdxBuffer.Size <= since.indices) return false;
    ImDrawCmd& cmd = draw.CmdBuffer.back();
    // More vertices than a 16-bit index reaches, another texture, a callback: left as drawn.
    if (cmd.TextureId != m_font || cmd.UserCallback || since.vertices < static_cast<int>(cmd.VtxOffset)) return false;
    const int vertexCount = draw.VtxBuffer.Size - since.vertices, indexCount = draw.IdxBuffer.Size - since.indices;
    if (indexCount % 3 != 0) return false;
    const unsigned base = static_cast<unsigned>(since.vertices) - cmd.VtxOffset;
    m_indices.resize(static_cast<std::size_t>(indexCount));
    for (int i = 0; i < indexCount; ++i) {
        const unsigned index = draw.IdxBuffer[since.indices + i];
        if (index < base || index - base >= static_cast<unsigned>(vertexCount)) return false;  // not this item's own
        m_indices[static_cast<std::size_t>(i)] = index - base;
    }
    m_vertices.assign(draw.VtxBuffer.Data + since.vertices, draw.VtxBuffer.Data + draw.VtxBuffer.Size);

    // The item leaves the list; its layers come back as quads (or as drawn).
    if (!takeBack(draw, since)) return false;

    // The item's shapes, in order: a shape's triangles share vertices, the
    // next shape's begin after them...
    m_shapes.clear();
    for (int t = 0; t < indexCount; t += 3) {
        const unsigned* i = &m_indices[static_cast<std::size_t>(t)];
        const unsigned lo = std::min({i[0], i[1], i[2]}), hi = std::max({i[0], i[1], i[2]});
        if (m_shapes.empty() || lo > m_shapes.back().vmax) m_shapes.push_back(Layer{t, 0, lo, hi});
        Layer& shape = m_shapes.back();
        shape.count += 3;
        shape.vmin = std::min(shape.vmin, lo), shape.vmax = std::max(shape.vmax, hi);
    }
    // ... each of one colour (at one alpha, or at none: the fringe) or not,
    // and its bounds: from its vertices, each looked at once.
    for (Layer& shape : m_shapes) {
        shape.rgb = m_vertices[shape.vmin].col & kRgbMask;
        for (unsigned i = shape.vmin; i <= shape.vmax; ++i) {
            const ImDrawVert& v = m_vertices[i];
            const std::uint32_t a = alphaOf(v.col);
            if ((v.col & kRgbMask) != shape.rgb || (a != 0 && shape.alpha != 0 && a != shape.alpha)) shape.oneColour = false;
            if (a != 0) shape.alpha = a;
            if (!std::isfinite(v.pos.x) || !std::isfinite(v.pos.y) || std::fabs(v.pos.x) > 1e6f || std::fabs(v.pos.y) > 1e6f)
                shape.oneColour = false;  // no bounds to speak of: left as drawn
            shape.x0 = std::min(shape.x0, v.pos.x), shape.y0 = std::min(shape.y0, v.pos.y);
            shape.x1 = std::max(shape.x1, v.pos.x), shape.y1 = std::max(shape.y1, v.pos.y);
        }
    }

    // Layers: shapes of one colour in a row (the glyphs of a text, a shadow),
    // one quad for all, unless that quad would fill much more than they do
    // (a shadow's strip below a note and its strip beside it).
    const auto area = [](const Layer& l) {
        return std::max(0.f, l.x1 - l.x0 + 1) * std::max(0.f, l.y1 - l.y0 + 1);
    };
    bool onAtlas = false;
    Layer layer;
    float filled = 0;  // the areas of the layer's shapes, each on its own
    // Where a layer shows: see-through layers before the first opaque one
    // lie under the item's own opaque part too.
    bool beneath = cover != nullptr;
    const auto emit = [&](const Layer& l) {
        beneath = beneath && l.oneColour && l.alpha < 255;
        m_shown = !cover ? nullptr : beneath ? &cover->shownBeneath() : &cover->lastShown();
        emitLayer(draw, l, anchor, onAtlas);
    };
    for (const Layer& shape : m_shapes) {
        // See-through shapes that overlap blend twice where they overlap;
        // one quad over their joint coverage would blend there once.
        const bool apart = shape.x0 > layer.x1 || shape.x1 < layer.x0 || shape.y0 > layer.y1 || shape.y1 < layer.y0;
        bool joins = layer.count > 0 && layer.oneColour && shape.oneColour && shape.rgb == layer.rgb &&
                     (shape.alpha == layer.alpha || shape.alpha == 0 || layer.alpha == 0) &&
                     ((layer.alpha == 255 && shape.alpha == 255) || apart);
        Layer joint = layer;
        if (joins) {
            joint.count += shape.count;
            joint.vmin = std::min(joint.vmin, shape.vmin), joint.vmax = std::max(joint.vmax, shape.vmax);
            joint.alpha = std::max(joint.alpha, shape.alpha);
            joint.x0 = std::min(joint.x0, shape.x0), joint.y0 = std::min(joint.y0, shape.y0);
            joint.x1 = std::max(joint.x1, shape.x1), joint.y1 = std::max(joint.y1, shape.y1);
            joins = area(joint) <= 2 * (filled + area(shape)) + 256;
        }
        if (joins) {
            layer = joint;
            filled += area(shape);
            continue;
        }
        if (layer.count > 0) emit(layer);
        layer = shape;
        filled = area(shape);
    }
    if (layer.count > 0) emit(layer);
    if (onAtlas) draw.PopTextureID();
    m_shown = nullptr;
    return true;
}

void ItemAtlas::emitLayer(ImDrawList& draw, const Layer& layer, ImVec2 anchor, bool& onAtlas) {
    // The layer's own geometry relative to the anchor is its key: corners,
    // glyph corners with the fringe's alpha, and triangles, each hashed on a
    // lane of its own (three chains the processor runs side by side).
    const bool fits = layer.oneColour;
    float x0 = layer.x0, y0 = layer.y0, x1 = layer.x1, y1 = layer.y1;
    if (m_shown && std::fabs(x0) <= 1e6f && std::fabs(y0) <= 1e6f && std::fabs(x1) <= 1e6f && std::fabs(y1) <= 1e6f) {
        // Hidden whole by items drawn later: neither drawn nor kept.
        const PixelRect reach{static_cast<int>(std::floor(anchor.x + x0)), static_cast<int>(std::floor(anchor.y + y0)),
                              static_cast<int>(std::ceil(anchor.x + x1)), static_cast<int>(std::ceil(anchor.y + y1))};
        if (std::none_of(m_shown->begin(), m_shown->end(), [&](const PixelRect& r) { return !Intersection(r, reach).empty(); }))
            return;
    }
    Hasher corners, glyphs, triangles;
    if (fits)
        for (unsigned i = layer.vmin; i <= layer.vmax; ++i) {
            const ImDrawVert& v = m_vertices[i];
            corners.add(bitsOf(v.pos.x, v.pos.y));
            glyphs.add(bitsOf(v.uv.x, v.uv.y) ^ (alphaOf(v.col) ? 1ULL << 63 : 0));
        }
    Key key;
    Place* place = nullptr;
    if (fits) {
        // Four corners' numbers to a word (a layer of over 65,535 corners
        // wraps, which only weakens its hash).
        std::uint64_t word = 0;
        int inWord = 0;
        for (int i = layer.first; i < layer.first + layer.count; ++i) {
            word = (word << 16) | ((m_indices[static_cast<std::size_t>(i)] - layer.vmin) & 0xFFFF);
            if (++inWord == 4) {
                triangles.add(word);
                word = 0;
                inWord = 0;
            }
        }
        triangles.add(word);
        corners.add(glyphs.done());
        corners.add(triangles.done());
        x0 = std::floor(x0), y0 = std::floor(y0), x1 = std::ceil(x1), y1 = std::ceil(y1);
        key = {corners.done(), static_cast<int>(layer.vmax - layer.vmin + 1), layer.count, static_cast<int>(x1 - x0),
               static_cast<int>(y1 - y0)};
        if (key.width == 0 || key.height == 0) return;  // bounds of no width or height: no pixel's centre within
        if (auto found = m_places.find(key); found != m_places.end()) {
            place = &found->second;
            ++m_hits;
        } else if (Place at; !m_checking && allocate(key.width, key.height, at)) {
            place = &m_places.emplace(key, at).first->second;
            ++m_added;
            // Its coverage, white, to be drawn into the atlas where it now lives.
            if (m_pendingCount++ == 0) {
                if (!m_pending) m_pending = new ImDrawList(ImGui::GetDrawListSharedData());
                m_pending->_ResetForNewFrame();
                m_pending->PushClipRect({0, 0}, {static_cast<float>(m_size), static_cast<float>(m_size)});
                m_pending->PushTextureID(m_font);
            }
            const int vertexCount = key.vertices;
            m_pending->PrimReserve(layer.count, vertexCount);
            const unsigned first = m_pending->_VtxCurrentIdx;
            const float dx = static_cast<float>(at.x) - x0, dy = static_cast<float>(at.y) - y0;
            for (unsigned i = layer.vmin; i <= layer.vmax; ++i) {
                const ImDrawVert& v = m_vertices[i];
                *m_pending->_VtxWritePtr++ = {{v.pos.x + dx, v.pos.y + dy},
                                              v.uv,
                                              alphaOf(v.col) ? IM_COL32_WHITE : IM_COL32(255, 255, 255, 0)};
            }
            for (int i = layer.first; i < layer.first + layer.count; ++i)
                *m_pending->_IdxWritePtr++ = static_cast<ImDrawIdx>(first + m_indices[static_cast<std::size_t>(i)] - layer.vmin);
            m_pending->_VtxCurrentIdx += static_cast<unsigned>(vertexCount);
        } else {
            // No room: drawn as shapes until the atlas starts anew, larger.
            if (!m_checking && key.width + 1 <= m_maxSize && key.height + 1 <= m_maxSize) {
                m_ranFull = true;
                m_shortArea += static_cast<std::int64_t>(key.width + 1) * (key.height + 1);
            }
        }
    }
    if (place) {
        place->build = m_build;
        if (!onAtlas) draw.PushTextureID(m_texture);
        onAtlas = true;
        const ImVec2 p0{anchor.x + x0, anchor.y + y0}, p1{anchor.x + x1, anchor.y + y1};
        const ImU32 colour = layer.rgb | (layer.alpha << IM_COL32_A_SHIFT);
        if (!m_shown) {
            emitQuad(draw, p0, p1, *place, colour);
            return;
        }
        // Only the parts items drawn later leave to be seen.
        for (const PixelRect& r : *m_shown) {
            const ImVec2 q0{std::max(p0.x, static_cast<float>(r.x0)), std::max(p0.y, static_cast<float>(r.y0))};
            const ImVec2 q1{std::min(p1.x, static_cast<float>(r.x1)), std::min(p1.y, static_cast<float>(r.y1))};
            if (q0.x >= q1.x || q0.y >= q1.y) continue;
            const Place from{place->x + static_cast<int>(q0.x - p0.x), place->y + static_cast<int>(q0.y - p0.y)};
            emitQuad(draw, q0, q1, from, colour);
        }
        return;
    }
    // As drawn.
    ++m_leftAsShapes;
    if (onAtlas) draw.PopTextureID();
    onAtlas = false;
    const int vertexCount = static_cast<int>(layer.vmax - layer.vmin + 1);
    draw.PrimReserve(layer.count, vertexCount);
    const unsigned first = draw._VtxCurrentIdx;
    for (unsigned i = layer.vmin; i <= layer.vmax; ++i) {
        ImDrawVert v = m_vertices[i];
        v.pos = {v.pos.x + anchor.x, v.pos.y + anchor.y};
        *draw._VtxWritePtr++ = v;
    }
    for (int i = layer.first; i < layer.first + layer.count; ++i)
        *draw._IdxWritePtr++ = static_cast<ImDrawIdx>(first + m_indices[static_cast<std::size_t>(i)] - layer.vmin);
    draw._VtxCurrentIdx += static_cast<unsigned>(vertexCount);
}

// A quad of the screen from p0 to p1 (whole pixels) showing the atlas from `place` on, a pixel for a pixel.
void ItemAtlas::emitQuad(ImDrawList& draw, ImVec2 p0, ImVec2 p1, const Place& place, ImU32 colour) {
    const float s = static_cast<float>(m_size);
    // The atlas is drawn y down into a GL texture whose rows run up.
    const ImVec2 uv0{static_cast<float>(place.x) / s, 1 - static_cast<float>(place.y) / s};
    const ImVec2 uv1{(static_cast<float>(place.x) + p1.x - p0.x) / s, 1 - (static_cast<float>(place.y) + p1.y - p0.y) / s};
    draw.PrimReserve(6, 4);
    draw.PrimRectUV(p0, p1, uv0, uv1, colour);
}

void ItemAtlas::rendered() {
    m_pendingCount = 0;
    m_clearFirst = false;
}

}  // namespace nt
