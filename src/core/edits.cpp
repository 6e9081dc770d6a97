// Intents into commands.
#include "core/edits.h"

#include <algorithm>
#include <cmath>

#include "core/combination_edits.h"
#include "core/edit_helpers.h"
#include "core/placement.h"

namespace nt {

namespace {

using detail::finite;
using detail::onBoard;
using detail::replaceWith;
using detail::shiftBy;

// The item's name in a step's name, as the board shows it now.
std::string nameOf(const Board& board, Id actor) {
    const Actor* a = findById(board.actors, actor);
    return a ? a->name : std::string{};
}
std::string wordsOf(const Board& board, Id note) {
    const Note* n = findById(board.notes, note);
    return n ? firstWords(n->text) : std::string{};
}

}  // namespace

CommandPtr addNote(Id id, NoteKind kind, Vec2 pos, std::string text) {
    if (!finite(pos)) return nullptr;
    pos = onBoard(pos);
    Note n;
    n.id = id;
    n.kind = kind;
    n.pos = pos;
    n.text = truncateUtf8(std::move(text), kMaxNoteTextBytes);
    std::string words = firstWords(n.text);
    return namedAddOrRemove(std::make_unique<AddItem<Note>>(std::move(n)), "step.note.added", std::move(words));
}

CommandPtr addActor(const Board& board, Id id, std::string type, std::string name, Vec2 pos) {
    if (!finite(pos)) return nullptr;
    pos = onBoard(pos);
    Actor a;
    a.id = id;
    a.type = std::move(type);
    a.name = truncateUtf8(std::move(name), kMaxNameBytes);
    a.pos = pos;
    const Placement p = placementAt(board, pos);
    a.municipality = p.municipality;
    a.sector = p.sector;
    std::string shown = a.name;
    return namedAddOrRemove(std::make_unique<AddItem<Actor>>(std::move(a)), "step.actor.added", std::move(shown));
}

CommandPtr addMunicipality(Id id, std::string name, Vec2 centre, double radius, std::uint32_t colour, bool own) {
    if (!finite(centre) || !std::isfinite(radius)) return nullptr;
    Municipality m;
    m.id = id;
    m.name = truncateUtf8(std::move(name), kMaxMunicipalityNameBytes);
    m.centre = onBoard(centre);
    m.radius = std::clamp(radius, kMinRadius, kMaxRadius);
    m.colour = colour;
    m.own = own;
    std::string shown = m.name;
    return namedAddOrRemove(std::make_unique<AddItem<Municipality>>(std::move(m)), "step.bubble.added",
                            std::move(shown));
}

CommandPtr moveNote(const Board& board, Id note, Vec2 pos) {
    if (!finite(pos)) return nullptr;
    pos = onBoard(pos);
    return named(replaceWith(board.notes, note, [&](Note& n) { n.pos = pos; }), "step.note.moved",
                 wordsOf(board, note));
}

CommandPtr moveActor(const Board& board, Id actor, Vec2 pos) {
    if (!finite(pos)) return nullptr;
    pos = onBoard(pos);
    return named(replaceWith(board.actors, actor, [&](Actor& a) { a.pos = pos; }), "step.actor.moved",
                 nameOf(board, actor));
}

CommandPtr moveMunicipality(const Board& board, Id municipality, Vec2 centre) {
    const Municipality* m = findById(board.municipalities, municipality);
    if (!m || !finite(centre)) return nullptr;
    centre = onBoard(centre);
    const Vec2 delta{centre.x - m->centre.x, centre.y - m->centre.y};
    auto group = std::make_unique<CommandGroup>();
    group->append(replaceWith(board.municipalities, municipality, [&](Municipality& b) { b.centre = centre; }));
    for (const Actor& a : board.actors) {
        if (a.municipality != municipality) continue;
        group->append(shiftBy(board.actors, a.id, delta));
    }
    return named(std::move(group), "step.bubble.moved", m->name);
}

CommandPtr dropActor(const Board& board, Id actor, Vec2 pos) {
    if (!finite(pos)) return nullptr;
    pos = onBoard(pos);
    const Placement p = placementAt(board, pos);
    return named(replaceWith(board.actors, actor,
                             [&](Actor& a) {
                                 a.pos = pos;
                                 a.municipality = p.municipality;
                                 a.sector = p.sector;
                             }),
                 "step.actor.moved", nameOf(board, actor));
}

CommandPtr setNoteText(const Board& board, Id note, std::string text) {
    // Named after the words as they now stand: a keyboard's last key names the step.
    text = truncateUtf8(std::move(text), kMaxNoteTextBytes);
    std::string words = firstWords(text);
    return named(replaceWith(board.notes, note, [&](Note& n) { n.text = std::move(text); }), "step.note.written",
                 std::move(words));
}

CommandPtr setNoteKind(const Board& board, Id note, NoteKind kind) {
    return named(replaceWith(board.notes, note, [&](Note& n) { n.kind = kind; }), "step.note.kind",
                 wordsOf(board, note));
}

namespace {
template <class T>
CommandPtr rotateItem(const std::vector<T>& items, Id id, double degrees) {
    if (!std::isfinite(degrees)) return nullptr;
    degrees = std::fmod(degrees, 360.0);  // stays within the file's -360..360
    return replaceWith(items, id, [&](T& item) { item.rotation = degrees; });
}
}  // namespace

CommandPtr rotateNote(const Board& board, Id note, double degrees) {
    return named(rotateItem(board.notes, note, degrees), "step.note.turned", wordsOf(board, note));
}
CommandPtr rotateActor(const Board& board, Id actor, double degrees) {
    return named(rotateItem(board.actors, actor, degrees), "step.actor.turned", nameOf(board, actor));
}

CommandPtr renameActor(const Board& board, Id actor, std::string name) {
    // Named with the new name: the one the board shows (and a keyboard's last key).
    name = truncateUtf8(std::move(name), kMaxNameBytes);
    std::string shown = name;
    return named(replaceWith(board.actors, actor, [&](Actor& a) { a.name = std::move(name); }), "step.actor.renamed",
                 std::move(shown));
}

CommandPtr resizeMunicipality(const Board& board, Id municipality, double radius) {
    if (!std::isfinite(radius)) return nullptr;
    radius = std::clamp(radius, kMinRadius, kMaxRadius);
    const Municipality* m = findById(board.municipalities, municipality);
    return named(replaceWith(board.municipalities, municipality, [&](Municipality& b) { b.radius = radius; }),
                 "step.bubble.resized", m ? m->name : std::string{});
}

CommandPtr removeNote(const Board& board, Id note) {
    const Note* n = findById(board.notes, note);
    if (!n) return nullptr;
    auto group = std::make_unique<CommandGroup>();
    for (const Combination& c : board.combinations) {
        if (c.origin != note && std::find(c.ideas.begin(), c.ideas.end(), note) == c.ideas.end()) continue;
        group->append(replaceWith(board.combinations, c.id, [&](Combination& changed) {
            std::erase(changed.ideas, note);
            if (changed.origin == note) changed.origin = kNoId;
        }));
    }
    group->append(std::make_unique<RemoveItem<Note>>(*n));
    return namedAddOrRemove(std::move(group), "step.note.removed", firstWords(n->text));
}

CommandPtr removeActor(const Board& board, Id actor) {
    const Actor* a = findById(board.actors, actor);
    if (!a) return nullptr;
    auto group = std::make_unique<CommandGroup>();
    for (const Combination& c : board.combinations) {
        if (std::find(c.members.begin(), c.members.end(), actor) == c.members.end()) continue;
        group->append(replaceWith(board.combinations, c.id, [&](Combination& changed) {
            std::erase(changed.members, actor);
            std::erase_if(changed.roles, [&](const MemberRole& r) { return r.actor == actor; });
        }));
    }
    group->append(std::make_unique<RemoveItem<Actor>>(*a));
    return namedAddOrRemove(std::move(group), "step.actor.removed", a->name);
}

CommandPtr removeMunicipality(const Board& board, Id municipality) {
    const Municipality* m = findById(board.municipalities, municipality);
    if (!m) return nullptr;
    auto group = std::make_unique<CommandGroup>();
    for (const Actor& a : board.actors) {
        if (a.municipality != municipality) continue;
        group->append(replaceWith(board.actors, a.id, [](Actor& changed) {
            changed.municipality = kNoId;
            changed.sector = Sector::Unassigned;
        }));
    }
    group->append(std::make_unique<RemoveItem<Municipality>>(*m));
    return namedAddOrRemove(std::move(group), "step.bubble.removed", m->name);
}

CommandPtr removeItem(const Board& board, Id id) {
    if (findById(board.notes, id)) return removeNote(board, id);
    if (findById(board.actors, id)) return removeActor(board, id);
    if (findById(board.municipalities, id)) return removeMunicipality(board, id);
    if (findById(board.combinations, id)) return removeCombination(board, id);
    return nullptr;
}

}  // namespace nt
