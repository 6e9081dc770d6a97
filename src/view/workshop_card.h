// The own-practice card at the top of the board: the workshop's title,
// organisation and date, and the group's three answers (what we do, with
// what aim, for whom), each in its own zone (core/workshop_fields.h) so a
// tap on it edits it. On the live board an empty field shows a calm
// placeholder, during the own-practice phase every field is outlined and an
// empty one invites a tap, and a field someone types into on an on-screen
// keyboard is framed. A picture of the board shows only what was written.
#pragma once

#include <optional>

#include "core/workshop_fields.h"
#include "input/keyboard_desk.h"
#include "view/board_canvas.h"

namespace nt {

// `live`: the keyboards of the board on the screen; null for a picture.
// `editing`: a field open in the view's editor or date card, framed like one with a keyboard.
void DrawWorkshopCard(const CanvasContext& c, const Board& board, const KeyboardDesk* live,
                      std::optional<WorkshopField> editing = std::nullopt);

}  // namespace nt
