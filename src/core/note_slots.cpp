// Slot finding for new notes and actors.
#include "core/note_slots.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/layout.h"

namespace nt {

namespace {

// Slot centres of a column: two notes per row below the column header.
std::vector<Vec2> columnSlots(const layout::Rect& column) {
    std::vector<Vec2> slots;
    const double left = column.x0 + 4 + layout::kNoteWidth / 2;
    const double right = column.x1 - 4 - layout::kNoteWidth / 2;
    for (double y = column.y0 + 76 + layout::kNoteHeight / 2; y + layout::kNoteHeight / 2 <= column.y1; y += layout::kNoteHeight + 12) {
        slots.push_back({left, y});
        slots.push_back({right, y});
    }
    return slots;
}

// Ideas sit along the bottom of the diagram area, clear of the bubbles' centres.
std::vector<Vec2> ideaSlots() {
    std::vector<Vec2> slots;
    const auto& area = layout::kDiagramArea;
    for (double y = area.y1 - layout::kNoteHeight / 2 - 4; y > area.y0 + layout::kNoteHeight; y -= layout::kNoteHeight + 12)
        for (double x = area.x0 + layout::kNoteWidth / 2 + 4; x + layout::kNoteWidth / 2 <= area.x1; x += layout::kNoteWidth + 12)
            slots.push_back({x, y});
    return slots;
}

bool noteNear(const Board& board, Vec2 p) {
    for (const Note& n : board.notes)
        if (std::abs(n.pos.x - p.x) < layout::kNoteWidth * 0.6 && std::abs(n.pos.y - p.y) < layout::kNoteHeight * 0.6)
            return true;
    return false;
}

}  // namespace

Vec2 freeNoteSlot(const Board& board, NoteKind kind) {
    const std::vector<Vec2> slots = kind == NoteKind::Strength   ? columnSlots(layout::kStrengthsColumn)
                                    : kind == NoteKind::Weakness ? columnSlots(layout::kWeaknessesColumn)
                                                                 : ideaSlots();
    for (const Vec2& s : slots)
        if (!noteNear(board, s)) return s;
    // Every slot taken: a short fan up and to the left of the last slot,
    // then a pile exactly on the fan's end, which the board draws as its
    // top note with "+N" (a room of phones can send hundreds).
    const Vec2 last = slots.empty() ? layout::kDiagramArea.centre() : slots.back();
    Vec2 spot = last;
    for (int i = 1; i <= kOverflowFan; ++i) {
        spot = {last.x - i * kOverflowStep, last.y - i * kOverflowStep};
        const bool taken = std::any_of(board.notes.begin(), board.notes.end(), [&](const Note& n) {
            return std::abs(n.pos.x - spot.x) < 0.5 && std::abs(n.pos.y - spot.y) < 0.5;
        });
        if (!taken) return spot;
    }
    return spot;
}

Vec2 freeActorSpot(const Board& board) {
    const auto& area = layout::kDiagramArea;
    const double step = layout::kTokenRadius * 4;
    for (double y = area.y0 + step / 2; y < area.y1; y += step) {
        for (double x = area.x0 + step / 2; x < area.x1; x += step) {
            bool taken = false;
            for (const Actor& a : board.actors)
                if (std::hypot(a.pos.x - x, a.pos.y - y) < step * 0.8) taken = true;
            if (!taken) return {x, y};
        }
    }
    return area.centre();
}

Vec2 freeCardSpot(const Board& board, const std::vector<Id>& members) {
    const auto& area = layout::kDiagramArea;
    const double halfW = layout::kCardWidth / 2, halfH = layout::kCardHeight / 2;
    auto clear = [&](Vec2 p) {
        const layout::Rect r = layout::cardRect(p);
        for (const Municipality& m : board.municipalities) {
            // Closest point of the card to the bubble's centre.
            const double cx = std::clamp(m.centre.x, r.x0, r.x1), cy = std::clamp(m.centre.y, r.y0, r.y1);
            if (std::hypot(cx - m.centre.x, cy - m.centre.y) < m.radius + 8) return false;
        }
        for (const Combination& c : board.combinations)
            if (std::abs(c.cardPos.x - p.x) < layout::kCardWidth + 12 && std::abs(c.cardPos.y - p.y) < layout::kCardHeight + 12)
                return false;
        for (const Note& n : board.notes)
            if (std::abs(n.pos.x - p.x) < (layout::kCardWidth + layout::kNoteWidth) / 2 + 8 &&
                std::abs(n.pos.y - p.y) < (layout::kCardHeight + layout::kNoteHeight) / 2 + 8)
                return false;
        for (const Actor& a : board.actors)
            if (r.contains(a.pos)) return false;
        return true;
    };
    for (double y = area.y0 + halfH + 8; y + halfH <= area.y1; y += 40)
        for (double x = area.x0 + halfW + 8; x + halfW <= area.x1; x += 40)
            if (clear({x, y})) return {x, y};
    Vec2 mid = area.centre();
    int n = 0;
    for (Id id : members)
        if (const Actor* a = findById(board.actors, id)) {
            mid = n == 0 ? a->pos : Vec2{mid.x + a->pos.x, mid.y + a->pos.y};
            ++n;
        }
    if (n > 1) mid = {mid.x / n, mid.y / n};
    return mid;
}

}  // namespace nt
