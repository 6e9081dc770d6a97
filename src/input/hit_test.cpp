// Hit testing in drawing order.
#include "input/hit_test.h"

#include <cmath>
#include <numbers>

namespace nt {

namespace tray {
layout::Rect noteChip(int index) {
    const double x0 = 16 + index * 164.0;
    return {x0, 994, x0 + 154, 1056};
}
}  // namespace tray

bool noteContains(const Note& note, Vec2 p) {
    // Undo the note's rotation around its centre, then test the rectangle.
    const double a = -note.rotation * std::numbers::pi / 180.0;
    const double dx = p.x - note.pos.x;
    const double dy = p.y - note.pos.y;
    const double lx = dx * std::cos(a) - dy * std::sin(a);
    const double ly = dx * std::sin(a) + dy * std::cos(a);
    return std::abs(lx) <= layout::kNoteWidth / 2 && std::abs(ly) <= layout::kNoteHeight / 2;
}

bool actorContains(const Actor& actor, Vec2 p) {
    // A little more than the token itself: fingers are wider than the eye.
    const double r = layout::kTokenRadius + 8;
    const double dx = p.x - actor.pos.x;
    const double dy = p.y - actor.pos.y;
    return dx * dx + dy * dy <= r * r;
}

Hit hitTest(const Board& board, Vec2 p) {
    if (layout::kTray.contains(p)) {
        for (int i = 0; i < 4; ++i)
            if (tray::noteChip(i).contains(p)) return {HitKind::TrayNote, kNoId, tray::kNoteKinds[i], {}};
        if (tray::kActorChip.contains(p)) return {HitKind::TrayActor, kNoId, NoteKind::Free, {}};
        if (tray::kTypePicker.contains(p)) return {HitKind::TrayTypePicker, kNoId, NoteKind::Free, {}};
        if (tray::kBin.contains(p)) return {HitKind::Bin, kNoId, NoteKind::Free, {}};
    }
    for (auto it = board.actors.rbegin(); it != board.actors.rend(); ++it)
        if (actorContains(*it, p)) return {HitKind::Actor, it->id, NoteKind::Free, it->pos};
    for (auto it = board.notes.rbegin(); it != board.notes.rend(); ++it)
        if (noteContains(*it, p)) return {HitKind::Note, it->id, it->kind, it->pos};
    for (auto it = board.municipalities.rbegin(); it != board.municipalities.rend(); ++it) {
        const double dx = p.x - it->centre.x;
        const double dy = p.y - it->centre.y;
        if (dx * dx + dy * dy <= it->radius * it->radius) return {HitKind::Municipality, it->id, NoteKind::Free, it->centre};
    }
    return {};
}

}  // namespace nt
