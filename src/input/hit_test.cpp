// Hit testing in drawing order.
#include "input/hit_test.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <numbers>

#include "core/note_piles.h"
#include "core/phone_notes.h"

namespace nt {

namespace {
// p in the note's own frame: its rotation around its centre undone.
Vec2 inNoteFrame(const Note& note, Vec2 p) {
    const double a = -note.rotation * std::numbers::pi / 180.0;
    const double dx = p.x - note.pos.x;
    const double dy = p.y - note.pos.y;
    return {dx * std::cos(a) - dy * std::sin(a), dx * std::sin(a) + dy * std::cos(a)};
}
}  // namespace

bool noteContains(const Note& note, Vec2 p) {
    const Vec2 l = inNoteFrame(note, p);
    return std::abs(l.x) <= layout::kNoteWidth / 2 && std::abs(l.y) <= layout::kNoteHeight / 2;
}

bool pileCountContains(const Note& note, Vec2 p) {
    const Vec2 l = inNoteFrame(note, p);
    return kPileCountZone.contains({l.x - layout::kNoteWidth / 2, l.y + layout::kNoteHeight / 2});
}

bool actorContains(const Actor& actor, Vec2 p) {
    // A little more than the token itself: fingers are wider than the eye.
    // The disc is round, so a turned token is hit the same; its name, which
    // turns with it, is a label and not a handle (it would cover its bubble).
    const double r = layout::kTokenRadius + 8;
    const double dx = p.x - actor.pos.x;
    const double dy = p.y - actor.pos.y;
    return dx * dx + dy * dy <= r * r;
}

Hit hitTest(const Board& board, Vec2 p) {
    const bool voting = board.vote.state == VoteState::Open;
    if (voting && tray::kSeatArea.contains(p)) {
        const int seats = board.vote.settings.seats;
        for (int seat = 1; seat <= seats; ++seat) {
            if (!tray::seatTray(seat, seats).contains(p)) continue;
            Hit h{HitKind::SeatDot, kNoId, NoteKind::Free, {}, seat};
            for (int slot = 0; slot < board.vote.settings.votesPerVoter; ++slot) {
                const Vec2 d = tray::seatDot(seat, seats, slot);
                if (std::hypot(d.x - p.x, d.y - p.y) <= layout::kVoteDotRadius + 5) h.slot = slot;
            }
            h.itemPos = tray::seatDot(seat, seats, std::max(h.slot, 0));
            return h;
        }
        return {};
    }
    if (layout::kTray.contains(p)) {
        for (int i = 0; i < 4; ++i)
            if (tray::noteChip(i).contains(p)) return {HitKind::TrayNote, kNoId, tray::kNoteKinds[i], {}};
        if (tray::kActorChip.contains(p)) return {HitKind::TrayActor, kNoId, NoteKind::Free, {}};
        if (tray::kTypePicker.contains(p)) return {HitKind::TrayTypePicker, kNoId, NoteKind::Free, {}};
        if (tray::kBin.contains(p)) return {HitKind::Bin, kNoId, NoteKind::Free, {}};
    }
    for (auto it = board.combinations.rbegin(); it != board.combinations.rend(); ++it) {
        if (!layout::cardRect(it->cardPos).contains(p)) continue;
        // A vote dot on the card: the seat's own dot, to take back.
        // Dots on cards show (and can be picked up) only while the score is public.
        if (voting && board.vote.settings.resultsLive)
            for (const CardDotShown& d : cardDots(board, *it))
                if (d.seat > 0 && std::hypot(d.pos.x - p.x, d.pos.y - p.y) <= layout::kVoteDotRadius + 3)
                    return {HitKind::CardDot, it->id, NoteKind::Free, d.pos, d.seat};
        return {HitKind::Card, it->id, NoteKind::Free, it->cardPos};
    }
    for (auto it = board.actors.rbegin(); it != board.actors.rend(); ++it)
        if (actorContains(*it, p)) return {HitKind::Actor, it->id, NoteKind::Free, it->pos};
    std::optional<NotePiles> piles;  // found only when a finger is near a "+N"
    for (auto it = board.notes.rbegin(); it != board.notes.rend(); ++it) {
        if (!noteShown(board, *it)) continue;
        if (pileCountContains(*it, p)) {
            if (!piles) piles = findNotePiles(board);
            if (piles->beneath[static_cast<size_t>(board.notes.rend() - it - 1)] > 0)
                return {HitKind::Note, it->id, it->kind, it->pos, 0, -1, true};
        }
        if (noteContains(*it, p)) return {HitKind::Note, it->id, it->kind, it->pos};
    }
    for (auto it = board.municipalities.rbegin(); it != board.municipalities.rend(); ++it) {
        const double dx = p.x - it->centre.x;
        const double dy = p.y - it->centre.y;
        if (dx * dx + dy * dy <= it->radius * it->radius) return {HitKind::Municipality, it->id, NoteKind::Free, it->centre};
    }
    if (const auto field = workshopFieldAt(p)) {
        Hit h{HitKind::WorkshopField, kNoId, NoteKind::Free, workshopFieldRect(*field).centre()};
        h.field = *field;
        return h;
    }
    return {};
}

}  // namespace nt
