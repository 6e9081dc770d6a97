// Letterboxing the board into the window.
#include "core/board_transform.h"

#include <algorithm>

namespace nt {

BoardTransform BoardTransform::fit(double w, double h) {
    BoardTransform t;
    if (w <= 0 || h <= 0) return t;
    t.scale = std::min(w / kBoardWidth, h / kBoardHeight);
    t.offsetX = (w - kBoardWidth * t.scale) / 2;
    t.offsetY = (h - kBoardHeight * t.scale) / 2;
    return t;
}

}  // namespace nt
