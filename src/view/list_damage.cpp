// Where two versions of one draw list draw different pixels (see list_damage.h).
#include "view/list_damage.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace nt {

namespace {

constexpr std::uint32_t kNoCorner = UINT32_MAX;  // an index past the list's indices

// One triangle as drawn: its corners as absolute vertex numbers, and its command.
struct Triangle {
    std::uint32_t corner[3];
    const ImDrawCmd* command;
};

std::vector<Triangle> trianglesOf(const DrawListView& list) {
    std::vector<Triangle> out;
    out.reserve(static_cast<size_t>(list.indexCount / 3));
    for (int i = 0; i < list.commandCount; ++i) {
        const ImDrawCmd& c = list.commands[i];
        if (c.UserCallback) continue;
        for (unsigned t = 0; t + 2 < c.ElemCount; t += 3) {
            Triangle tri{{}, &c};
            for (unsigned k = 0; k < 3; ++k) {
                const unsigned at = c.IdxOffset + t + k;
                tri.corner[k] = at < static_cast<unsigned>(list.indexCount) ? c.VtxOffset + list.indices[at] : kNoCorner;
            }
            out.push_back(tri);
        }
    }
    return out;
}

// ImDrawVert is three plain fields with no padding between them.
static_assert(sizeof(ImDrawVert) == sizeof(ImVec2) * 2 + sizeof(ImU32));

// One list's triangles, compared by what they draw.
struct Triangles {
    const DrawListView& list;
    std::vector<Triangle> all = trianglesOf(list);

    const ImDrawVert* corner(size_t t, int k) const {
        const std::uint32_t v = all[t].corner[k];
        return v < static_cast<std::uint32_t>(list.vertexCount) ? &list.vertices[v] : nullptr;
    }
    // What a triangle draws, as bytes: its corners (position, texture
    // coordinates, colour), clip rectangle and texture.
    std::uint64_t hash(size_t t) const {
        char bytes[3 * sizeof(ImDrawVert) + sizeof(ImVec4) + sizeof(ImTextureID)] = {};
        for (int k = 0; k < 3; ++k)
            if (const ImDrawVert* v = corner(t, k)) std::memcpy(bytes + k * sizeof(ImDrawVert), v, sizeof(ImDrawVert));
        const ImDrawCmd& c = *all[t].command;
        std::memcpy(bytes + 3 * sizeof(ImDrawVert), &c.ClipRect, sizeof c.ClipRect);
        std::memcpy(bytes + 3 * sizeof(ImDrawVert) + sizeof(ImVec4), &c.TextureId, sizeof c.TextureId);
        return std::hash<std::string_view>{}(std::string_view(bytes, sizeof bytes));
    }
};

// Whether two triangles draw the same pixels: the same corners, clip and texture.
bool alike(const Triangles& a, size_t x, const Triangles& b, size_t y) {
    const ImDrawCmd &p = *a.all[x].command, &q = *b.all[y].command;
    if (std::memcmp(&p.ClipRect, &q.ClipRect, sizeof p.ClipRect) != 0 || p.TextureId != q.TextureId) return false;
    for (int k = 0; k < 3; ++k) {
        const ImDrawVert *u = a.corner(x, k), *v = b.corner(y, k);
        if (!u || !v || std::memcmp(u, v, sizeof *u) != 0) return false;
    }
    return true;
}

// Triangles' rectangles gathered into a region: one running rectangle while
// they lie close together (a shape's triangles come one after another).
struct TriangleRects {
    TriangleRects(ImVec2 o, ImVec2 s, int w, int h) : origin(o), scale(s), width(w), height(h) {}
    ImVec2 origin, scale;
    int width, height;
    DamageRegion region;
    ImVec2 lo{1e30f, 1e30f}, hi{-1e30f, -1e30f};

