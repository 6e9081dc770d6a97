// Where two versions of one draw list draw different pixels.
#pragma once

#include <imgui.h>

#include "view/damage_region.h"

namespace nt {

// A draw list's contents, wherever they are kept.
struct DrawListView {
    const ImDrawCmd* commands = nullptr;
    int commandCount = 0;
    const ImDrawIdx* indices = nullptr;
    int indexCount = 0;
    const ImDrawVert* vertices = nullptr;
    int vertexCount = 0;
    static DrawListView of(const ImDrawList& list);
};

// Where two versions of a draw list draw different pixels: around the
// triangles one version draws and the other does not, as they were and as
// they are. The rest are paired in order, each with one alike (the same
// corners, clip and texture): notes changed far apart in the list, by a
// phone and a finger in the same frame, damage two small places, not the
// board between them. Exact (as long as each texture holds the same
// picture): outside the damage, both draw the same triangles in the same
// order. A list with a draw callback is damaged whole. In framebuffer pixels
// (display origin and scale), within width × height.
DamageRegion ListDamage(const DrawListView& before, const DrawListView& now, ImVec2 origin, ImVec2 scale, int width,
                        int height);

// Whether two draw lists draw the same: the same commands, indices and vertices.
bool SameDrawing(const DrawListView& a, const DrawListView& b);

}  // namespace nt
