// The fixed geography of the 1920×1080 board: where the own-practice card,
// the strengths and weaknesses columns, the bubble diagram and the tray are,
// and how big tokens and notes are. Shared by hit testing and drawing.
#pragma once

#include "core/model.h"

namespace nt::layout {

struct Rect {
    double x0, y0, x1, y1;
    constexpr bool contains(Vec2 p) const { return p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1; }
    constexpr double width() const { return x1 - x0; }
    constexpr double height() const { return y1 - y0; }
    constexpr Vec2 centre() const { return {(x0 + x1) / 2, (y0 + y1) / 2}; }
};

constexpr Rect kStrengthsColumn{16, 16, 376, 970};
constexpr Rect kWeaknessesColumn{1544, 16, 1904, 970};
constexpr Rect kOwnPracticeCard{392, 16, 1528, 150};
constexpr Rect kDiagramArea{392, 166, 1528, 970};
constexpr Rect kTray{16, 986, 1904, 1064};

constexpr double kNoteWidth = 168;
constexpr double kNoteHeight = 104;
constexpr double kTokenRadius = 24;
constexpr double kCardWidth = 260;      // a combination's card, centred on its cardPos
constexpr double kCardHeight = 120;
constexpr double kVoteDotRadius = 11;

constexpr Rect cardRect(Vec2 centre) {
    return {centre.x - kCardWidth / 2, centre.y - kCardHeight / 2, centre.x + kCardWidth / 2, centre.y + kCardHeight / 2};
}

}  // namespace nt::layout
