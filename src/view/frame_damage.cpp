// The screen's damage from frame to frame (see frame_damage.h).
#include "view/frame_damage.h"

#include <algorithm>

namespace nt {

namespace {

// Where a list can touch pixels: its vertices, within its commands' clip rectangles.
DamageRect rectOf(const ImDrawList& list, ImVec2 origin, ImVec2 scale, int width, int height) {
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
    return PixelsOf({std::max(lo.x, clip.x), std::max(lo.y, clip.y)}, {std::min(hi.x, clip.z), std::min(hi.y, clip.w)}, origin,
                    scale, width, height);
}

}  // namespace

DamageRegion FrameDamage::measure(const ImDrawData& data, int width, int height, bool everything) {
    const ImVec2 origin = data.DisplayPos, scale = data.FramebufferScale;
    const size_t count = static_cast<size_t>(std::max(0, data.CmdListsCount));
    DamageRegion damage;
    if (everything) damage = DamageRect{0, 0, width, height};
    // By place in the drawing order: a list drawn earlier or later than before counts as changed.
    for (size_t i = 0; i < count; ++i) {
        const ImDrawList& list = *data.CmdLists[i];
        const DamageRect rect = rectOf(list, origin, scale, width, height);
        if (i >= m_last.size()) m_last.emplace_back();
        ListSeen& last = m_last[i];
        const DrawListView before{last.commands.data(), static_cast<int>(last.commands.size()), last.indices.data(),
                                  static_cast<int>(last.indices.size()), last.vertices.data(),
                                  static_cast<int>(last.vertices.size())};
        const DrawListView now = DrawListView::of(list);
        if (!everything) {
            if (!last.seen) damage.add(rect);
            else if (!(rect == last.rect) || !SameDrawing(before, now))
                damage.add(ListDamage(before, now, origin, scale, width, height));
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
