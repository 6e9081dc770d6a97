// Draws the long-press menus of table layout (input/table_menu.h), each
// turned to face the person who opened it.
#pragma once

#include "input/table_menu.h"
#include "view/board_canvas.h"

namespace nt {

void DrawTableMenus(const CanvasContext& c, const TableMenus& menus, const Board& board);

}  // namespace nt
