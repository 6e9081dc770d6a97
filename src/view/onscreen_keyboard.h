// Draws the open on-screen keyboards on the board canvas. ImGui windows
// cannot turn, so each keyboard is drawn upright with ImDrawList and its
// vertices are then turned to face the writer's side of the table. They lie
// above every panel (they take the pointers there first, see
// view/keyboard_field.h), so draw them on the foreground list.
#pragma once

#include "input/keyboard_desk.h"
#include "view/board_canvas.h"

namespace nt {

void DrawKeyboards(const CanvasContext& c, const KeyboardDesk& desk);

}  // namespace nt
