// Placement rules of the bubble diagram.
#include "core/placement.h"

namespace nt {

int bubbleAt(const Board& board, Vec2 pos) {
    for (int i = static_cast<int>(board.municipalities.size()) - 1; i >= 0; --i) {
        const Municipality& m = board.municipalities[static_cast<size_t>(i)];
        const double dx = pos.x - m.centre.x;
        const double dy = pos.y - m.centre.y;
        if (dx * dx + dy * dy <= m.radius * m.radius) return i;
    }
    return -1;
}

Placement placementAt(const Board& board, Vec2 pos) {
    const int i = bubbleAt(board, pos);
    if (i < 0) return {};
    const Municipality& m = board.municipalities[static_cast<size_t>(i)];
    return {m.id, pos.y < m.centre.y ? Sector::Cultural : Sector::NonCultural};
}

}  // namespace nt
