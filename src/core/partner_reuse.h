// Reusing the partner inventory of an earlier board (METHOD.md: keep the
// partner cards and reuse them). A partner card is what a paper card holds:
// the partner's name, its type, its municipality and its half of the bubble.
// What the group did with the partners last time (notes, combinations,
// votes, the arena assessment, which way a token was turned) stays behind.
#pragma once

#include "core/model.h"

namespace nt {

struct ReusedPartners {
    int partners = 0;        // partners brought over
    int skipped = 0;         // already on the board (same name in the same municipality)
    int bubblesAdded = 0;    // municipalities the board lacked
    friend bool operator==(const ReusedPartners&, const ReusedPartners&) = default;
};

// Copies the earlier board's partners into `target` with fresh ids. A placed
// partner goes into the bubble of its municipality (matched by name,
// ignoring case and accents; a municipality the board lacks gets a bubble,
// the own one if the board has none and it was the own one), at the same
// place relative to the bubble's centre and size, so it stays in its half.
// A partner that was not placed stays not placed, on a free spot outside the
// bubbles. Custom actor types the partners use come along. Not an undo step:
// for building a new board before it opens.
ReusedPartners reusePartners(Board& target, const Board& earlier);

}  // namespace nt
