// Drawing in the frame of something that faces one side of the table (an
// on-screen keyboard, a long-press menu): positions in board units around
// its centre, upright; RotateVertices turns it afterwards.
#pragma once

#include <string_view>

#include "view/board_canvas.h"

namespace nt {

struct Upright {
    const CanvasContext& c;
    ImVec2 centre;          // the thing's centre on screen
    float s;                // screen px per board unit

    ImVec2 at(Vec2 local) const {
        return {centre.x + static_cast<float>(local.x) * s, centre.y + static_cast<float>(local.y) * s};
    }
    ImVec2 at(double x, double y) const { return at(Vec2{x, y}); }
};

inline void centredText(const Upright& u, ImFont* font, float px, Vec2 centre, std::string_view text, ImU32 colour) {
    const ImVec2 sz = font->CalcTextSizeA(px, FLT_MAX, 0, text.data(), text.data() + text.size());
    const ImVec2 p = u.at(centre);
    u.c.draw->AddText(font, px, {p.x - sz.x / 2, p.y - sz.y / 2}, colour, text.data(), text.data() + text.size());
}

// Text is clipped glyph by glyph before it is turned: the clip opens wide
// while drawing upright, and the vertices turn when it closes.
class TurnedDrawing {
public:
    TurnedDrawing(ImDrawList* draw, ImVec2 centre, double degrees)
        : m_draw(draw), m_first(draw->VtxBuffer.Size), m_centre(centre), m_degrees(degrees) {
        m_draw->PushClipRect({-100000, -100000}, {100000, 100000}, false);
    }
    ~TurnedDrawing() {
        m_draw->PopClipRect();
        RotateVertices(m_draw, m_first, m_centre, m_degrees);
    }
    TurnedDrawing(const TurnedDrawing&) = delete;
    TurnedDrawing& operator=(const TurnedDrawing&) = delete;

private:
    ImDrawList* m_draw;
    int m_first;
    ImVec2 m_centre;
    double m_degrees;
};

}  // namespace nt
