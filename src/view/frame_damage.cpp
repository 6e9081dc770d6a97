// The screen's damage from frame to frame (see frame_damage.h).
#include "view/frame_damage.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace nt {

namespace {

struct Frame {
    ImVec2 origin, scale;
    int width, height;
};

// Display coordinates to framebuffer pixels, a pixel more all round for the
// rasteriser's rounding, within the framebuffer.
DamageRect toPixels(ImVec2 lo, ImVec2 hi, const Frame& f) {
    DamageRect r{static_cast<int>(std::floor((lo.x - f.origin.x) * f.scale.x)) - 1,
                 static_cast<int>(std::floor((lo.y - f.origin.y) * f.scale.y)) - 1,
                 static_cast<int>(std::ceil((hi.x - f.origin.x) * f.scale.x)) + 1,
                 static_cast<int>(std::ceil((hi.y - f.origin.y) * f.scale.y)) + 1};
    r = {std::max(r.x0, 0), std::max(r.y0, 0), std::min(r.x1, f.width), std::min(r.y1, f.height)};
    return r.empty() ? DamageRect{} : r;
}

// Where a list can touch pixels: its vertices, within its commands' clip rectangles.
DamageRect rectOf(const ImDrawList& list, const Frame& f) {
    if (list.VtxBuffer.Size == 0) return {};
    ImVec2 lo{1e30f, 1e30f}, hi{-1e30f, -1e30f};
    for (const ImDrawVert& v : list.VtxBuffer) {
        lo = {std::min(lo.x, v.pos.x), std::min(lo.y, v.pos.y)};
        hi = {std::max(hi.x, v.pos.x), std::max(hi.y, v.pos.y)};
    }
    ImVec4 clip{1e30f, 1e30f, -1e30f, -1e30f};
    for (const ImDrawCmd& c : list.CmdBuffer)
        clip = {std::min(clip.x, c.ClipRect.x), std::min(clip.y, c.ClipRect.y), std::max(clip.z, c.ClipRect.z),
                std::max(clip.w, c.ClipRect.w)};
    return toPixels({std::max(lo.x, clip.x), std::max(lo.y, clip.y)}, {std::min(hi.x, clip.z), std::min(hi.y, clip.w)}, f);
}

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
                tri.corner[k] = at < static_cast<unsigned>(list.indexCount) ? c.VtxOffset + list.indices[at] : 0;
            }
            out.push_back(tri);
        }
    }
    return out;
}

bool sameCommandState(const ImDrawCmd& a, const ImDrawCmd& b) {
    return std::memcmp(&a.ClipRect, &b.ClipRect, sizeof a.ClipRect) == 0 && a.TextureId == b.TextureId;
}

bool sameVertex(const ImDrawVert& a, const ImDrawVert& b) { return std::memcmp(&a, &b, sizeof a) == 0; }

// Triangles' rectangles gathered into a region: one running rectangle while
// they lie close together (a shape's triangles come one after another).
struct TriangleRects {
    explicit TriangleRects(const Frame& frame) : f(frame) {}
    const Frame& f;
    DamageRegion region;
    ImVec2 lo{1e30f, 1e30f}, hi{-1e30f, -1e30f};
    void add(ImVec2 a, ImVec2 b) {
        constexpr float kClose = 32;
        if (hi.x >= lo.x && (a.x > hi.x + kClose || b.x < lo.x - kClose || a.y > hi.y + kClose || b.y < lo.y - kClose))
            flush();
        lo = {std::min(lo.x, a.x), std::min(lo.y, a.y)};
        hi = {std::max(hi.x, b.x), std::max(hi.y, b.y)};
    }
    void flush() {
        if (hi.x >= lo.x) region.add(toPixels(lo, hi, f));
        lo = {1e30f, 1e30f};
        hi = {-1e30f, -1e30f};
    }
};

// The triangle's rectangle, within its command's clip rectangle.
void addTriangle(const Triangle& t, const DrawListView& list, TriangleRects& out) {
    ImVec2 a{1e30f, 1e30f}, b{-1e30f, -1e30f};
    for (std::uint32_t v : t.corner) {
        if (v >= static_cast<std::uint32_t>(list.vertexCount)) continue;
        const ImVec2 p = list.vertices[v].pos;
        a = {std::min(a.x, p.x), std::min(a.y, p.y)};
        b = {std::max(b.x, p.x), std::max(b.y, p.y)};
    }
    const ImVec4& clip = t.command->ClipRect;
    a = {std::max(a.x, clip.x), std::max(a.y, clip.y)};
    b = {std::min(b.x, clip.z), std::min(b.y, clip.w)};
    if (b.x <= a.x || b.y <= a.y) return;
    out.add(a, b);
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
    // ImDrawVert is three plain fields with no padding between them.
    static_assert(sizeof(ImDrawVert) == sizeof(ImVec2) * 2 + sizeof(ImU32));
    return std::memcmp(a.indices, b.indices, sizeof(ImDrawIdx) * static_cast<size_t>(a.indexCount)) == 0 &&
           std::memcmp(a.vertices, b.vertices, sizeof(ImDrawVert) * static_cast<size_t>(a.vertexCount)) == 0;
}

