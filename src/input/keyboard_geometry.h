// Where the keys of an on-screen keyboard lie. A keyboard is laid out
// upright in its own frame (origin at its centre, x to the writer's right,
// y towards the writer) and turned to face its side of the table; hit
// testing and drawing share these rectangles.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/facing.h"
#include "core/keyboard_layout.h"
#include "core/layout.h"

namespace nt {

// Key pitch: 15 mm, so a key face (pitch minus the gap) stays above 12 mm.
constexpr double kKeyPitchMm = 15.0;

struct KeyboardFrame {
    Vec2 centre;                 // board units
    Side side = Side::Bottom;
    double unit = 56;            // key pitch in board units
    KeyboardLayout layout = KeyboardLayout::Azerty;

    double padding() const { return unit * 0.2; }
    double gap() const { return unit * 0.1; }                 // between key faces
    double titleHeight() const { return unit * 0.8; }         // the strip that shows the text and moves the keyboard
    double width() const;                                     // in its own frame
    double height() const;
    layout::Rect localRect() const { return {-width() / 2, -height() / 2, width() / 2, height() / 2}; }
    layout::Rect titleRect() const;

    Vec2 toLocal(Vec2 board) const;
    Vec2 toBoard(Vec2 local) const;
    // The keyboard's extent on the board (turned a quarter for the left and right sides).
    layout::Rect boardBounds() const;
};

// The pitch for a screen with this many board units per millimetre, kept
// small enough that a keyboard fits across the board's short side.
double keyUnitFor(double boardUnitsPerMm, KeyboardLayout layout);

struct KeyPlace {
    int row = 0;
    int col = 0;
    layout::Rect face;           // local frame, the gap already taken off
};

std::vector<KeyPlace> keyPlaces(const KeyboardFrame& frame, KeyLayer layer);

// The accent choices that a long press on a key shows: a row of faces just
// above the key, in the local frame.
std::vector<layout::Rect> accentPlaces(const KeyboardFrame& frame, const layout::Rect& keyFace, size_t choices);

// Where a keyboard for a field at `anchor` (half extents `halfSize` on the
// board) goes, facing `side`: between the field and the person where there
// is room, otherwise above or beside it, and clear of the other keyboards
// when that is possible. Always on the board.
Vec2 placeKeyboard(KeyboardFrame frame, Vec2 anchor, Vec2 halfSize, const std::vector<layout::Rect>& others);

}  // namespace nt
