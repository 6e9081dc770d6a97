// Intents on combinations turned into commands.
#include "core/combination_edits.h"

#include <algorithm>
#include <cmath>

#include "core/edit_helpers.h"
#include "core/layout.h"
namespace nt {

namespace {

using detail::finite;
using detail::onBoard;
using detail::replaceWith;
using detail::shiftBy;

bool contains(const std::vector<Id>& ids, Id id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

// A change of one combination, named "<key>" with the combination's name.
template <class F>
CommandPtr changeCombination(const Board& board, Id combination, const char* key, F change) {
    const Combination* c = findById(board.combinations, combination);
    if (!c) return nullptr;
    return named(replaceWith(board.combinations, combination, change), key, c->name);
}

// Attached ideas hang below the card, each 60 lower than the one before and
// alternately a little left and right, like notes stuck on top of each other.
constexpr double kCardHalfHeight = layout::kCardHeight / 2;
constexpr double kNoteHalfHeight = layout::kNoteHeight / 2;
constexpr double kGapBelowCard = 12;
constexpr double kIdeaStep = 60;
constexpr double kIdeaSway = 8;

}  // namespace

Vec2 ideaSlotOnCard(const Combination& combination, size_t index) {
    const double sway = index % 2 == 0 ? -kIdeaSway : kIdeaSway;
    return {combination.cardPos.x + sway, combination.cardPos.y + kCardHalfHeight + kGapBelowCard + kNoteHalfHeight +
                                              static_cast<double>(index) * kIdeaStep};
}

CommandPtr createCombination(const Board& board, Id id, std::vector<Id> members, std::string name, Vec2 cardPos) {
    if (!finite(cardPos)) return nullptr;
    Combination c;
    c.id = id;
    for (Id m : members)
        if (findById(board.actors, m) && !contains(c.members, m)) c.members.push_back(m);
    if (c.members.size() < 2) return nullptr;
    c.name = truncateUtf8(std::move(name), kMaxNameBytes);
    c.cardPos = onBoard(cardPos);
    std::string shown = c.name;
    return namedAddOrRemove(std::make_unique<AddItem<Combination>>(std::move(c)), "step.combination.created",
                            std::move(shown));
}

CommandPtr addMember(const Board& board, Id combination, Id actor) {
    if (!findById(board.actors, actor)) return nullptr;
    return changeCombination(board, combination, "step.combination.memberAdded", [&](Combination& c) {
        if (!contains(c.members, actor)) c.members.push_back(actor);
    });
}

CommandPtr removeMember(const Board& board, Id combination, Id actor) {
    return changeCombination(board, combination, "step.combination.memberRemoved", [&](Combination& c) {
        std::erase(c.members, actor);
        std::erase_if(c.roles, [&](const MemberRole& r) { return r.actor == actor; });
    });
}

CommandPtr renameCombination(const Board& board, Id combination, std::string name) {
    // Named with the new name, as the card shows it (and a keyboard's last key).
    name = truncateUtf8(std::move(name), kMaxNameBytes);
    std::string shown = name;
    return named(replaceWith(board.combinations, combination, [&](Combination& c) { c.name = std::move(name); }),
                 "step.combination.renamed", std::move(shown));
}

CommandPtr removeCombination(const Board& board, Id combination) {
    const Combination* c = findById(board.combinations, combination);
    if (!c) return nullptr;
    auto group = std::make_unique<CommandGroup>();
    for (const Vote& v : board.votes)
        if (v.combination == combination) group->append(std::make_unique<RemoveItem<Vote>>(v));
    group->append(std::make_unique<RemoveItem<Combination>>(*c));
    return namedAddOrRemove(std::move(group), "step.combination.removed", c->name);
}

CommandPtr setMotives(const Board& board, Id combination, std::vector<std::string> motives) {
    // Known ids only, each once, in the order of motiveIds(): ticking boxes in
    // any order gives the same combination.
    std::vector<std::string> known;
    for (const std::string& id : motiveIds())
        if (std::find(motives.begin(), motives.end(), id) != motives.end()) known.push_back(id);
    return changeCombination(board, combination, "step.combination.motives",
                             [&](Combination& c) { c.motives = std::move(known); });
}

CommandPtr setCollaborationForm(const Board& board, Id combination, CollaborationForm form) {
    return changeCombination(board, combination, "step.combination.form", [&](Combination& c) { c.form = form; });
}

CommandPtr setOrigin(const Board& board, Id combination, Id origin) {
    if (origin != kNoId) {
        const Note* n = findById(board.notes, origin);
        if (!n || (n->kind != NoteKind::Strength && n->kind != NoteKind::Weakness)) return nullptr;
    }
    return changeCombination(board, combination, "step.combination.origin", [&](Combination& c) { c.origin = origin; });
}

CommandPtr setTargetGroups(const Board& board, Id combination, std::vector<std::string> groups) {
    std::vector<std::string> kept;
    for (std::string& g : groups) {
        g = truncateUtf8(std::move(g), kMaxTargetGroupBytes);
        if (g.empty() || std::find(kept.begin(), kept.end(), g) != kept.end()) continue;
        if (kept.size() == kMaxTargetGroups) break;
        kept.push_back(std::move(g));
    }
    return changeCombination(board, combination, "step.combination.targetGroups",
                             [&](Combination& c) { c.targetGroups = std::move(kept); });
}

CommandPtr setRole(const Board& board, Id combination, Id actor, PartnerRole role) {
    const Combination* found = findById(board.combinations, combination);
    if (!found || !contains(found->members, actor)) return nullptr;
    return changeCombination(board, combination, "step.combination.role", [&](Combination& c) {
        auto it = std::find_if(c.roles.begin(), c.roles.end(), [&](const MemberRole& r) { return r.actor == actor; });
        if (role == PartnerRole::Unset) {
            if (it != c.roles.end()) c.roles.erase(it);
        } else if (it != c.roles.end()) {
            it->role = role;
        } else {
            c.roles.push_back({actor, role});
        }
    });
}

CommandPtr setScenario(const Board& board, Id combination, std::string scenario) {
    scenario = truncateUtf8(std::move(scenario), kMaxNoteTextBytes);
    return changeCombination(board, combination, "step.combination.scenario",
                             [&](Combination& c) { c.scenario = std::move(scenario); });
}

CommandPtr setFollowUp(const Board& board, Id combination, bool followUp) {
    return changeCombination(board, combination, followUp ? "step.combination.followUp" : "step.combination.noFollowUp",
                             [&](Combination& c) { c.followUp = followUp; });
}

CommandPtr setToPlenary(const Board& board, Id combination, bool toPlenary) {
    return changeCombination(board, combination, toPlenary ? "step.combination.toPlenary" : "step.combination.notToPlenary",
                             [&](Combination& c) { c.toPlenary = toPlenary; });
}

CommandPtr attachIdea(const Board& board, Id combination, Id note) {
    const Combination* target = findById(board.combinations, combination);
    if (!target || !findById(board.notes, note) || contains(target->ideas, note)) return nullptr;
    auto group = std::make_unique<CommandGroup>();
    for (const Combination& other : board.combinations)
        if (other.id != combination && contains(other.ideas, note))
            group->append(
                replaceWith(board.combinations, other.id, [&](Combination& c) { std::erase(c.ideas, note); }));
    Combination after = *target;
    after.ideas.push_back(note);
    const Vec2 slot = onBoard(ideaSlotOnCard(after, after.ideas.size() - 1));
    group->append(std::make_unique<ReplaceItem<Combination>>(*target, after));
    group->append(replaceWith(board.notes, note, [&](Note& n) { n.pos = slot; }));
    return named(std::move(group), "step.idea.attached", firstWords(findById(board.notes, note)->text));
}

CommandPtr detachIdea(const Board& board, Id combination, Id note) {
    const Note* n = findById(board.notes, note);
    return named(replaceWith(board.combinations, combination, [&](Combination& c) { std::erase(c.ideas, note); }),
                 "step.idea.detached", n ? firstWords(n->text) : std::string{});
}

CommandPtr moveCombinationCard(const Board& board, Id combination, Vec2 cardPos) {
    const Combination* c = findById(board.combinations, combination);
    if (!c || !finite(cardPos)) return nullptr;
    cardPos = onBoard(cardPos);
    const Vec2 delta{cardPos.x - c->cardPos.x, cardPos.y - c->cardPos.y};
    auto group = std::make_unique<CommandGroup>();
    group->append(replaceWith(board.combinations, combination, [&](Combination& moved) { moved.cardPos = cardPos; }));
    for (Id idea : c->ideas)
        group->append(shiftBy(board.notes, idea, delta));
    if (group->empty()) return nullptr;
    return named(std::move(group), "step.combination.moved", c->name);
}

bool allInOneBubble(const Board& board, const Combination& combination) {
    if (combination.members.size() < 2) return false;
    Id bubble = kNoId;
    for (Id id : combination.members) {
        const Actor* a = findById(board.actors, id);
        if (!a || a->municipality == kNoId) return false;
        if (bubble == kNoId) bubble = a->municipality;
        else if (a->municipality != bubble) return false;
    }
    return true;
}

}  // namespace nt
