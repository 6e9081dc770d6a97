// The workshop programme: default phases, the phase timer and programme edits.
#include "core/programme.h"

#include <algorithm>
#include <cmath>

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

std::string phaseTitle(const Phase& phase, const Translations& tr) {
    return phase.title.empty() ? tr(std::string("phase.") + phaseKindName(phase.kind) + ".title") : phase.title;
}

std::string phasePrompt(const Phase& phase, const Translations& tr) {
    return phase.prompt.empty() ? tr(std::string("phase.") + phaseKindName(phase.kind) + ".prompt") : phase.prompt;
}

// [SECTION] Reading the timer

const Phase* currentPhase(const Programme& p) { return findById(p.phases, p.timer.phase); }

double phaseElapsed(const PhaseTimer& t, double now) {
    if (t.phase == kNoId) return 0;
    return t.elapsed + (t.running ? std::max(0.0, now - t.since) : 0.0);
}

int phaseLength(const Programme& p) {
    const Phase* phase = currentPhase(p);
    return phase ? std::max(0, phase->durationSeconds + p.timer.extraSeconds) : 0;
}

double timeLeft(const Programme& p, double now) { return phaseLength(p) - phaseElapsed(p.timer, now); }

bool inOvertime(const Programme& p, double now) { return currentPhase(p) && timeLeft(p, now) < 0; }

std::optional<double> nextTimerTick(const Programme& p, double now) {
    if (!p.timer.running || !currentPhase(p)) return std::nullopt;
    // The display shows whole seconds left; it changes when the time left
    // crosses a whole number.
    const double left = timeLeft(p, now);
    const double toNext = left - std::floor(left);
    return now + (toNext > 1e-6 ? toNext : 1.0);
}

std::optional<size_t> phaseIndex(const Programme& p, Id phase) {
    for (size_t i = 0; i < p.phases.size(); ++i)
        if (p.phases[i].id == phase) return i;
    return std::nullopt;
}

std::optional<Id> phaseAfter(const Programme& p, Id from) {
    const auto at = phaseIndex(p, from);
    for (size_t i = at ? *at + 1 : 0; i < p.phases.size(); ++i)
        if (!p.phases[i].skipped) return p.phases[i].id;
    return std::nullopt;
}

std::optional<Id> phaseBefore(const Programme& p, Id from) {
    const auto at = phaseIndex(p, from);
    if (!at) return std::nullopt;
    for (size_t i = *at; i-- > 0;)
        if (!p.phases[i].skipped) return p.phases[i].id;
    return std::nullopt;
}

// [SECTION] Timer operations

namespace {

// Folds the running time into `elapsed`, so the timer can change safely.
void settle(PhaseTimer& t, double now) {
    if (t.running) {
        t.elapsed = phaseElapsed(t, now);
        t.since = now;
    }
}

}  // namespace

Programme startTimer(Programme p, double now) {
    if (p.timer.running) return p;
    if (!currentPhase(p)) {
        const auto first = phaseAfter(p, kNoId);
        if (!first) return p;  // every phase skipped: nothing to start
        p.timer = PhaseTimer{*first, false, 0, 0, 0};
    }
    p.timer.running = true;
    p.timer.since = now;
    return p;
}

Programme pauseTimer(Programme p, double now) {
    if (!p.timer.running) return p;
    settle(p.timer, now);
    p.timer.running = false;
    p.timer.since = 0;
    return p;
}

Programme toggleTimer(Programme p, double now) {
    return p.timer.running ? pauseTimer(std::move(p), now) : startTimer(std::move(p), now);
}

Programme addTime(Programme p, int seconds, double now) {
    const Phase* phase = currentPhase(p);
    if (!phase) return p;
    int extra = p.timer.extraSeconds + seconds;
    if (seconds < 0) {
        // Taking time away stops at what has already passed (and never adds).
        const int passed = static_cast<int>(std::ceil(phaseElapsed(p.timer, now))) - phase->durationSeconds;
        extra = std::max({extra, std::min(p.timer.extraSeconds, passed), -phase->durationSeconds});
    }
    p.timer.extraSeconds = std::min(extra, kMaxPhaseSeconds);
    return p;
}

Programme goToPhase(Programme p, Id phase, double now) {
    if (!findById(p.phases, phase)) return p;
    const bool running = p.timer.running;
    p.timer = PhaseTimer{phase, running, 0, running ? now : 0, 0};
    return p;
}

Programme nextPhase(Programme p, double now) {
    const auto next = phaseAfter(p, p.timer.phase);
    return next ? goToPhase(std::move(p), *next, now) : p;
}

