// The workshop programme: the default phases of METHOD.md.
#include "core/programme.h"

namespace nt {

std::vector<Phase> defaultPhases(Id firstId) {
    struct Default {
        PhaseKind kind;
        int minutes;
    };
    // About two hours, the length of the workshop in METHOD.md.
    static constexpr Default kDefaults[] = {
        {PhaseKind::OwnPractice, 10}, {PhaseKind::Strengths, 10},   {PhaseKind::Weaknesses, 10},
        {PhaseKind::Partners, 25},    {PhaseKind::Combinations, 20}, {PhaseKind::Scenarios, 20},
        {PhaseKind::Vote, 10},        {PhaseKind::WrapUp, 15},
    };
    std::vector<Phase> phases;
    Id id = firstId;
    for (const Default& d : kDefaults) {
        Phase p;
        p.id = id++;
        p.kind = d.kind;
        p.durationSeconds = d.minutes * 60;
        phases.push_back(p);
    }
    return phases;
}

void giveDefaultProgramme(Board& board) {
    if (!board.programme.phases.empty()) return;
    board.programme.phases = defaultPhases(board.nextId);
    board.nextId += board.programme.phases.size();
}

}  // namespace nt
