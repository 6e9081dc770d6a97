// The side a person stands at, and turning vectors to face them.
#include "core/facing.h"

namespace nt {

Side facingSide(RoomLayout layout, Vec2 p) {
    if (layout != RoomLayout::Table) return Side::Bottom;
    const double bottom = kBoardHeight - p.y, top = p.y, left = p.x, right = kBoardWidth - p.x;
    Side best = Side::Bottom;
    double nearest = bottom;
    if (top < nearest) best = Side::Top, nearest = top;
    if (left < nearest) best = Side::Left, nearest = left;
    if (right < nearest) best = Side::Right;
    return best;
}

double facingDegrees(Side side) {
    switch (side) {
        case Side::Bottom: return 0;
        case Side::Left: return 90;
        case Side::Top: return 180;
        case Side::Right: return 270;
    }
    return 0;
}

Vec2 fromFacing(Side side, Vec2 v) {
    // Exact quarter turns, clockwise on a y-down board.
    switch (side) {
        case Side::Bottom: return v;
        case Side::Left: return {-v.y, v.x};
        case Side::Top: return {-v.x, -v.y};
        case Side::Right: return {v.y, -v.x};
    }
    return v;
}

Vec2 toFacing(Side side, Vec2 v) {
    switch (side) {
        case Side::Bottom: return v;
        case Side::Left: return {v.y, -v.x};
        case Side::Top: return {-v.x, -v.y};
        case Side::Right: return {-v.y, v.x};
    }
    return v;
}

const char* sideName(Side side) {
    switch (side) {
        case Side::Bottom: return "bottom";
        case Side::Top: return "top";
        case Side::Left: return "left";
        case Side::Right: return "right";
    }
    return "bottom";
}

}  // namespace nt
