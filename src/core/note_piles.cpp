// Piles of notes lying exactly on each other: see note_piles.h.
#include "core/note_piles.h"

#include <algorithm>
#include <functional>
#include <unordered_map>

#include "core/phone_notes.h"

namespace nt {

namespace {

// Where a note lies, exactly: notes pile only when all three are equal.
struct Place {
    double x, y, rotation;
    bool operator==(const Place&) const = default;
};

struct PlaceHash {
    size_t operator()(const Place& p) const {
        const std::hash<double> h;
        return h(p.x) ^ (h(p.y) * 31) ^ (h(p.rotation) * 17);
    }
};

Place placeOf(const Note& n) { return {n.pos.x, n.pos.y, n.rotation}; }

}  // namespace

NotePiles findNotePiles(const Board& board, const std::vector<Id>& lifted) {
    NotePiles piles{std::vector<bool>(board.notes.size(), false), std::vector<int>(board.notes.size(), 0)};
    std::unordered_map<Place, size_t, PlaceHash> top;  // place → the note drawn last there
    for (size_t i = board.notes.size(); i-- > 0;) {
        const Note& n = board.notes[i];
        if (!noteShown(board, n) || std::find(lifted.begin(), lifted.end(), n.id) != lifted.end()) continue;
        const auto [it, first] = top.try_emplace(placeOf(n), i);
        if (first) continue;
        piles.hidden[i] = true;
        ++piles.beneath[it->second];
    }
    return piles;
}

CommandPtr flipNotePile(const Board& board, Id top) {
    const auto at = std::find_if(board.notes.begin(), board.notes.end(), [&](const Note& n) { return n.id == top; });
    if (at == board.notes.end() || !noteShown(board, *at)) return nullptr;
    const Place place = placeOf(*at);
    // The pile's bottom: the first shown note at the same place.
    const auto bottom = std::find_if(board.notes.begin(), at, [&](const Note& n) {
        return noteShown(board, n) && placeOf(n) == place;
    });
    const bool onTop = std::none_of(at + 1, board.notes.end(), [&](const Note& n) {
        return noteShown(board, n) && placeOf(n) == place;
    });
    if (bottom == at || !onTop) return nullptr;
    std::vector<Note> after = board.notes;
    const auto from = after.begin() + (at - board.notes.begin());
    const auto to = after.begin() + (bottom - board.notes.begin());
    std::rotate(to, from, from + 1);  // the top note moves to just before the bottom one
    return named(std::make_unique<SetBoardPart<&Board::notes>>(board.notes, std::move(after)), "step.note.underPile",
                 firstWords(at->text));
}

}  // namespace nt
