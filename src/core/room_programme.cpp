// One programme for a room of tables: see room_programme.h.
#include "core/room_programme.h"

#include <algorithm>
#include <cmath>

#include "core/programme.h"

namespace nt::room {

namespace {

constexpr double kOffsetWindow = 60.0;  // seconds of samples kept
constexpr double kInStep = 0.5;         // seconds of difference that do not count
constexpr double kMaxDifference = 24 * 3600.0;

// The table's phase that matches the plenary's current one.
const Phase* matchingPhase(const Programme& table, const ProgrammeBeat& beat) {
    const auto& phases = table.phases;
    if (beat.index < 0 || phases.empty()) return nullptr;
    const size_t at = static_cast<size_t>(beat.index);
    if (at < phases.size() && phases[at].kind == beat.kind) return &phases[at];
    const auto sameKind = std::find_if(phases.begin(), phases.end(), [&](const Phase& p) { return p.kind == beat.kind; });
    if (sameKind != phases.end()) return &*sameKind;
    return at < phases.size() ? &phases[at] : nullptr;
}

}  // namespace

ProgrammeBeat beatOf(const Programme& plenary, double now, std::vector<std::string> ownClock) {
    ProgrammeBeat b;
    b.sentAt = now;
    b.ownClock = std::move(ownClock);
    const Phase* phase = currentPhase(plenary);
    if (!phase) return b;
    b.index = static_cast<int>(phaseIndex(plenary, phase->id).value_or(0));
    b.kind = phase->kind;
    b.durationSeconds = phase->durationSeconds;
    b.running = plenary.timer.running;
    b.elapsed = plenary.timer.elapsed;
    b.since = plenary.timer.since;
    b.extraSeconds = plenary.timer.extraSeconds;
    return b;
}

std::optional<Programme> followBeat(const Programme& table, const ProgrammeBeat& beat, double offset) {
    Programme next = table;
    PhaseTimer& t = next.timer;
    if (beat.index < 0) {
        t = PhaseTimer{};
    } else {
        const Phase* phase = matchingPhase(table, beat);
        if (!phase) return std::nullopt;
        t.phase = phase->id;
        t.running = beat.running;
        t.elapsed = beat.elapsed;
        t.since = beat.running ? std::max(0.0, beat.since + offset) : 0;
        // The table's phase keeps its own length; the difference goes in the
        // time added to it, so both count down to the same moment (within
        // what a board file holds).
        t.extraSeconds = std::clamp(beat.extraSeconds + beat.durationSeconds - phase->durationSeconds,
                                    -kMaxPhaseSeconds, kMaxPhaseSeconds);
    }
    const PhaseTimer& mine = table.timer;
    const bool inStep = mine.phase == t.phase && mine.running == t.running && mine.extraSeconds == t.extraSeconds &&
                        std::abs(mine.elapsed - t.elapsed) < kInStep && std::abs(mine.since - t.since) < kInStep;
    if (inStep) return std::nullopt;
    return next;
}

void ClockOffset::sample(double localNow, double sentAt) {
    if (std::abs(localNow - sentAt) > kMaxDifference) return;  // not a clock that drifted: a wrong one
    m_samples.push_back({localNow, localNow - sentAt});
    while (!m_samples.empty() && m_samples.front().at < localNow - kOffsetWindow) m_samples.pop_front();
    m_best = m_samples.front().difference;
    for (const Sample& s : m_samples) m_best = std::min(m_best, s.difference);
}

}  // namespace nt::room
