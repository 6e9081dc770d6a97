// The workshop programme: the default phases of METHOD.md.
#pragma once

#include <vector>

#include "core/model.h"

namespace nt {

// own practice → strengths → weaknesses → partners → combinations →
// scenarios → vote → wrap-up, with ids firstId, firstId + 1, …
std::vector<Phase> defaultPhases(Id firstId);

// Gives a board without a programme the default one (ids from board.nextId).
void giveDefaultProgramme(Board& board);

}  // namespace nt
