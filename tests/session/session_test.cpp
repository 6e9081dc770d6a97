// Whole scenarios of a running workshop without a display: fingers on the
// board, the facilitator's requests (undo, save, the timer, a new
// combination, a keyboard), and what the session says back.
#include <gtest/gtest.h>

#include <filesystem>
#include <unistd.h>

#include "core/board_file.h"
#include "core/programme.h"
#include "keyboard_keys.h"
#include "session/session.h"
#include "test_board.h"

using namespace nt;
using nt::testing::keyPos;
using nt::testing::smallBoard;

namespace {

// A session on the small board (two bubbles, a library in Lochristi's upper
// half, a care home in its lower half, one strength), with a clock that
// moves 16 ms per pointer event.
class RunningWorkshop : public ::testing::Test {
protected:
    explicit RunningWorkshop(SessionFile file = {}) : session(board(), std::move(file), 1'800'000'000.0) {}

    // Table layout, two empty notes (one near the bottom edge, one near the
    // top) and a programme of two phases.
    static Board board() {
        Board b = smallBoard();
        b.display.layout = RoomLayout::Table;
        b.notes.push_back(Note{6, 1, "", NoteKind::Idea, {960, 700}, 0});
        b.notes.push_back(Note{7, 1, "", NoteKind::Idea, {1200, 230}, 0});
        b.programme.phases = {Phase{100, PhaseKind::Partners, "", "", 600}, Phase{101, PhaseKind::WrapUp, "", "", 600}};
        b.nextId = 102;
        return b;
    }

    void send(std::uint64_t id, PointerPhase phase, double x, double y) {
        now += 0.016;
        session.handle({id, PointerSource::Synthetic, phase, {x, y}, now, false});
        frame();
    }
    void drag(std::uint64_t id, Vec2 from, Vec2 to) {
        send(id, PointerPhase::Down, from.x, from.y);
        for (int i = 1; i <= 5; ++i)
            send(id, PointerPhase::Move, from.x + (to.x - from.x) * i / 5, from.y + (to.y - from.y) * i / 5);
        send(id, PointerPhase::Up, to.x, to.y);
    }
    void ask(Request r) {
        session.request(std::move(r), now);
        frame();
    }
    // What the app does each frame around its input and its drawing.
    void frame() {
        session.update(now);
        session.followProgramme();
        session.keepSaved(now);
    }
    std::vector<SessionEvent> eventsOf(SessionEvent::Kind kind) {
        std::vector<SessionEvent> out;
        for (SessionEvent& e : session.takeEvents())
            if (e.kind == kind) out.push_back(std::move(e));
        return out;
    }
    void tap(std::uint64_t id, Vec2 at) {
        send(id, PointerPhase::Down, at.x, at.y);
        send(id, PointerPhase::Up, at.x, at.y);
    }
    // A finger on a key of the keyboard open on `note`.
    void key(std::uint64_t finger, Id note, const std::string& text, KeyKind kind = KeyKind::Char) {
        tap(finger, keyPos(*session.router().keyboards().sessionFor(note), kind, text));
    }
    const Actor& actor(Id id) const { return *findById(session.board().actors, id); }
    const std::string& text(Id note) const { return findById(session.board().notes, note)->text; }

    // Removes a test's folder once the session (and its saver thread, which
    // may still be writing the journal) is gone: members go in reverse order.
    struct FolderCleanup {
        std::string path;
        ~FolderCleanup() {
            std::error_code ignored;
            if (!path.empty()) std::filesystem::remove_all(path, ignored);
        }
    } cleanup;
    Session session;
    double now = 100.0;
};

class RunningWorkshopWithFile : public RunningWorkshop {
protected:
    RunningWorkshopWithFile() : RunningWorkshop(SessionFile{path(), std::nullopt, false}) { cleanup.path = folder(); }

    static std::string folder() {
        return (std::filesystem::temp_directory_path() / ("nt-session-test-" + std::to_string(getpid()))).string();
    }
    static std::string path() {
        std::filesystem::create_directories(folder());
        return folder() + "/workshop.json";
    }
};

}  // namespace

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
