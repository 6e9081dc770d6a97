// Where a new note lands when nobody says where: strengths fill the left
// column, weaknesses the right one (as on the paper template), ideas and
// free notes the free space around the diagram.
#pragma once

#include <vector>

#include "core/model.h"

namespace nt {

// The first free slot for a note of this kind. When every slot is taken,
// the next kOverflowFan notes fan out from the last slot, each kOverflowStep
// up and to the left of the one before, and the rest pile exactly on the
// fan's last spot (drawn as one note with "+N").
constexpr int kOverflowFan = 5;
constexpr double kOverflowStep = 8;
Vec2 freeNoteSlot(const Board& board, NoteKind kind);

// A free spot in the diagram area for an actor placed without a drag.
Vec2 freeActorSpot(const Board& board);

// A spot for a new combination card: in the diagram area, clear of the
// bubbles and other cards where possible, else near the members' middle.
Vec2 freeCardSpot(const Board& board, const std::vector<Id>& members);

}  // namespace nt