DrawListView DrawListView::of(const ImDrawList& list) {
    return {list.CmdBuffer.Data, list.CmdBuffer.Size, list.IdxBuffer.Data, list.IdxBuffer.Size, list.VtxBuffer.Data,
            list.VtxBuffer.Size};
}

DamageRegion ListDamage(const DrawListView& before, const DrawListView& now, ImVec2 origin, ImVec2 scale, int width,
                        int height) {
    const Frame f{origin, scale, width, height};
    // The vertices alike from the start and from the end.
    const int shortest = std::min(before.vertexCount, now.vertexCount);
    int prefix = 0;
    while (prefix < shortest && sameVertex(before.vertices[prefix], now.vertices[prefix])) ++prefix;
    int suffix = 0;
    while (suffix < shortest - prefix &&
           sameVertex(before.vertices[before.vertexCount - 1 - suffix], now.vertices[now.vertexCount - 1 - suffix]))
        ++suffix;
    const auto inPrefix = [&](std::uint32_t v) { return v < static_cast<std::uint32_t>(prefix); };
    const auto inSuffix = [&](std::uint32_t v, int count) { return v >= static_cast<std::uint32_t>(count - suffix) && v < static_cast<std::uint32_t>(count); };
    const std::uint32_t shift = static_cast<std::uint32_t>(now.vertexCount - before.vertexCount);
    // The triangles alike from the start (all corners among the alike first
    // vertices) and from the end (among the alike last ones, moved by the
    // difference in count), drawn with the same clip and texture.
    const std::vector<Triangle> a = trianglesOf(before), b = trianglesOf(now);
    // A callback may change how anything after it is drawn: no triangle is alike then.
    const auto callsBack = [](const DrawListView& l) {
        return std::any_of(l.commands, l.commands + l.commandCount, [](const ImDrawCmd& c) { return c.UserCallback != nullptr; });
    };
    const bool comparable = !callsBack(before) && !callsBack(now);
    size_t head = 0;
    while (comparable && head < a.size() && head < b.size()) {
        const Triangle &x = a[head], &y = b[head];
        bool same = sameCommandState(*x.command, *y.command);
        for (int k = 0; k < 3 && same; ++k) same = x.corner[k] == y.corner[k] && inPrefix(x.corner[k]);
        if (!same) break;
        ++head;
    }
    size_t tail = 0;
    while (comparable && tail < a.size() - head && tail < b.size() - head) {
        const Triangle &x = a[a.size() - 1 - tail], &y = b[b.size() - 1 - tail];
        bool same = sameCommandState(*x.command, *y.command);
        for (int k = 0; k < 3 && same; ++k)
            same = inSuffix(x.corner[k], before.vertexCount) && y.corner[k] == x.corner[k] + shift;
        if (!same) break;
        ++tail;
    }
    // Every other triangle, as it was and as it is: outside them, the same
    // triangles draw the same pixels in the same order.
    TriangleRects out(f);
    for (size_t i = head; i + tail < a.size(); ++i) addTriangle(a[i], before, out);
    out.flush();
    for (size_t i = head; i + tail < b.size(); ++i) addTriangle(b[i], now, out);
    out.flush();
    return out.region;
}

namespace {

bool near(const DamageRect& a, const DamageRect& b, int margin) {
    return a.x0 - margin < b.x1 && b.x0 - margin < a.x1 && a.y0 - margin < b.y1 && b.y0 - margin < a.y1;
}

DamageRect joined(DamageRect a, const DamageRect& b) {
    a.add(b);
    return a;
}

}  // namespace

void DamageRegion::add(DamageRect r) {
    if (r.empty()) return;
    // Join everything it touches, again with what the join then touches.
    for (bool grew = true; grew;) {
        grew = false;
        for (size_t i = 0; i < m_rects.size(); ++i)
            if (near(m_rects[i], r, 16)) {
                r = joined(r, m_rects[i]);
                m_rects.erase(m_rects.begin() + static_cast<long>(i));
                grew = true;
                break;
            }
    }
    m_rects.push_back(r);
    if (m_rects.size() <= kMaxRects) return;
    size_t bestI = 0, bestJ = 1;
    long bestGrowth = -1;
    for (size_t i = 0; i < m_rects.size(); ++i)
        for (size_t j = i + 1; j < m_rects.size(); ++j) {
            const long growth = joined(m_rects[i], m_rects[j]).area() - m_rects[i].area() - m_rects[j].area();
            if (bestGrowth < 0 || growth < bestGrowth) bestGrowth = growth, bestI = i, bestJ = j;
        }
    const DamageRect both = joined(m_rects[bestI], m_rects[bestJ]);
    m_rects.erase(m_rects.begin() + static_cast<long>(bestJ));
    m_rects.erase(m_rects.begin() + static_cast<long>(bestI));
    add(both);
}

