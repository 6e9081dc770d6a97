// Large, finger-sized controls shared by the arena and wrap-up views: choice
// buttons that show what is chosen, soft section labels, an actor's token
// inside a panel, and a window that covers the whole board.
#pragma once

#include <string>

#include <imgui.h>

#include "core/board_transform.h"
#include "core/catalogue.h"
#include "view/fonts.h"

namespace nt::touch {

// The smallest height of a control a finger hits reliably, in board units.
constexpr double kFingerHeight = 60;

// A button that is filled when chosen; true when tapped.
bool Choice(const char* label, bool chosen, ImVec2 size);

// A text field bound to a text of the board: it shows the board's text
// (undo included) unless someone is typing in it, and hands over what was
// typed when the editing ends (a tap elsewhere, Enter on one line).
struct TextField {
    std::string text;            // what the field shows and edits
    std::string seen;            // the board's text when last adopted
    bool bound = false;
    void reset() { bound = false; }
};
// One line; true when an edit has just finished (field.text holds it).
bool BoundInput(const char* id, TextField& field, const std::string& boardText, const std::string& hint);
// Several lines (Enter makes a new line); the hint shows while it is empty.
bool BoundMultiline(const char* id, TextField& field, const std::string& boardText, const std::string& hint, ImVec2 size);

// A section label in soft ink, with a little air above it.
void Label(const std::string& text);

// An actor type's token (colour, white ring, monogram) centred at a screen point.
void Token(ImDrawList* draw, const Fonts& fonts, const BoardTransform& xf, const ActorType& type, ImVec2 centre,
           double radiusBoardUnits);

// Begins a window that covers the whole board (letterboxing aside), painted
// in the board's background; `focus` brings it to the front (on the frame it
// opens). Always pair with ImGui::End().
void BeginBoardCover(const char* id, const BoardTransform& xf, bool focus);

}  // namespace nt::touch
