// The programme core: a whole workshop scripted on a fake clock (start,
// pause, overtime, extra time, skip, reorder, rename, re-time, add, remove,
// the ends of the programme), the board file keeping the timer so a reloaded
// board resumes with the right time left, and how timer operations and
// programme edits go through the history.
#include <gtest/gtest.h>

#include "core/board_file.h"
#include "core/history.h"
#include "core/programme.h"

namespace nt {
namespace {

// The app's clock: seconds since the Unix epoch, here an afternoon in 2026.
constexpr double kStart = 1'795'000'000.0;

Phase custom(Id id, std::string title = "Eigen stuk", int seconds = 600) {
    Phase p;
    p.id = id;
    p.title = std::move(title);
    p.durationSeconds = seconds;
    return p;
}

// A board with the default programme, driven the way the app drives it:
// timer operations with Record::No, edits with Record::Yes, on a clock that
// only moves when the test says so.
struct Workshop : ::testing::Test {
    Workshop() {
        Board b;
        giveDefaultProgramme(b);
        h.reset(std::move(b));
    }
    const Programme& prog() const { return h.board().programme; }
    const PhaseTimer& timer() const { return prog().timer; }
    Id phaseId(size_t index) const { return prog().phases.at(index).id; }
    size_t currentIndex() const { return phaseIndex(prog(), timer().phase).value(); }
    double left() const { return timeLeft(prog(), now); }

    template <class Op, class... Args>
    void timerOp(Op op, Args&&... args) {
        h.apply(programmeChange(h.board(), op(prog(), std::forward<Args>(args)...)), Record::No);
    }
    template <class Op, class... Args>
    void edit(Op op, Args&&... args) {
        h.apply(programmeChange(h.board(), op(prog(), std::forward<Args>(args)...)), Record::Yes);
    }
    void wait(double seconds) { now += seconds; }

