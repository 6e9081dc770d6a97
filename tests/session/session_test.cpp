// Whole scenarios of a running workshop without a display: fingers on the
// board, the facilitator's requests (undo, save, the timer, a new
// combination, a keyboard), and what the session says back.
#include <gtest/gtest.h>

#include <filesystem>

#include "core/board_file.h"
#include "core/layout.h"
#include "core/programme.h"
#include "running_workshop.h"

using namespace nt;
using nt::testing::RunningWorkshop;
using nt::testing::RunningWorkshopWithFile;

TEST_F(RunningWorkshop, ADragAcrossBubblesIsOneStepThatUndoAndRedoRequestsTakeBackAndRedo) {
    drag(1, {700, 420}, {1200, 600});
    EXPECT_EQ(actor(3).municipality, 2u);
    EXPECT_EQ(actor(3).sector, Sector::NonCultural);
    ask(request::Undo{});
    EXPECT_EQ(actor(3).pos, (Vec2{700, 420}));
    EXPECT_EQ(actor(3).municipality, 1u);
    EXPECT_FALSE(session.history().canUndo());
    ask(request::Redo{});
    EXPECT_EQ(actor(3).pos, (Vec2{1200, 600}));
}

TEST_F(RunningWorkshop, ANoteDraggedFromTheTraysWeaknessChipLandsWhereItIsLetGoAsOneStep) {
    const size_t before = session.board().notes.size();
    drag(1, tray::noteChip(1).centre(), {1720, 700});
    ASSERT_EQ(session.board().notes.size(), before + 1);
    const Note& added = session.board().notes.back();
    EXPECT_EQ(added.kind, NoteKind::Weakness);
    EXPECT_NEAR(added.pos.x, 1720, 1.5);
    ask(request::Undo{});
    EXPECT_EQ(session.board().notes.size(), before);
}

TEST_F(RunningWorkshop, APartnerDraggedOntoTheBinIsGoneUntilUndo) {
    drag(1, {700, 580}, tray::kBin.centre());
    EXPECT_EQ(findById(session.board().actors, 4), nullptr);
    EXPECT_EQ(session.board().actors.size(), 1u);
    ask(request::Undo{});
    EXPECT_EQ(actor(4).pos, (Vec2{700, 580}));
}

TEST_F(RunningWorkshop, AnUndoInTheMiddleOfADragEndsTheDragAndTheFingerMovesNothingAfterwards) {
    drag(1, {700, 580}, {760, 580});  // the care home: a step to take back
    send(2, PointerPhase::Down, 700, 420);
    send(2, PointerPhase::Move, 800, 420);
    ask(request::Undo{});
    EXPECT_EQ(actor(3).pos, (Vec2{700, 420}));  // the drag in progress is gone
    EXPECT_EQ(actor(4).pos, (Vec2{700, 580}));  // and the step before it taken back
    send(2, PointerPhase::Move, 900, 420);
    send(2, PointerPhase::Up, 900, 420);
    EXPECT_EQ(actor(3).pos, (Vec2{700, 420}));
}

TEST_F(RunningWorkshop, ANewCombinationIsNamedAfterItsPartnersAndOpensOnScreen) {
    ask(request::NewCombination{{3, 4}});
    ASSERT_EQ(session.board().combinations.size(), 1u);
    const Combination& c = session.board().combinations.front();
    EXPECT_EQ(c.name, "Bibliotheek + WZC Ter Linde");
    EXPECT_EQ(c.members, (std::vector<Id>{3, 4}));
    const auto shown = eventsOf(SessionEvent::Kind::ShowCombination);
    ASSERT_EQ(shown.size(), 1u);
    EXPECT_EQ(shown.front().item, c.id);
    ask(request::Undo{});
    EXPECT_TRUE(session.board().combinations.empty());
}

TEST_F(RunningWorkshop, TheTimerMovesThroughThePhasesWithoutUndoStepsAndTheWrapUpFollows) {
    ask(request::Timer{request::Timer::Op::Toggle});  // starts at the first phase
    EXPECT_EQ(session.board().programme.timer.phase, 100u);
    EXPECT_TRUE(session.board().programme.timer.running);
    EXPECT_TRUE(eventsOf(SessionEvent::Kind::WrapUpReached).empty());
    // A running timer wakes the loop when its display changes.
    ASSERT_TRUE(session.nextDeadline(now).has_value());
    EXPECT_LE(*session.nextDeadline(now), now + 1.0);

    ask(request::Timer{request::Timer::Op::NextPhase});
    EXPECT_EQ(session.board().programme.timer.phase, 101u);
    EXPECT_EQ(eventsOf(SessionEvent::Kind::WrapUpReached).size(), 1u);
    ask(request::Timer{request::Timer::Op::PreviousPhase});
    EXPECT_EQ(eventsOf(SessionEvent::Kind::WrapUpLeft).size(), 1u);
    ask(request::Timer{request::Timer::Op::AddSeconds, 300});
    EXPECT_EQ(session.board().programme.timer.extraSeconds, 300);
    EXPECT_FALSE(session.history().canUndo());  // the clock is not a step to take back
}

TEST_F(RunningWorkshop, CommandsFromAPanelAreStepsAndTimerCommandsAreNot) {
    std::vector<CommandPtr> timer;
    timer.push_back(programmeChange(session.board(), toggleTimer(session.board().programme, session.clock(now))));
    ask(request::Apply{std::move(timer), Record::No});
    EXPECT_TRUE(session.board().programme.timer.running);
    EXPECT_FALSE(session.history().canUndo());
    ask(request::NewBubble{"Wachtebeke", false});
    EXPECT_EQ(session.board().municipalities.size(), 3u);
    EXPECT_TRUE(session.history().canUndo());
}

