// A draw list cut down to a rectangle (see draw_list_cut.h).
#include "view/draw_list_cut.h"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace nt {

DrawListCut::DrawListCut(const ImDrawList& list, ImVec2 origin, ImVec2 scale)
    : m_list(list), m_origin(origin), m_scale(scale) {
    m_triangles.reserve(static_cast<size_t>(list.IdxBuffer.Size / 3));
    for (int i = 0; i < list.CmdBuffer.Size; ++i) {
        const ImDrawCmd& c = list.CmdBuffer[i];
        if (c.UserCallback) continue;
        for (unsigned t = 0; t + 2 < c.ElemCount; t += 3) {
            ImVec4 box{1e30f, 1e30f, -1e30f, -1e30f};
            for (unsigned k = 0; k < 3; ++k) {
                const ImVec2 p = list.VtxBuffer[static_cast<int>(c.VtxOffset + list.IdxBuffer[static_cast<int>(c.IdxOffset + t + k)])].pos;
                box = {std::min(box.x, p.x), std::min(box.y, p.y), std::max(box.z, p.x), std::max(box.w, p.y)};
            }
            box = {std::max(box.x, c.ClipRect.x), std::max(box.y, c.ClipRect.y), std::min(box.z, c.ClipRect.z),
                   std::min(box.w, c.ClipRect.w)};
            if (box.z > box.x && box.w > box.y) m_triangles.push_back({i, c.IdxOffset + t, box});
        }
    }
}

void DrawListCut::cut(const DamageRect& rect, ImDrawList& out) const {
    out._ResetForNewFrame();
    out.CmdBuffer.resize(0);
    // The rectangle in display coordinates, a pixel wider for the rasteriser's rounding.
    const ImVec4 r{m_origin.x + static_cast<float>(rect.x0 - 1) / m_scale.x, m_origin.y + static_cast<float>(rect.y0 - 1) / m_scale.y,
                   m_origin.x + static_cast<float>(rect.x1 + 1) / m_scale.x, m_origin.y + static_cast<float>(rect.y1 + 1) / m_scale.y};
    // Each vertex once per command: where it went in `out`.
    std::vector<std::uint32_t> placed(static_cast<size_t>(m_list.VtxBuffer.Size), std::numeric_limits<std::uint32_t>::max());
    int command = -1;
    ImDrawCmd* current = nullptr;
    const auto startCommand = [&](int i) {
        const ImDrawCmd& from = m_list.CmdBuffer[i];
        ImDrawCmd c;
        c.ClipRect = from.ClipRect;
        c.TextureId = from.TextureId;
        c.VtxOffset = static_cast<unsigned>(out.VtxBuffer.Size);
        c.IdxOffset = static_cast<unsigned>(out.IdxBuffer.Size);
        c.ElemCount = 0;
        out.CmdBuffer.push_back(c);
        current = &out.CmdBuffer.back();
        command = i;
    };
    for (const Triangle& t : m_triangles) {
        if (t.box.z < r.x || t.box.x > r.z || t.box.w < r.y || t.box.y > r.w) continue;
        // A new command for another source command, or before 16-bit indices run out.
        if (t.command != command || out.VtxBuffer.Size - static_cast<int>(current->VtxOffset) > 65535 - 3)
            startCommand(t.command);
        const ImDrawCmd& from = m_list.CmdBuffer[t.command];
        for (unsigned k = 0; k < 3; ++k) {
            const unsigned v = from.VtxOffset + m_list.IdxBuffer[static_cast<int>(t.firstIndex + k)];
            // Placed before the current command began: not reachable from it, placed again.
            if (placed[v] == std::numeric_limits<std::uint32_t>::max() || placed[v] < current->VtxOffset) {
                placed[v] = static_cast<std::uint32_t>(out.VtxBuffer.Size);
                out.VtxBuffer.push_back(m_list.VtxBuffer[static_cast<int>(v)]);
            }
            out.IdxBuffer.push_back(static_cast<ImDrawIdx>(placed[v] - current->VtxOffset));
        }
        current->ElemCount += 3;
    }
}

void SnapClipRectsToScissors(ImDrawData& data, int height) {
    const float fbHeight = static_cast<float>(height);
    for (int l = 0; l < data.CmdListsCount; ++l)
        for (ImDrawCmd& cmd : data.CmdLists[l]->CmdBuffer) {
            ImVec4& r = cmd.ClipRect;
            if (r.z <= r.x || r.w <= r.y) continue;  // the renderer skips it
            const int x = static_cast<int>(r.x), y = static_cast<int>(fbHeight - r.w);
            const int w = static_cast<int>(r.z - r.x), h = static_cast<int>(r.w - r.y);
            const float bottom = fbHeight - static_cast<float>(y);
            r = {static_cast<float>(x), bottom - static_cast<float>(h), static_cast<float>(x + w), bottom};
        }
}

}  // namespace nt
