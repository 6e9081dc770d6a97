// Which side of the board a person stands at. In table layout people stand
// all around the table, and what opens for them (a keyboard, a menu, a new
// note) turns to face the edge nearest their touch; in projector layout
// everyone looks at the screen from one side, so everything stays upright.
#pragma once

#include "core/model.h"

namespace nt {

enum class Side { Bottom, Top, Left, Right };

// The edge nearest p (board units) in table layout; Bottom in projector
// layout. Ties go to Bottom, then Top, Left, Right.
Side facingSide(RoomLayout layout, Vec2 p);

// Clockwise degrees that turn upright content (read from the bottom edge)
// to face a person at this side: Bottom 0, Left 90, Top 180, Right 270.
double facingDegrees(Side side);

// Turns a vector given in the person's own frame (x to their right, y
// towards them) into board units, and back.
Vec2 fromFacing(Side side, Vec2 v);
Vec2 toFacing(Side side, Vec2 v);

const char* sideName(Side side);

}  // namespace nt
