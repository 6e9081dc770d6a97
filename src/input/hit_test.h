// What lies under a point of the board: an item, a tray chip or the bin.
// Follows the drawing order: tray and bin, then actors, notes, bubbles,
// and last the texts of the own-practice card beneath them all.
#pragma once

#include <string>
#include <vector>

#include "core/layout.h"
#include "core/model.h"
#include "core/workshop_fields.h"

namespace nt {

enum class HitKind {
    None, Actor, Note, Municipality, Card, CardDot, SeatDot, TrayNote, TrayActor, TrayTypePicker, Bin,
    WorkshopField,  // a text of the own-practice card: the title, the date, an answer … (core/workshop_fields.h)
};

struct Hit {
    HitKind kind = HitKind::None;
    Id id = kNoId;                    // for items
    NoteKind noteKind = NoteKind::Free;  // for TrayNote
    Vec2 itemPos;                     // the item's position (centre) when hit
    int seat = 0;                     // for SeatDot and CardDot: the seat (1-based)
    int slot = -1;                    // for SeatDot: which of the seat's dots, -1 beside them
    bool pileCount = false;           // for Note: on the "+N" of a pile's top note (a tap turns the pile)
    WorkshopField field = WorkshopField::Title;  // for WorkshopField
};

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

// The seat of a voter id "seat-N", or 0 for other voters (phones).
int seatFromVoter(const std::string& voter);

bool noteContains(const Note& note, Vec2 p);
// Whether p lies on the "+N" of this note, were it the top of a pile (core/note_piles.h).
bool pileCountContains(const Note& note, Vec2 p);
bool actorContains(const Actor& actor, Vec2 p);

Hit hitTest(const Board& board, Vec2 p);

}  // namespace nt
