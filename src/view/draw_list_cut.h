// The part of a big draw list that touches a rectangle: its triangles that
// reach into it, in their order, with their commands' clip and texture and
// only the vertices they use. Drawing that cut within the rectangle gives
// the same pixels there as drawing the whole list, at a fraction of the
// vertices: the still board's texture is drawn again this way where a note
// was lifted or dropped (render/board_layer).
#pragma once

#include <vector>

#include <imgui.h>

#include "view/frame_damage.h"

namespace nt {

class DrawListCut {
public:
    // `list` must outlive this. Origin and scale: the display's, as in ImDrawData.
    DrawListCut(const ImDrawList& list, ImVec2 origin, ImVec2 scale);

    // Fills `out` (reset first; it needs ImGui's draw list shared data) with
    // the triangles that reach into `rect` (framebuffer pixels).
    void cut(const DamageRect& rect, ImDrawList& out) const;

private:
    struct Triangle {
        int command;
        unsigned firstIndex;  // into the list's index buffer
        ImVec4 box;           // in display coordinates, within its command's clip
    };
    const ImDrawList& m_list;
    ImVec2 m_origin, m_scale;
    std::vector<Triangle> m_triangles;
};

// ImGui's OpenGL renderer turns a clip rectangle into a scissor of whole
// pixels by cutting off fractions counted from the framebuffer's bottom. A
// picture drawn in strips, each in a framebuffer of its own, would cut them
// from each strip's bottom and could keep a row more or less at a clip's
// edge. This sets each clip rectangle to the very pixels the renderer's
// scissor keeps in a framebuffer `height` rows high (its own arithmetic),
// so that any strip of it keeps the same ones.
void SnapClipRectsToScissors(ImDrawData& data, int height);

}  // namespace nt
