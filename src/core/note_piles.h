// Notes lying exactly on each other, as a full column's overflow of phone
// notes does (core/note_slots.h): only the top one of a pile can be seen, so
// the board draws it alone with "+N" for the notes under it, and a tap on
// that count flips the pile to the next note.
#pragma once

#include <vector>

#include "core/commands.h"
#include "core/layout.h"
#include "core/model.h"

namespace nt {

// The "+N" pill on a pile's top note, in the note's own frame measured from
// its top right corner: drawn with its right end kPileCountInset in and its
// middle kPileCountDrop down; a finger anywhere in kPileCountZone is on it
// (generous, as fingers are wider than the eye).
constexpr double kPileCountInset = 8;
constexpr double kPileCountDrop = 2;
constexpr layout::Rect kPileCountZone{-100, -14, 10, 28};

struct NotePiles {
    std::vector<bool> hidden;  // per note in board order: lies exactly under a later one
    std::vector<int> beneath;  // per note: how many hidden notes lie exactly under it
};

// The piles among the notes shown on the board (not those waiting for
// approval or hidden phone notes). Notes in `lifted` are being carried and
// belong to no pile.
NotePiles findNotePiles(const Board& board, const std::vector<Id>& lifted = {});

// Puts the top note of a pile at its bottom, so the next one shows; null if
// `top` is not the top of a pile. Each turn is one undo step.
CommandPtr flipNotePile(const Board& board, Id top);

}  // namespace nt
