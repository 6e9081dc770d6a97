// Maps the fixed 1920×1080 board into the window, letterboxed: a point at
// normalised window position (x, y) is board point (1920·x, 1080·y) when the
// aspects match.
#pragma once

#include "core/model.h"

namespace nt {

struct BoardTransform {
    double scale = 1;     // screen pixels per board unit
    double offsetX = 0;   // where board (0, 0) lands on screen
    double offsetY = 0;

    static BoardTransform fit(double windowWidth, double windowHeight);
    Vec2 toScreen(Vec2 b) const { return {offsetX + b.x * scale, offsetY + b.y * scale}; }
    Vec2 toBoard(Vec2 s) const { return {(s.x - offsetX) / scale, (s.y - offsetY) / scale}; }
};

}  // namespace nt