long DamageRegion::area() const {
    long total = 0;
    for (const DamageRect& r : m_rects) total += r.area();
    return total;
}

DamageRect DamageRegion::bounds() const {
    DamageRect all;
    for (const DamageRect& r : m_rects) all.add(r);
    return all;
}

void DamageRect::add(const DamageRect& r) {
    if (r.empty()) return;
    if (empty()) {
        *this = r;
        return;
    }
    *this = {std::min(x0, r.x0), std::min(y0, r.y0), std::max(x1, r.x1), std::max(y1, r.y1)};
}

DamageRegion FrameDamage::measure(const ImDrawData& data, int width, int height, bool everything) {
    const Frame f{data.DisplayPos, data.FramebufferScale, width, height};
    const size_t count = static_cast<size_t>(std::max(0, data.CmdListsCount));
    DamageRegion damage;
    if (everything) damage = DamageRect{0, 0, width, height};
    // By place in the drawing order: a list drawn earlier or later than before counts as changed.
    for (size_t i = 0; i < count; ++i) {
        const ImDrawList& list = *data.CmdLists[i];
        const DamageRect rect = rectOf(list, f);
        if (i >= m_last.size()) m_last.emplace_back();
        ListSeen& last = m_last[i];
        const DrawListView before{last.commands.data(), static_cast<int>(last.commands.size()), last.indices.data(),
                                  static_cast<int>(last.indices.size()), last.vertices.data(),
                                  static_cast<int>(last.vertices.size())};
        const DrawListView now = DrawListView::of(list);
        if (!everything) {
            if (!last.seen) damage.add(rect);
            else if (!(rect == last.rect) || !SameDrawing(before, now))
                damage.add(ListDamage(before, now, f.origin, f.scale, width, height));
        }
        last.seen = true;
        last.rect = rect;
        last.commands.assign(list.CmdBuffer.begin(), list.CmdBuffer.end());
        last.indices.assign(list.IdxBuffer.begin(), list.IdxBuffer.end());
        last.vertices.assign(list.VtxBuffer.begin(), list.VtxBuffer.end());
    }
    for (size_t i = count; i < m_last.size(); ++i) damage.add(m_last[i].rect);  // lists gone: what they covered
    m_last.resize(count);
    return damage;
}

void ClipToDamage(ImDrawData& data, const DamageRect& damage) {
    const ImVec2 scale = data.FramebufferScale, origin = data.DisplayPos;
    const float height = data.DisplaySize.y * scale.y;
    for (int i = 0; i < data.CmdListsCount; ++i)
        for (ImDrawCmd& c : data.CmdLists[i]->CmdBuffer) {
            // The pixels the command draws, as ImGui's renderer makes its
            // scissor box (origin and size each cut to whole pixels), in
            // top-left rows; within the damage.
            const float x0 = (c.ClipRect.x - origin.x) * scale.x, y0 = (c.ClipRect.y - origin.y) * scale.y;
            const float x1 = (c.ClipRect.z - origin.x) * scale.x, y1 = (c.ClipRect.w - origin.y) * scale.y;
            DamageRect box;
            if (x1 > x0 && y1 > y0) {
                const int left = static_cast<int>(x0), bottom = static_cast<int>(height - y1);
                const int width = static_cast<int>(x1 - x0), rows = static_cast<int>(y1 - y0);
                const int top = static_cast<int>(height) - bottom - rows;
                box = {std::max(left, damage.x0), std::max(top, damage.y0), std::min(left + width, damage.x1),
                       std::min(top + rows, damage.y1)};
            }
            if (box.empty()) {
                c.ClipRect = {origin.x, origin.y, origin.x, origin.y};  // nothing: the renderer skips it
                continue;
            }
            // Back to a clip rectangle that the renderer turns into exactly
            // that box (a quarter pixel inside each cut, half a pixel past each size).
            c.ClipRect = {origin.x + (static_cast<float>(box.x0) + 0.25f) / scale.x,
                          origin.y + (static_cast<float>(box.y0) - 0.5f) / scale.y,
                          origin.x + (static_cast<float>(box.x1) + 0.5f) / scale.x,
                          origin.y + (static_cast<float>(box.y1) - 0.25f) / scale.y};
        }
}

}  // namespace nt
