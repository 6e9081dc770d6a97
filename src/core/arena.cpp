// The arena ranking and its edits.
#include "core/arena.h"

#include <algorithm>
#include <tuple>

#include "core/edit_helpers.h"

namespace nt {

namespace {

// Higher is more important, for each of the three criteria.
int dependencyWeight(Dependency d) {
    switch (d) {
        case Dependency::Large: return 3;
        case Dependency::RatherLarge: return 2;
        case Dependency::RatherSmall: return 1;
        case Dependency::Unset: break;
    }
    return 0;
}

int irreplaceability(Replaceability r) {
    switch (r) {
        case Replaceability::Small: return 4;
        case Replaceability::RatherSmall: return 3;
        case Replaceability::RatherLarge: return 2;
        case Replaceability::Large: return 1;
        case Replaceability::Unset: break;
    }
    return 0;
}

std::tuple<int, int, int> weight(const ArenaAssessment& a) {
    return {a.importance, dependencyWeight(a.dependency), irreplaceability(a.replaceability)};
}

std::string foldCase(const std::string& s) {
    std::string out = s;
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

}  // namespace

bool assessed(const ArenaAssessment& a) { return !(a == ArenaAssessment{}); }

std::vector<ArenaRank> arenaRanking(const Board& board) {
    struct Entry {
        const Actor* actor;
        std::tuple<int, int, int> weight;
        std::string name;
    };
    std::vector<Entry> entries;
    entries.reserve(board.actors.size());
    for (const Actor& a : board.actors) {
        ArenaAssessment key = a.arena;
        key.importance = std::clamp(key.importance, 0, 4);
        // Without an importance the other answers do not rank an actor.
        entries.push_back({&a, key.importance > 0 ? weight(key) : std::tuple<int, int, int>{0, 0, 0}, foldCase(a.name)});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& x, const Entry& y) {
        if (x.weight != y.weight) return x.weight > y.weight;
        if (x.name != y.name) return x.name < y.name;
        return x.actor->id < y.actor->id;
    });
    std::vector<ArenaRank> out;
    out.reserve(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const Entry& e = entries[i];
        ArenaRank r;
        r.actor = e.actor->id;
        if (std::get<0>(e.weight) > 0) {
            const bool sameAsBefore = i > 0 && entries[i - 1].weight == e.weight;
            const bool sameAsNext = i + 1 < entries.size() && entries[i + 1].weight == e.weight;
            r.rank = sameAsBefore ? out.back().rank : static_cast<int>(i) + 1;
            r.tied = sameAsBefore || sameAsNext;
        }
        out.push_back(r);
    }
    return out;
}

CommandPtr setArena(const Board& board, Id actor, ArenaAssessment assessment) {
    assessment.importance = std::clamp(assessment.importance, 0, 4);
    assessment.resources = truncateUtf8(std::move(assessment.resources), kMaxNoteTextBytes);
    assessment.replaceableBy = truncateUtf8(std::move(assessment.replaceableBy), kMaxNameBytes);
    const Actor* assessed = findById(board.actors, actor);
    return named(detail::replaceWith(board.actors, actor, [&](Actor& a) { a.arena = assessment; }),
                 "step.actor.assessed", assessed ? assessed->name : std::string{});
}

CommandPtr setArenaIssue(const Board& board, std::string issue) {
    Workshop after = board.workshop;
    after.arenaIssue = truncateUtf8(std::move(issue), kMaxNoteTextBytes);
    if (after == board.workshop) return nullptr;
    return named(std::make_unique<SetWorkshop>(board.workshop, std::move(after)), "step.arena.issue");
}

}  // namespace nt
