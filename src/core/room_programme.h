// One programme for a room of tables: the plenary's programme as a beat,
// a table's own programme in step with it, and the difference between the
// plenary's clock and a table's (laptops in a room without internet drift
// apart by seconds or minutes). Pure: clocks come in as numbers.
#pragma once

#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "core/room_messages.h"

namespace nt::room {

// Where the plenary's programme stands at its clock `now`.
ProgrammeBeat beatOf(const Programme& plenary, double now, std::vector<std::string> ownClock = {});

// The table's programme following the beat: its phase at the beat's place
// when that is of the same kind (else its first phase of that kind, else the
// one at that place), as long as the plenary's, with the plenary's timer.
// The table's phases themselves stay as they are. `offset`: the table's
// clock minus the plenary's. Nullopt when the table is in step already
// (within half a second) or has no phase to follow.
std::optional<Programme> followBeat(const Programme& table, const ProgrammeBeat& beat, double offset);

// The table's clock minus the plenary's, from beats as they arrive: each
// says when it was sent, and arrives a little later; the smallest
// difference over the last minute is the best guess. A beat the broker kept
// (retained) may be old and says nothing about the clocks.
class ClockOffset {
public:
    void sample(double localNow, double sentAt);
    double offset() const { return m_samples.empty() ? 0.0 : m_best; }

private:
    struct Sample {
        double at, difference;
    };
    std::deque<Sample> m_samples;
    double m_best = 0;
};

// How often the plenary sends its beat even when nothing changed, so the
// tables' clocks stay in step (seconds).
inline constexpr double kBeatInterval = 5.0;

}  // namespace nt::room
