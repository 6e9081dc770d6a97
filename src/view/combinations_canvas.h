// Draws combinations on the board: coloured links from each card to its
// partners, the cards with their name, partners and vote dots, the seats'
// trays of dots while a vote is open, and dots being carried.
#pragma once

#include <vector>

#include "view/board_canvas.h"

namespace nt {

// A link is carried when its card or its partner is.
void DrawCombinationLinks(const CanvasContext& c, const Board& board, const std::vector<PointerRouter::Held>& held = {},
                          ItemsDrawn pass = ItemsDrawn::All);
// showVotes: dots on the cards (hidden while a vote keeps its results hidden).
void DrawCombinationCards(const CanvasContext& c, const Board& board, bool showVotes,
                          const std::vector<PointerRouter::Held>& held = {}, ItemsDrawn pass = ItemsDrawn::All);
void DrawSeatTrays(const CanvasContext& c, const Board& board);
void DrawCarriedDots(const CanvasContext& c, const std::vector<PointerRouter::Held>& held);

}  // namespace nt
