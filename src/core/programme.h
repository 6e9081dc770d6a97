// The workshop programme: the default phases of METHOD.md, the phase timer
// and the facilitator's edits of the programme. Everything is pure: time
// comes in as `now` (seconds on the app's clock, see PhaseTimer), and each
// operation returns the new programme, which programmeChange turns into a
// command. Timer operations are not undo steps (the app applies them with
// Record::No); edits of the programme are.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/commands.h"
#include "core/model.h"
#include "core/translations.h"

namespace nt {

// own practice → strengths → weaknesses → partners → combinations →
// scenarios → vote → wrap-up, with ids firstId, firstId + 1, …
std::vector<Phase> defaultPhases(Id firstId);

// Gives a board without a programme the default one (ids from board.nextId).
void giveDefaultProgramme(Board& board);

// The phase's title and prompt: the facilitator's own text, or the kind's
// ("phase.<kind>.title" / ".prompt" in the translations).
std::string phaseTitle(const Phase& phase, const Translations& tr);
std::string phasePrompt(const Phase& phase, const Translations& tr);

// [SECTION] Reading the timer

const Phase* currentPhase(const Programme& p);
// Seconds spent in the current phase (0 before the start).
double phaseElapsed(const PhaseTimer& t, double now);
// The current phase's length: its duration plus the time added to it.
int phaseLength(const Programme& p);
// Seconds left in the current phase; negative in overtime.
double timeLeft(const Programme& p, double now);
bool inOvertime(const Programme& p, double now);
// When the running timer next needs a frame: the next whole second of the
// countdown (so the display ticks without redrawing continuously).
std::optional<double> nextTimerTick(const Programme& p, double now);
// The phase after / before `from` that is not skipped; nullopt at the ends.
std::optional<Id> phaseAfter(const Programme& p, Id from);
std::optional<Id> phaseBefore(const Programme& p, Id from);
// 0-based position of a phase in the programme, or nullopt.
std::optional<size_t> phaseIndex(const Programme& p, Id phase);

// [SECTION] Timer operations (not undo steps)

// Starts the workshop at its first phase that is not skipped, or resumes.
Programme startTimer(Programme p, double now);
Programme pauseTimer(Programme p, double now);
Programme toggleTimer(Programme p, double now);
// +1 / +5 min (or less time with a negative amount); the phase never gets
// shorter than what has already passed in it.
Programme addTime(Programme p, int seconds, double now);
// Jumps to a phase with a fresh clock, keeping the timer running or paused.
Programme goToPhase(Programme p, Id phase, double now);
Programme nextPhase(Programme p, double now);
Programme previousPhase(Programme p, double now);

// [SECTION] Editing the programme (undo steps)

Programme renamePhase(Programme p, Id phase, std::string title);
Programme setPhasePrompt(Programme p, Id phase, std::string prompt);
Programme setPhaseDuration(Programme p, Id phase, int seconds);
Programme setPhaseSkipped(Programme p, Id phase, bool skipped);
// Moves a phase up (-1) or down (+1) in the order.
Programme movePhase(Programme p, Id phase, int delta);
// Inserts a custom phase after `after` (kNoId: at the end).
Programme addPhase(Programme p, Phase phase, Id after);
// Removes a phase; if it was the current one, the timer moves to the next.
Programme removePhase(Programme p, Id phase, double now);

// The command that changes the board's programme into `after`, or nullptr
// when nothing changes. The app applies timer operations with Record::No and
// edits with Record::Yes; undoing an edit puts back the phases, not the timer.
CommandPtr programmeChange(const Board& board, Programme after);

}  // namespace nt