Programme previousPhase(Programme p, double now) {
    const auto before = phaseBefore(p, p.timer.phase);
    return before ? goToPhase(std::move(p), *before, now) : p;
}

// [SECTION] Editing the programme

namespace {

template <class Change>
Programme editPhase(Programme p, Id id, Change change) {
    if (Phase* phase = findById(p.phases, id)) change(*phase);
    return p;
}

}  // namespace

Programme renamePhase(Programme p, Id phase, std::string title) {
    return editPhase(std::move(p), phase, [&](Phase& ph) { ph.title = truncateUtf8(std::move(title), kMaxNameBytes); });
}

Programme setPhasePrompt(Programme p, Id phase, std::string prompt) {
    return editPhase(std::move(p), phase,
                     [&](Phase& ph) { ph.prompt = truncateUtf8(std::move(prompt), kMaxNoteTextBytes); });
}

Programme setPhaseDuration(Programme p, Id phase, int seconds) {
    return editPhase(std::move(p), phase,
                     [&](Phase& ph) { ph.durationSeconds = std::clamp(seconds, 0, kMaxPhaseSeconds); });
}

Programme setPhaseSkipped(Programme p, Id phase, bool skipped) {
    return editPhase(std::move(p), phase, [&](Phase& ph) { ph.skipped = skipped; });
}

Programme movePhase(Programme p, Id phase, int delta) {
    const auto at = phaseIndex(p, phase);
    if (!at) return p;
    const auto to = static_cast<long>(*at) + delta;
    if (to < 0 || to >= static_cast<long>(p.phases.size())) return p;
    const Phase moved = p.phases[*at];
    p.phases.erase(p.phases.begin() + static_cast<long>(*at));
    p.phases.insert(p.phases.begin() + to, moved);
    return p;
}

Programme addPhase(Programme p, Phase phase, Id after) {
    if (p.phases.size() >= kMaxPhases || phase.id == kNoId || findById(p.phases, phase.id)) return p;
    phase.title = truncateUtf8(std::move(phase.title), kMaxNameBytes);
    phase.prompt = truncateUtf8(std::move(phase.prompt), kMaxNoteTextBytes);
    phase.durationSeconds = std::clamp(phase.durationSeconds, 0, kMaxPhaseSeconds);
    const auto at = phaseIndex(p, after);
    p.phases.insert(at ? p.phases.begin() + static_cast<long>(*at) + 1 : p.phases.end(), std::move(phase));
    return p;
}

Programme removePhase(Programme p, Id phase, double now) {
    if (!phaseIndex(p, phase)) return p;
    if (p.timer.phase == phase) {
        const auto next = phaseAfter(p, phase);
        const auto before = phaseBefore(p, phase);
        if (next || before) {
            p = goToPhase(std::move(p), next ? *next : *before, now);
        } else {
            p.timer = PhaseTimer{};
        }
    }
    std::erase_if(p.phases, [&](const Phase& ph) { return ph.id == phase; });
    return p;
}

namespace {

// A change of the programme. Applied first, it writes exactly `after`. Undone
// or redone later, it writes the phases but leaves the timer alone when the
// timer has moved on since (the workshop does not jump back in time because
// a rename is undone); only a timer left on a phase that is gone is moved to
// the phase this change had it on, its clock carrying on.
class ChangeProgramme final : public Command {
public:
    ChangeProgramme(Programme before, Programme after) : m_before(std::move(before)), m_after(std::move(after)) {}
    void apply(Board& board) override { write(board, m_before, m_after); }
    void revert(Board& board) override { write(board, m_after, m_before); }

private:
    static void write(Board& board, const Programme& from, const Programme& to) {
        Programme& p = board.programme;
        p.phases = to.phases;
        for (const Phase& ph : p.phases) board.nextId = std::max(board.nextId, ph.id + 1);
        if (p.timer == from.timer) {
            p.timer = to.timer;
        } else if (p.timer.phase != kNoId && !findById(p.phases, p.timer.phase)) {
            if (findById(p.phases, to.timer.phase)) {
                p.timer.phase = to.timer.phase;
                p.timer.extraSeconds = 0;
            } else {
                p.timer = PhaseTimer{};
            }
        }
    }
    Programme m_before;
    Programme m_after;
};

}  // namespace

CommandPtr programmeChange(const Board& board, Programme after) {
    if (after == board.programme) return nullptr;
    // Timer operations go in with Record::No and are never shown by name.
    return named(std::make_unique<ChangeProgramme>(board.programme, std::move(after)), "step.programme");
}

}  // namespace nt
