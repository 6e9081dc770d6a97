// Where an actor belongs when it is dropped: the bubble under it and the half.
#pragma once

#include "core/model.h"

namespace nt {

struct Placement {
    Id municipality = kNoId;
    Sector sector = Sector::Unassigned;
    friend bool operator==(const Placement&, const Placement&) = default;
};

// The upper half of a bubble is cultural, the lower half non-cultural (the
// centre line counts as lower). Where bubbles overlap, the one drawn last
// (the topmost) wins, as it does for the eye.
Placement placementAt(const Board& board, Vec2 pos);

// Index of the topmost bubble containing pos, or -1.
int bubbleAt(const Board& board, Vec2 pos);

}  // namespace nt