    // The triangle's rectangle, within its command's clip rectangle (all of
    // that when a corner is missing or not a number).
    void add(const Triangles& list, size_t t) {
        const ImVec4& clip = list.all[t].command->ClipRect;
        ImVec2 a{1e30f, 1e30f}, b{-1e30f, -1e30f};
        for (int k = 0; k < 3; ++k) {
            const ImDrawVert* v = list.corner(t, k);
            if (!v || !std::isfinite(v->pos.x) || !std::isfinite(v->pos.y)) {
                a = {clip.x, clip.y};
                b = {clip.z, clip.w};
                break;
            }
            a = {std::min(a.x, v->pos.x), std::min(a.y, v->pos.y)};
            b = {std::max(b.x, v->pos.x), std::max(b.y, v->pos.y)};
        }
        a = {std::max(a.x, clip.x), std::max(a.y, clip.y)};
        b = {std::min(b.x, clip.z), std::min(b.y, clip.w)};
        if (b.x <= a.x || b.y <= a.y) return;
        constexpr float kClose = 32;
        if (hi.x >= lo.x && (a.x > hi.x + kClose || b.x < lo.x - kClose || a.y > hi.y + kClose || b.y < lo.y - kClose))
            flush();
        lo = {std::min(lo.x, a.x), std::min(lo.y, a.y)};
        hi = {std::max(hi.x, b.x), std::max(hi.y, b.y)};
    }
    void flush() {
        if (hi.x >= lo.x) region.add(PixelsOf(lo, hi, origin, scale, width, height));
        lo = {1e30f, 1e30f};
        hi = {-1e30f, -1e30f};
    }
};

// Pairs the triangles of a[from, aEnd) and b[from, bEnd) in order, each with
// one alike, and calls gone(x) for each of a's left unpaired and came(y) for
// each of b's. Walks both lists in step; where they differ, looks ahead for
// the nearest place where a run of alike triangles starts again (first
// within a short reach, then a long one). Any pairing in order is exact
// (outside the unpaired triangles both lists draw the same triangles in the
// same order); a nearer one only damages less.
template <class Gone, class Came>
void pairInOrder(const Triangles& a, const Triangles& b, size_t from, size_t aEnd, size_t bEnd, Gone&& gone, Came&& came) {
    constexpr size_t kReaches[] = {256, 8192};  // triangles: a note is ~150, a token ~250
    constexpr size_t kRun = 8;                  // alike in a row: back in step
    std::vector<std::uint64_t> ha(aEnd - from), hb(bEnd - from);
    for (size_t t = from; t < aEnd; ++t) ha[t - from] = a.hash(t);
    for (size_t t = from; t < bEnd; ++t) hb[t - from] = b.hash(t);
    // Looking ahead is bounded: a list changed all over is drawn again whole sooner.
    size_t budget = 4 * (ha.size() + hb.size()) + 2 * kReaches[1];
    size_t x = from, y = from;
    while (x < aEnd && y < bEnd) {
        if (alike(a, x, b, y)) {
            ++x, ++y;
            continue;
        }
        bool found = false;
        for (size_t reach : kReaches) {
            const size_t aStop = std::min(aEnd, x + reach), bStop = std::min(bEnd, y + reach);
            if (budget < (aStop - x) + (bStop - y)) break;
            budget -= (aStop - x) + (bStop - y);
            std::unordered_map<std::uint64_t, size_t> ahead(2 * (aStop - x));  // new each time: clearing a big one costs
            for (size_t m = aStop; m-- > x;) ahead[ha[m - from]] = m;  // the nearest of alike hashes
            for (size_t n = y; n < bStop && !found; ++n) {
                const auto it = ahead.find(hb[n - from]);
                if (it == ahead.end()) continue;
                const size_t m = it->second;
                size_t run = 0;
                while (run < kRun && m + run < aEnd && n + run < bEnd && alike(a, m + run, b, n + run)) ++run;
                if (run == kRun || (run > 0 && (m + run == aEnd || n + run == bEnd))) {
                    for (; x < m; ++x) gone(x);
                    for (; y < n; ++y) came(y);
                    found = true;
                }
            }
            if (found) break;
        }
        if (!found) break;
    }
    for (; x < aEnd; ++x) gone(x);
    for (; y < bEnd; ++y) came(y);
}

bool sameCommand(const ImDrawCmd& a, const ImDrawCmd& b) {
    return a.ClipRect.x == b.ClipRect.x && a.ClipRect.y == b.ClipRect.y && a.ClipRect.z == b.ClipRect.z &&
           a.ClipRect.w == b.ClipRect.w && a.TextureId == b.TextureId && a.VtxOffset == b.VtxOffset &&
           a.IdxOffset == b.IdxOffset && a.ElemCount == b.ElemCount && a.UserCallback == b.UserCallback &&
           a.UserCallbackData == b.UserCallbackData;
}

}  // namespace

bool SameDrawing(const DrawListView& a, const DrawListView& b) {
    if (a.commandCount != b.commandCount || a.indexCount != b.indexCount || a.vertexCount != b.vertexCount) return false;
    for (int i = 0; i < a.commandCount; ++i)
        if (!sameCommand(a.commands[i], b.commands[i])) return false;
    return std::memcmp(a.indices, b.indices, sizeof(ImDrawIdx) * static_cast<size_t>(a.indexCount)) == 0 &&
           std::memcmp(a.vertices, b.vertices, sizeof(ImDrawVert) * static_cast<size_t>(a.vertexCount)) == 0;
}

DrawListView DrawListView::of(const ImDrawList& list) {
    return {list.CmdBuffer.Data, list.CmdBuffer.Size, list.IdxBuffer.Data, list.IdxBuffer.Size, list.VtxBuffer.Data,
            list.VtxBuffer.Size};
}

DamageRegion ListDamage(const DrawListView& before, const DrawListView& now, ImVec2 origin, ImVec2 scale, int width,
                        int height) {
    const Triangles a{before}, b{now};
    TriangleRects was(origin, scale, width, height), is(origin, scale, width, height);
    // A callback may draw anything, or change how anything after it is drawn: all of it then.
    const auto callsBack = [](const DrawListView& l) {
        return std::any_of(l.commands, l.commands + l.commandCount, [](const ImDrawCmd& c) { return c.UserCallback != nullptr; });
    };
    if (callsBack(before) || callsBack(now)) return DamageRect{0, 0, width, height};
    // Alike from the start and from the end (most changes are one place), then the rest paired in order.
    size_t head = 0;
    while (head < a.all.size() && head < b.all.size() && alike(a, head, b, head)) ++head;
    size_t tail = 0;
    while (tail < a.all.size() - head && tail < b.all.size() - head &&
           alike(a, a.all.size() - 1 - tail, b, b.all.size() - 1 - tail))
        ++tail;
    pairInOrder(a, b, head, a.all.size() - tail, b.all.size() - tail, [&](size_t x) { was.add(a, x); },
                [&](size_t y) { is.add(b, y); });
    was.flush();
    is.flush();
    was.region.add(is.region);
    return was.region;
}

}  // namespace nt