    History h;
    double now = kStart;
};

TEST(Programme, DefaultPhasesFollowTheMethod) {
    const std::vector<Phase> phases = defaultPhases(10);
    ASSERT_EQ(phases.size(), 8u);
    const PhaseKind kinds[] = {PhaseKind::OwnPractice,  PhaseKind::Strengths, PhaseKind::Weaknesses, PhaseKind::Partners,
                               PhaseKind::Combinations, PhaseKind::Scenarios, PhaseKind::Vote,       PhaseKind::WrapUp};
    int total = 0;
    for (size_t i = 0; i < phases.size(); ++i) {
        EXPECT_EQ(phases[i].id, 10 + i);
        EXPECT_EQ(phases[i].kind, kinds[i]);
        EXPECT_TRUE(phases[i].title.empty());
        EXPECT_FALSE(phases[i].skipped);
        EXPECT_GT(phases[i].durationSeconds, 0);
        EXPECT_EQ(phases[i].durationSeconds % 60, 0);
        total += phases[i].durationSeconds;
    }
    EXPECT_EQ(total, 120 * 60);  // the two hours of METHOD.md

    Board b;
    b.nextId = 50;
    giveDefaultProgramme(b);
    EXPECT_EQ(b.programme.phases.front().id, 50u);
    EXPECT_EQ(b.nextId, 58u);
    giveDefaultProgramme(b);  // a board that has a programme keeps it
    EXPECT_EQ(b.programme.phases.size(), 8u);
    EXPECT_EQ(b.nextId, 58u);
}

TEST(Programme, TitlesAndPromptsComeFromTheKindUnlessWritten) {
    const Translations tr = Translations::load(std::string(NT_SOURCE_ASSETS) + "/i18n/nl.json");
    Phase p = defaultPhases(1)[1];
    EXPECT_EQ(phaseTitle(p, tr), "Sterktes");
    EXPECT_EQ(phasePrompt(p, tr), tr("phase.strengths.prompt"));
    p.title = "Wat kunnen we goed?";
    p.prompt = "Eén per briefje.";
    EXPECT_EQ(phaseTitle(p, tr), "Wat kunnen we goed?");
    EXPECT_EQ(phasePrompt(p, tr), "Eén per briefje.");
}

TEST_F(Workshop, ScriptedWorkshopRunsThroughEveryPhase) {
    // Before the start: no phase, nothing ticking, next/previous do nothing harmful.
    EXPECT_EQ(currentPhase(prog()), nullptr);
    EXPECT_FALSE(nextTimerTick(prog(), now));
    EXPECT_EQ(phaseElapsed(timer(), now), 0);
    timerOp(previousPhase, now);
    EXPECT_EQ(timer().phase, kNoId);

    // Before the workshop the facilitator shapes the programme: own practice
    // is skipped, weaknesses come before strengths, partners get 30 minutes,
    // and a coffee break is added after the partners.
    edit(setPhaseSkipped, phaseId(0), true);
    edit(movePhase, phaseId(2), -1);
    EXPECT_EQ(prog().phases[1].kind, PhaseKind::Weaknesses);
    EXPECT_EQ(prog().phases[2].kind, PhaseKind::Strengths);
    edit(setPhaseDuration, phaseId(3), 30 * 60);
    const Id coffee = h.newId();
    edit(addPhase, custom(coffee, "Koffie", 5 * 60), phaseId(3));
    ASSERT_EQ(prog().phases.size(), 9u);
    EXPECT_EQ(prog().phases[4].id, coffee);
    edit(renamePhase, phaseId(2), "Wat kunnen we goed?");
    EXPECT_EQ(prog().phases[2].title, "Wat kunnen we goed?");
    EXPECT_EQ(timer(), PhaseTimer{});  // edits leave the timer alone

    // Start: the first phase that is not skipped (weaknesses), 10 minutes.
    timerOp(startTimer, now);
    EXPECT_EQ(currentIndex(), 1u);
    EXPECT_TRUE(timer().running);
    EXPECT_DOUBLE_EQ(left(), 600);
    wait(90.25);
    EXPECT_DOUBLE_EQ(left(), 509.75);
    // The display ticks on the next whole second of the countdown.
    EXPECT_DOUBLE_EQ(*nextTimerTick(prog(), now), now + 0.75);

    // Pause: the time stands still and nothing needs a tick.
    timerOp(pauseTimer, now);
    EXPECT_FALSE(timer().running);
    wait(1000);
    EXPECT_DOUBLE_EQ(left(), 509.75);
    EXPECT_FALSE(nextTimerTick(prog(), now));
    EXPECT_FALSE(inOvertime(prog(), now));
    timerOp(pauseTimer, now);  // pausing twice changes nothing
    EXPECT_DOUBLE_EQ(left(), 509.75);

    // Resume (the toggle of the space bar) and run into overtime.
    timerOp(toggleTimer, now);
    EXPECT_TRUE(timer().running);
    timerOp(startTimer, now);  // starting a running timer changes nothing
    wait(509.75);
    EXPECT_DOUBLE_EQ(left(), 0);
    EXPECT_FALSE(inOvertime(prog(), now));
    wait(30);
    EXPECT_TRUE(inOvertime(prog(), now));
    EXPECT_DOUBLE_EQ(left(), -30);  // counting up
    EXPECT_DOUBLE_EQ(*nextTimerTick(prog(), now), now + 1);

    // +1 min ends the overtime; +5 min gives five more.
    timerOp(addTime, 60, now);
    EXPECT_EQ(timer().extraSeconds, 60);
    EXPECT_DOUBLE_EQ(left(), 30);
    EXPECT_FALSE(inOvertime(prog(), now));
    timerOp(addTime, 300, now);
    EXPECT_EQ(timer().extraSeconds, 360);
    EXPECT_DOUBLE_EQ(left(), 330);
    EXPECT_EQ(phaseLength(prog()), 960);
    // Taking time away stops at what has already passed.
    timerOp(addTime, -3600, now);
    EXPECT_DOUBLE_EQ(left(), 0);
    EXPECT_EQ(timer().extraSeconds, 30);
    timerOp(addTime, 300, now);

    // Re-timing the current phase while it runs counts from its start.
    edit(setPhaseDuration, phaseId(1), 15 * 60);
    EXPECT_DOUBLE_EQ(left(), 900 + 330 - 630);

    // Next: strengths (renamed), with a fresh clock that keeps running.
    timerOp(nextPhase, now);
    EXPECT_EQ(currentIndex(), 2u);
    EXPECT_TRUE(timer().running);
    EXPECT_EQ(timer().extraSeconds, 0);
    EXPECT_DOUBLE_EQ(left(), 600);
    wait(100);

    // Previous goes back to weaknesses, again with a fresh clock; previous
    // there stays (own practice is skipped: the start of the programme).
    timerOp(previousPhase, now);
    EXPECT_EQ(currentIndex(), 1u);
    EXPECT_DOUBLE_EQ(left(), 900);
    timerOp(previousPhase, now);
    EXPECT_EQ(currentIndex(), 1u);
    EXPECT_DOUBLE_EQ(left(), 900);
    wait(20);
    EXPECT_DOUBLE_EQ(left(), 880);

    // Next twice: strengths, then partners (30 minutes).
    timerOp(nextPhase, now);
    timerOp(nextPhase, now);
    EXPECT_EQ(prog().phases[currentIndex()].kind, PhaseKind::Partners);
    EXPECT_DOUBLE_EQ(left(), 1800);
    wait(600);

    // During the workshop: the coffee break is dropped, combinations move
    // after scenarios, the vote is skipped.
    edit(removePhase, coffee, now);
    EXPECT_EQ(prog().phases.size(), 8u);
    EXPECT_FALSE(findById(prog().phases, coffee));
    const Id combinations = prog().phases[4].id;
    edit(movePhase, combinations, +1);
    EXPECT_EQ(prog().phases[4].kind, PhaseKind::Scenarios);
    EXPECT_EQ(prog().phases[5].kind, PhaseKind::Combinations);
    const Id vote = prog().phases[6].id;
    edit(setPhaseSkipped, vote, true);
    EXPECT_EQ(prog().phases[currentIndex()].kind, PhaseKind::Partners);  // edits leave the timer where it was
    EXPECT_DOUBLE_EQ(left(), 1200);

    // On through scenarios and combinations; next skips the vote.
    timerOp(nextPhase, now);
    EXPECT_EQ(prog().phases[currentIndex()].kind, PhaseKind::Scenarios);
    timerOp(nextPhase, now);
    EXPECT_EQ(timer().phase, combinations);
    timerOp(nextPhase, now);
    EXPECT_EQ(prog().phases[currentIndex()].kind, PhaseKind::WrapUp);

    // Jumping is allowed anywhere, also to a skipped phase.
    timerOp(goToPhase, vote, now);
    EXPECT_EQ(timer().phase, vote);
    EXPECT_DOUBLE_EQ(left(), 600);
    timerOp(goToPhase, Id{987654}, now);  // no such phase: nothing happens
    EXPECT_EQ(timer().phase, vote);
    timerOp(nextPhase, now);

    // Wrap-up is the end: next stays there, paused or not.
    const Id wrapUp = timer().phase;
    wait(5);
    timerOp(nextPhase, now);
    EXPECT_EQ(timer().phase, wrapUp);
    EXPECT_DOUBLE_EQ(left(), 895);
    timerOp(pauseTimer, now);
    timerOp(nextPhase, now);
    EXPECT_EQ(timer().phase, wrapUp);

    // Adding a phase after the last one and removing the current phase moves
    // the timer on to it, paused as it was.
    const Id questions = h.newId();
    edit(addPhase, custom(questions, "Vragen", 10 * 60), kNoId);
    EXPECT_EQ(prog().phases.back().id, questions);
    edit(removePhase, wrapUp, now);
    EXPECT_EQ(timer().phase, questions);
    EXPECT_FALSE(timer().running);
    EXPECT_DOUBLE_EQ(left(), 600);
    // Removing the last phase standing leaves a programme that has not begun.
    Programme p = prog();
    for (const Phase& ph : prog().phases) p = removePhase(std::move(p), ph.id, now);
    EXPECT_TRUE(p.phases.empty());
    EXPECT_EQ(p.timer, PhaseTimer{});
    EXPECT_EQ(startTimer(p, now).timer, PhaseTimer{});  // nothing to start

    // The board file keeps all of it.
    const Board reread = boardFromJsonText(boardToJsonText(h.board()), "test");
    EXPECT_EQ(reread.programme, prog());
}

TEST_F(Workshop, EveryPhaseSkippedCannotStart) {
    for (const Phase& ph : Programme(prog()).phases) edit(setPhaseSkipped, ph.id, true);
    timerOp(startTimer, now);
    EXPECT_EQ(timer(), PhaseTimer{});
    timerOp(nextPhase, now);
    EXPECT_EQ(timer().phase, kNoId);
}

TEST_F(Workshop, ProgrammeEditsAreBounded) {
    edit(setPhaseDuration, phaseId(0), -5);
    EXPECT_EQ(prog().phases[0].durationSeconds, 0);
    edit(setPhaseDuration, phaseId(0), 100 * 3600);
    EXPECT_EQ(prog().phases[0].durationSeconds, kMaxPhaseSeconds);
    edit(renamePhase, phaseId(0), std::string(1000, 'a'));
    EXPECT_LE(prog().phases[0].title.size(), kMaxNameBytes);
    // Moving past either end, editing a phase that does not exist, adding a
    // phase whose id is taken: nothing changes, and nothing is recorded.
    const Programme before = prog();
    EXPECT_FALSE(programmeChange(h.board(), movePhase(prog(), phaseId(0), -1)));
    EXPECT_FALSE(programmeChange(h.board(), movePhase(prog(), phaseId(7), +1)));
    EXPECT_FALSE(programmeChange(h.board(), renamePhase(prog(), 424242, "x")));
    EXPECT_FALSE(programmeChange(h.board(), addPhase(prog(), custom(phaseId(3)), kNoId)));
    EXPECT_FALSE(programmeChange(h.board(), addPhase(prog(), custom(kNoId), kNoId)));
    EXPECT_FALSE(programmeChange(h.board(), removePhase(prog(), 424242, now)));
    Programme full = prog();
    for (Id id = 1000; full.phases.size() < kMaxPhases; ++id) full = addPhase(std::move(full), custom(id), kNoId);
    EXPECT_EQ(addPhase(full, custom(5000), kNoId), full);
    EXPECT_EQ(prog(), before);
}

TEST_F(Workshop, TimeNeverRunsBackwards) {
    timerOp(startTimer, now);
    // A clock earlier than the start (a board opened on a machine whose
    // clock is behind) counts nothing rather than negative time.
    EXPECT_DOUBLE_EQ(phaseElapsed(timer(), now - 50), 0);
    EXPECT_DOUBLE_EQ(timeLeft(prog(), now - 50), 600);
}

// [SECTION] The board file: a reloaded board resumes with the right time left.

TEST_F(Workshop, ReloadedRunningTimerResumesWithTheRightTimeLeft) {
    timerOp(startTimer, now);
    wait(200);
    timerOp(addTime, 300, now);
    wait(50.5);
    const std::string saved = boardToJsonText(h.board());

    // The app stops; it is opened again two minutes later.
    const Board reloaded = boardFromJsonText(saved, "saved.json");
    EXPECT_EQ(reloaded.programme, prog());
    const double later = now + 120;
    EXPECT_TRUE(reloaded.programme.timer.running);
    EXPECT_DOUBLE_EQ(timeLeft(reloaded.programme, later), 600 + 300 - 250.5 - 120);
    // It keeps counting, and pauses as it would have.
    const Programme paused = pauseTimer(reloaded.programme, later + 10);
    EXPECT_DOUBLE_EQ(timeLeft(paused, later + 1000), 600 + 300 - 250.5 - 130);
}

TEST_F(Workshop, ReloadedPausedTimerResumesWhereItStood) {
    timerOp(startTimer, now);
    wait(61);
    timerOp(nextPhase, now);
    wait(42.5);
    timerOp(pauseTimer, now);
    const std::string saved = boardToJsonText(h.board());

    const Board reloaded = boardFromJsonText(saved, "saved.json");
    EXPECT_EQ(reloaded.programme, prog());
    EXPECT_FALSE(reloaded.programme.timer.running);
    EXPECT_EQ(reloaded.programme.timer.phase, phaseId(1));
    const double nextDay = now + 24 * 3600;
    EXPECT_DOUBLE_EQ(timeLeft(reloaded.programme, nextDay), 600 - 42.5);
    const Programme resumed = startTimer(reloaded.programme, nextDay);
    EXPECT_DOUBLE_EQ(timeLeft(resumed, nextDay + 7.5), 600 - 50);
}

// [SECTION] History: timer operations are not undo steps; edits are.

TEST_F(Workshop, TimerOperationsAreNotUndoStepsButMoveTheRevision) {
    std::uint64_t rev = h.revision();
    timerOp(startTimer, now);
    EXPECT_GT(h.revision(), rev);
    rev = h.revision();
    timerOp(addTime, 300, now);
    EXPECT_GT(h.revision(), rev);
    rev = h.revision();
    timerOp(nextPhase, now);
    EXPECT_GT(h.revision(), rev);
    rev = h.revision();
    timerOp(pauseTimer, now);
    EXPECT_GT(h.revision(), rev);
    EXPECT_FALSE(h.canUndo());
    // A timer operation that changes nothing is no change at all.
    rev = h.revision();
    timerOp(pauseTimer, now);
    EXPECT_EQ(h.revision(), rev);
}

TEST_F(Workshop, UndoingAnEditPutsBackThePhasesButNotTheTimer) {
    edit(renamePhase, phaseId(0), "Wie zijn we?");
    EXPECT_TRUE(h.canUndo());
    timerOp(startTimer, now);
    wait(30);
    timerOp(nextPhase, now);
    const PhaseTimer running = timer();

    ASSERT_TRUE(h.undo());
    EXPECT_TRUE(prog().phases[0].title.empty());
    EXPECT_EQ(timer(), running);  // the workshop does not jump back
    ASSERT_TRUE(h.redo());
    EXPECT_EQ(prog().phases[0].title, "Wie zijn we?");
    EXPECT_EQ(timer(), running);
    EXPECT_FALSE(h.redo());

    // Each edit is its own step.
    edit(setPhaseDuration, phaseId(3), 45 * 60);
    edit(movePhase, phaseId(3), -1);
    edit(setPhaseSkipped, phaseId(5), true);
    ASSERT_TRUE(h.undo());
    EXPECT_FALSE(prog().phases[5].skipped);
    ASSERT_TRUE(h.undo());
    EXPECT_EQ(prog().phases[3].kind, PhaseKind::Partners);
    ASSERT_TRUE(h.undo());
    EXPECT_EQ(prog().phases[3].durationSeconds, 25 * 60);
    EXPECT_EQ(timer(), running);
}

TEST_F(Workshop, UndoingTheRemovalOfTheCurrentPhaseGoesBackToIt) {
    timerOp(startTimer, now);
    wait(100);
    const Id first = timer().phase;
    edit(removePhase, first, now);
    EXPECT_EQ(timer().phase, phaseId(0));  // the next phase, now first
    EXPECT_NE(timer().phase, first);
    wait(20);
    // Undone straight away: as if it never happened, the phase's clock ran on.
    ASSERT_TRUE(h.undo());
    EXPECT_EQ(timer().phase, first);
    EXPECT_DOUBLE_EQ(left(), 600 - 120);
    // Redone after the timer moved on: the timer stays on a phase that exists.
    ASSERT_TRUE(h.redo());
    timerOp(pauseTimer, now);
    ASSERT_TRUE(h.undo());
    EXPECT_TRUE(findById(prog().phases, timer().phase));
    ASSERT_TRUE(h.redo());
    EXPECT_TRUE(findById(prog().phases, timer().phase));
    EXPECT_FALSE(findById(prog().phases, first));
}

TEST_F(Workshop, UndoingTheAddedPhaseTheTimerIsOnLeavesItOnAPhaseThatExists) {
    const Id extra = h.newId();
    edit(addPhase, custom(extra, "Pauze", 300), phaseId(0));
    timerOp(goToPhase, extra, now);
    timerOp(startTimer, now);
    ASSERT_TRUE(h.undo());
    EXPECT_FALSE(findById(prog().phases, extra));
    EXPECT_EQ(timer().phase, kNoId);
    EXPECT_FALSE(timer().running);
    // A board in this state saves and loads.
    EXPECT_NO_THROW(boardFromJsonText(boardToJsonText(h.board()), "test"));
}

}  // namespace
}  // namespace nt
