// The fixed geography of the 1920×1080 board: where the own-practice card,
// the strengths and weaknesses columns, the bubble diagram and the tray are,
// the tray's chips, how big tokens and notes are, and where vote dots sit.
// Shared by hit testing (input/hit_test.h) and drawing (view/).
#pragma once

#include <vector>

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

namespace nt {

// The tray's chips, shared by drawing and hit testing.
namespace tray {
constexpr NoteKind kNoteKinds[] = {NoteKind::Strength, NoteKind::Weakness, NoteKind::Idea, NoteKind::Free};
layout::Rect noteChip(int index);  // index into kNoteKinds
constexpr layout::Rect kActorChip{690, 994, 1010, 1056};
constexpr layout::Rect kTypePicker{1010, 994, 1070, 1056};
constexpr layout::Rect kBin{1744, 994, 1904, 1056};
constexpr layout::Rect kToolbar{1080, 994, 1738, 1056};  // facilitator buttons (an ImGui window)
// While a vote is open the note and partner chips make way for one tray of
// dots per seat around the table.
constexpr layout::Rect kSeatArea{16, 990, 1080, 1060};
layout::Rect seatTray(int seat, int seats);          // seat 1-based
Vec2 seatDot(int seat, int seats, int slot);          // slot 0-based, left to right
}  // namespace tray

// Where the n-th dot on a combination's card sits (0-based): along the
// bottom, left to right, clear of the vote count in the corner.
Vec2 cardDot(const Combination& combination, int n);

// A dot on a combination's card. With few votes, each vote is a dot in its
// seat's colour. With more than fit in a row, each seat that voted gets one
// dot with its count, and all phones' votes share one: a card with 97 votes
// stays a card, and every seat can still pick up its own dot to take one back.
struct CardDotShown {
    Vec2 pos;
    int seat = 0;   // 1-based; 0: a phone's vote (or all phones' votes)
    int count = 1;  // the votes this dot stands for
};
std::vector<CardDotShown> cardDots(const Board& board, const Combination& combination);

}  // namespace nt
