// Phase focus: the part of the board the current phase is about stays bright
// while the rest is gently washed out, and the tool the phase needs (the
// strengths chip during strengths, the partner chip during partners…) is
// lit in the tray. Only drawing: nothing is blocked, everything stays
// movable (guide, don't police).
#pragma once

#include <optional>

#include "core/layout.h"
#include "core/model.h"
#include "view/board_canvas.h"

namespace nt {

// The area of the board a phase of this kind is about; nullopt: the whole board.
std::optional<layout::Rect> phaseFocusArea(PhaseKind kind);

// Which tray chip the phase hands out: an index into tray::kNoteKinds, 4 for
// the partner chip, or nullopt for none.
std::optional<int> phaseTool(PhaseKind kind);

// Washes out the board outside the current phase's area (not the tray).
void DrawPhaseFocus(const CanvasContext& c, const Board& board);

// Lights the tray chip the current phase needs (none while a vote is open:
// then the tray holds the seats' dots).
void DrawPhaseTool(const CanvasContext& c, const Board& board);

}  // namespace nt