TEST_F(RunningWorkshop, AKeyboardOpenedByRequestTypesIntoItsNoteAsOneStep) {
    const Note& strength = *findById(session.board().notes, 5);
    ask(request::OpenKeyboard{noteTextTarget(strength), {104, 300}});
    ASSERT_EQ(session.router().keyboards().sessions().size(), 1u);
    for (const char* text : {" ", "e", "n", " ", "c", "a", "f", "é"}) session.router().keyboards().typePhysical({PhysicalKey::Kind::Text, text});
    session.router().keyboards().closeAll();
    EXPECT_EQ(findById(session.board().notes, 5)->text, "Grote zaal en café");
    ask(request::Undo{});
    EXPECT_EQ(findById(session.board().notes, 5)->text, "Grote zaal");
}

TEST_F(RunningWorkshopWithFile, TwoPeopleTypeOnTwoKeyboardsAtOnceAndTheSavedBoardHoldsBothWords) {
    tap(1, {960, 700});   // a keyboard facing the bottom
    tap(2, {1200, 230});  // and one facing the top
    ASSERT_EQ(session.router().keyboards().sessions().size(), 2u);
    std::uint64_t finger = 10;
    const std::string a = "zaal", b = "tuin";
    for (size_t i = 0; i < a.size(); ++i) {
        key(finger++, 6, a.substr(i, 1));
        key(finger++, 7, b.substr(i, 1));
    }
    key(finger++, 7, "", KeyKind::Done);
    key(finger++, 6, "", KeyKind::Done);
    EXPECT_TRUE(session.router().keyboards().sessions().empty());
    EXPECT_EQ(text(6), "Zaal");
    EXPECT_EQ(text(7), "Tuin");
    ask(request::Save{false});
    const Board reopened = readBoardFile(path());
    EXPECT_EQ(findById(reopened.notes, 6)->text, "Zaal");
    EXPECT_EQ(findById(reopened.notes, 7)->text, "Tuin");
    // One step per keyboard: the one finished last goes first.
    ask(request::Undo{});
    EXPECT_EQ(text(6), "");
    EXPECT_EQ(text(7), "Tuin");
}

TEST_F(RunningWorkshop, ARecoveredBoardSaysSoOnceItIsOpen) {
    Session recovered(board(), SessionFile{"", std::nullopt, true}, 0);
    const auto events = recovered.takeEvents();
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events.front().kind, SessionEvent::Kind::Toast);
    EXPECT_EQ(events.front().key, "toast.recovered");
}

TEST_F(RunningWorkshopWithFile, SavingWritesTheBoardThatReopensAsItWas) {
    drag(1, {700, 420}, {1200, 600});
    ask(request::Save{});
    const auto toasts = eventsOf(SessionEvent::Kind::Toast);
    ASSERT_EQ(toasts.size(), 1u);
    EXPECT_EQ(toasts.front().key, "toast.saved");
    EXPECT_EQ(toasts.front().detail, path());
    EXPECT_FALSE(toasts.front().error);
    const Board reopened = readBoardFile(path());
    EXPECT_EQ(findById(reopened.actors, 3)->pos, (Vec2{1200, 600}));
    EXPECT_EQ(findById(reopened.actors, 3)->municipality, 2u);
}

TEST_F(RunningWorkshopWithFile, QuittingWritesWhatTheFileLacks) {
    drag(1, {700, 580}, {760, 600});
    EXPECT_TRUE(session.store().fileBehind(session.revision()));
    EXPECT_TRUE(session.finish(now));
    EXPECT_EQ(findById(readBoardFile(path()).actors, 4)->pos, (Vec2{760, 600}));
}

TEST_F(RunningWorkshop, ASaveThatCannotBeWrittenSaysSoAndTheBoardStays) {
    Session stuck(board(), SessionFile{"/proc/no-such-folder/workshop.json", std::nullopt, false}, 0);
    stuck.request(request::Save{}, now);
    const auto events = stuck.takeEvents();
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events.front().key, "toast.saveFailed");
    EXPECT_TRUE(events.front().error);
    EXPECT_EQ(stuck.board().actors.size(), 2u);
}

TEST_F(RunningWorkshop, LeavingABoardSavesWhatItsFileLacksAndRefusesWhenThatCannotBeWritten) {
    Session stuck(board(), SessionFile{"/proc/no-such-folder/workshop.json", std::nullopt, false}, 0);
    EXPECT_TRUE(stuck.saveBeforeLeaving(now));  // nothing changed: nothing to write
    EXPECT_TRUE(stuck.takeEvents().empty());
    stuck.request(request::NewBubble{"Zelzate", false}, now);
    EXPECT_FALSE(stuck.saveBeforeLeaving(now));
    const auto events = stuck.takeEvents();
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events.front().key, "toast.saveFailed");
    EXPECT_EQ(stuck.board().municipalities.size(), 3u);
}

TEST_F(RunningWorkshop, AnotherBoardReplacesTheOneOnTheTableAndEndsEveryDrag) {
    send(1, PointerPhase::Down, 700, 420);
    send(1, PointerPhase::Move, 800, 420);
    Board other = board();
    other.actors.pop_back();
    session.replaceBoard(std::move(other), SessionFile{}, now);
    EXPECT_EQ(session.board().actors.size(), 1u);
    EXPECT_FALSE(session.history().canUndo());
    send(1, PointerPhase::Move, 900, 420);
    send(1, PointerPhase::Up, 900, 420);
    EXPECT_EQ(actor(3).pos, (Vec2{700, 420}));
}
