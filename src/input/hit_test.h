// What lies under a point of the board: an item, a tray chip or the bin.
// Follows the drawing order: tray and bin, then actors, notes, bubbles,
// and last the texts of the own-practice card beneath them all.
#pragma once

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

// The tray's chips and where vote dots sit (drawn and hit alike): core/layout.h.

bool noteContains(const Note& note, Vec2 p);
// Whether p lies on the "+N" of this note, were it the top of a pile (core/note_piles.h).
bool pileCountContains(const Note& note, Vec2 p);
bool actorContains(const Actor& actor, Vec2 p);

Hit hitTest(const Board& board, Vec2 p);

}  // namespace nt
