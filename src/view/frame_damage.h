// What changed on the screen from one frame to the next, so that a software
// renderer draws and shows only that.
//
// Each of ImGui's draw lists is kept from the last frame and compared with
// this frame's list in the same place of the drawing order (ListDamage
// below): a carried note damages only where it was and where it is, a
// ticking clock only its digits. A list that is new or gone damages what it
// covers. The damage is one rectangle around all of that. ClipToDamage then
// narrows every draw command's clip rectangle to it, so that the renderer
// skips what lies outside and draws the rest only within it: the pixels
// outside are the same as the last frame's, which the window keeps.
#pragma once

#include <cstdint>
#include <vector>

#include <imgui.h>

namespace nt {

// Framebuffer pixels, top-left origin; x1 and y1 exclusive.
struct DamageRect {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool empty() const { return x1 <= x0 || y1 <= y0; }
    long area() const { return empty() ? 0 : static_cast<long>(x1 - x0) * (y1 - y0); }
    void add(const DamageRect& r);
    friend bool operator==(const DamageRect&, const DamageRect&) = default;
};

// A few rectangles: fingers far apart damage a few small places, not the
// screen between them. Rectangles that touch (or nearly) are joined; past
// kMaxRects the two that grow least by joining are joined.
class DamageRegion {
public:
    static constexpr size_t kMaxRects = 8;
    DamageRegion() = default;
    DamageRegion(const DamageRect& r) { add(r); }  // NOLINT: a rectangle is a region
    void add(DamageRect r);
    void add(const DamageRegion& other) {
        for (const DamageRect& r : other.m_rects) add(r);
    }
    const std::vector<DamageRect>& rects() const { return m_rects; }
    bool empty() const { return m_rects.empty(); }
    long area() const;
    DamageRect bounds() const;
    friend bool operator==(const DamageRegion&, const DamageRegion&) = default;

private:
    std::vector<DamageRect> m_rects;
};

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
// triangles between those alike from the start and those alike from the end
// (the same corners, clip and texture), as they were and as they are. Exact:
// outside it, both draw the same triangles in the same order. In framebuffer
// pixels (display origin and scale), within width × height.
DamageRegion ListDamage(const DrawListView& before, const DrawListView& now, ImVec2 origin, ImVec2 scale, int width,
                        int height);

// Whether two draw lists draw the same: the same commands, indices and vertices.
bool SameDrawing(const DrawListView& a, const DrawListView& b);

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
