// What changed on the screen from one frame to the next, so that a software
// renderer draws and shows only that.
//
// Each of ImGui's draw lists is kept from the last frame and compared with
// this frame's list in the same place of the drawing order (ListDamage,
// view/list_damage.h): a carried note damages only where it was and where it
// is, a ticking clock only its digits. A list that is new or gone damages
// what it covers. The damage is a few rectangles around all of that.
// ClipToDamage then narrows every draw command's clip rectangle to one of
// them, so that the renderer skips what lies outside and draws the rest only
// within it: the pixels outside are the same as the last frame's, which the
// window keeps.
#pragma once

#include <vector>

#include <imgui.h>

#include "view/damage_region.h"
#include "view/list_damage.h"

namespace nt {

class FrameDamage {
public:
    // The damage of `data` against the frame measured last, within the
    // framebuffer (width × height pixels); all of it when `everything` (the
    // first frame, the board's still part drawn again, the window exposed).
    // Empty: the frame looks exactly like the last one.
    DamageRegion measure(const ImDrawData& data, int width, int height, bool everything);

private:
    struct ListSeen {
        bool seen = false;
        DamageRect rect;
        std::vector<ImDrawCmd> commands;
        std::vector<ImDrawIdx> indices;
        std::vector<ImDrawVert> vertices;
    };
    std::vector<ListSeen> m_last;
};

// Narrows every command of `data` to `damage` (framebuffer pixels): commands
// wholly outside get an empty clip rectangle, which ImGui's renderer skips.
void ClipToDamage(ImDrawData& data, const DamageRect& damage);

// Calls draw(rect) for each rectangle of `damage` with `data` narrowed to
// it (holding only the lists that draw anything there: the renderer uploads
// every list it is given), and puts `data` back as it was after.
template <class Draw>
void DrawEachRect(ImDrawData& data, const DamageRegion& damage, Draw&& draw) {
    std::vector<ImVec4> clips;
    for (int i = 0; i < data.CmdListsCount; ++i)
        for (const ImDrawCmd& c : data.CmdLists[i]->CmdBuffer) clips.push_back(c.ClipRect);
    ImDrawList** const all = data.CmdLists;
    const int count = data.CmdListsCount, vertices = data.TotalVtxCount, indices = data.TotalIdxCount;
    std::vector<ImDrawList*> drawing;
    for (const DamageRect& r : damage.rects()) {
        ClipToDamage(data, r);
        drawing.clear();
        data.TotalVtxCount = data.TotalIdxCount = 0;
        for (int i = 0; i < count; ++i)
            for (const ImDrawCmd& c : all[i]->CmdBuffer)
                if (c.ElemCount > 0 && c.ClipRect.z > c.ClipRect.x && c.ClipRect.w > c.ClipRect.y) {
                    drawing.push_back(all[i]);
                    data.TotalVtxCount += all[i]->VtxBuffer.Size;
                    data.TotalIdxCount += all[i]->IdxBuffer.Size;
                    break;
                }
        data.CmdLists = drawing.data();
        data.CmdListsCount = static_cast<int>(drawing.size());
        draw(r);
        data.CmdLists = all;
        data.CmdListsCount = count;
        size_t k = 0;
        for (int i = 0; i < count; ++i)
            for (ImDrawCmd& c : all[i]->CmdBuffer) c.ClipRect = clips[k++];
    }
    data.TotalVtxCount = vertices;
    data.TotalIdxCount = indices;
}

}  // namespace nt
