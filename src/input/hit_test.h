// What lies under a point of the board: an item, a tray chip or the bin.
// Follows the drawing order: tray and bin, then actors, notes, bubbles.
#pragma once

#include "core/layout.h"
#include "core/model.h"

namespace nt {

enum class HitKind { None, Actor, Note, Municipality, TrayNote, TrayActor, TrayTypePicker, Bin };

struct Hit {
    HitKind kind = HitKind::None;
    Id id = kNoId;                    // for items
    NoteKind noteKind = NoteKind::Free;  // for TrayNote
    Vec2 itemPos;                     // the item's position (centre) when hit
};

// The tray's chips, shared by drawing and hit testing.
namespace tray {
constexpr NoteKind kNoteKinds[] = {NoteKind::Strength, NoteKind::Weakness, NoteKind::Idea, NoteKind::Free};
layout::Rect noteChip(int index);  // index into kNoteKinds
constexpr layout::Rect kActorChip{690, 994, 1010, 1056};
constexpr layout::Rect kTypePicker{1010, 994, 1070, 1056};
constexpr layout::Rect kBin{1744, 994, 1904, 1056};
constexpr layout::Rect kToolbar{1096, 994, 1728, 1056};  // facilitator buttons (an ImGui window)
}  // namespace tray

bool noteContains(const Note& note, Vec2 p);
bool actorContains(const Actor& actor, Vec2 p);

Hit hitTest(const Board& board, Vec2 p);

}  // namespace nt
