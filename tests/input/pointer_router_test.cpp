// Pointer interaction: drags, taps, long presses, the tray and the bin,
// several pointers at once.
#include <gtest/gtest.h>

#include "test_board.h"

using namespace nt;
using nt::testing::TestBoard;
using nt::testing::smallBoard;

TEST(PointerRouter, DragActorIntoOtherBubbleHalfStoresNewPlacement) {
    TestBoard t(smallBoard());
    t.drag(1, 700, 420, 1200, 600);  // from Lochristi upper half to Wachtebeke lower half
    const Actor& a = t.actor(3);
    EXPECT_EQ(a.pos, (Vec2{1200, 600}));
    EXPECT_EQ(a.municipality, 2u);
    EXPECT_EQ(a.sector, Sector::NonCultural);
}

TEST(PointerRouter, DragKeepsTheGrabOffset) {
    TestBoard t(smallBoard());
    t.drag(1, 710, 425, 810, 325);  // grabbed 10,5 off-centre
    EXPECT_EQ(t.actor(3).pos, (Vec2{800, 320}));
}

TEST(PointerRouter, WholeDragIsOneUndoStep) {
    TestBoard t(smallBoard());
    t.drag(1, 700, 420, 1200, 420, 20);
    ASSERT_TRUE(t.undo());
    EXPECT_EQ(t.actor(3).pos, (Vec2{700, 420}));
    EXPECT_EQ(t.actor(3).municipality, 1u);
    EXPECT_EQ(t.actor(3).sector, Sector::Cultural);
    EXPECT_FALSE(t.undo());
}

TEST(PointerRouter, CancelledDragRestoresTheStart) {
    TestBoard t(smallBoard());
    t.pointerDown(1, 104, 150);
    t.pointerMove(1, 300, 300);
    t.pointerMove(1, 500, 500);
    EXPECT_EQ(t.note(5).pos, (Vec2{500, 500}));
    t.pointerCancel(1);
    EXPECT_EQ(t.note(5).pos, (Vec2{104, 150}));
    EXPECT_FALSE(t.history.canUndo());
}

TEST(PointerRouter, ADragWhoseTrackerFellSilentEndsWhereItWasLastSeen) {
    TestBoard t(smallBoard());
    t.pointerDown(1, 104, 150);
    t.pointerMove(1, 300, 300);
    t.pointerMove(1, 500, 500);
    t.pointerLost(1, 500, 500);
    EXPECT_EQ(t.note(5).pos, (Vec2{500, 500})) << "where the table last saw it";
    EXPECT_TRUE(t.router.held().empty());
    ASSERT_TRUE(t.undo()) << "one step, like any drop";
    EXPECT_EQ(t.note(5).pos, (Vec2{104, 150}));
    // A partner lands in the bubble half it was last seen over.
    t.pointerDown(2, 700, 580);
    t.pointerMove(2, 1150, 520);
    t.pointerMove(2, 1200, 440);
    t.pointerLost(2, 1200, 440);
    EXPECT_EQ(t.actor(4).municipality, 2u);
    EXPECT_EQ(t.actor(4).sector, Sector::Cultural);
}

TEST(PointerRouter, ALostTouchNeverThrowsAnItemAway) {
    TestBoard t(smallBoard());
    const Vec2 bin = tray::kBin.centre();
    t.pointerDown(1, 104, 150);
    t.pointerMove(1, 500, 500);
    t.pointerMove(1, bin.x, bin.y);
    t.pointerLost(1, bin.x, bin.y);
    ASSERT_NE(findById(t.board().notes, 5), nullptr);
    EXPECT_EQ(t.note(5).pos, (Vec2{104, 150})) << "a drag the tracker lost over the bin goes back";
    EXPECT_FALSE(t.history.canUndo());
}

TEST(PointerRouter, SmallMovementIsATapThatAsksToEditTheNote) {
    TestBoard t(smallBoard());
    t.pointerDown(1, 104, 150);
    t.pointerMove(1, 105, 151);
    t.pointerUp(1, 105, 151);
    EXPECT_EQ(t.note(5).pos, (Vec2{104, 150}));
    const auto requests = t.router.takeRequests();
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(requests[0].kind, RequestKind::EditNote);
    EXPECT_EQ(requests[0].item, 5u);
}

TEST(PointerRouter, LongPressOpensTheContextMenuAndDoesNotMove) {
    TestBoard t(smallBoard());
    t.pointerDown(1, 700, 580);
    EXPECT_TRUE(t.router.nextDeadline().has_value());
    t.wait(0.7);
    t.pointerMove(1, 900, 900);
    t.pointerUp(1, 900, 900);
    EXPECT_EQ(t.actor(4).pos, (Vec2{700, 580}));
    const auto requests = t.router.takeRequests();
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(requests[0].kind, RequestKind::ContextMenu);
    EXPECT_EQ(requests[0].item, 4u);
}

// A mouse on a projector that holds still before moving drags slowly (or
// was only held up by a busy machine); in table layout it stands in for a
// finger, and holding still opens the menu.
TEST(PointerRouter, AMouseHeldStillOnAProjectorStillDragsInTableLayoutItOpensTheMenu) {
    for (const RoomLayout layout : {RoomLayout::Projector, RoomLayout::Table}) {
        Board board = smallBoard();
        board.display.layout = layout;
        TestBoard t(board);
        const auto mouse = [&](PointerPhase phase, double x, double y, double dt) {
            t.now += dt;
            t.router.handle({1, PointerSource::Mouse, phase, {x, y}, t.now, false});
            t.router.update(t.now);
        };
        mouse(PointerPhase::Down, 700, 580, 0.016);
        mouse(PointerPhase::Move, 700, 580, 1.5);
        mouse(PointerPhase::Move, 900, 900, 0.016);
        mouse(PointerPhase::Up, 900, 900, 0.016);
        const auto requests = t.router.takeRequests();
        EXPECT_TRUE(requests.empty());
        if (layout == RoomLayout::Projector) {
            EXPECT_EQ(t.actor(4).pos, (Vec2{900, 900}));
            EXPECT_TRUE(t.router.menus().menus().empty());
        } else {
            EXPECT_EQ(t.actor(4).pos, (Vec2{700, 580}));
            ASSERT_EQ(t.router.menus().menus().size(), 1u);  // the table's menu, at the pointer
            EXPECT_EQ(t.router.menus().menus()[0].item, 4u);
        }
    }
}

TEST(PointerRouter, RightClickOpensTheContextMenuAtOnce) {
    TestBoard t(smallBoard());
    t.pointerDown(1, 104, 150, /*secondary=*/true);
    t.pointerUp(1, 104, 150);
    const auto requests = t.router.takeRequests();
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(requests[0].kind, RequestKind::ContextMenu);
}

TEST(PointerRouter, DragToTheBinDeletesAndUndoRestores) {
    TestBoard t(smallBoard());
    const Vec2 bin = tray::kBin.centre();
    t.drag(1, 700, 420, bin.x, bin.y);
    EXPECT_EQ(findById(t.board().actors, 3), nullptr);
    ASSERT_TRUE(t.undo());
    ASSERT_NE(findById(t.board().actors, 3), nullptr);
    EXPECT_EQ(t.actor(3).pos, (Vec2{700, 420}));
}

TEST(PointerRouter, DragFromTrayCreatesANoteWhereItIsDropped) {
    TestBoard t(smallBoard());
    const Vec2 chip = tray::noteChip(1).centre();  // weakness
    t.drag(1, chip.x, chip.y, 1700, 300);
    ASSERT_EQ(t.board().notes.size(), 2u);
    const Note& n = t.board().notes.back();
    EXPECT_EQ(n.kind, NoteKind::Weakness);
    EXPECT_EQ(n.pos, (Vec2{1700, 300}));
    ASSERT_TRUE(t.undo());
    EXPECT_EQ(t.board().notes.size(), 1u);
}

TEST(PointerRouter, DragFromTrayCreatesAnActorPlacedByItsDrop) {
    TestBoard t(smallBoard());
    t.router.setActorType("bibliotheek", "Bibliotheek");
    const Vec2 chip = tray::kActorChip.centre();
    t.drag(1, chip.x, chip.y, 1200, 400);
    ASSERT_EQ(t.board().actors.size(), 3u);
    const Actor& a = t.board().actors.back();
    EXPECT_EQ(a.type, "bibliotheek");
    EXPECT_EQ(a.name, "Bibliotheek");
    EXPECT_EQ(a.municipality, 2u);
    EXPECT_EQ(a.sector, Sector::Cultural);
}

TEST(PointerRouter, TrayItemPutStraightBackLeavesNoTrace) {
    TestBoard t(smallBoard());
    const Vec2 chip = tray::noteChip(0).centre();
    t.drag(1, chip.x, chip.y, chip.x + 60, chip.y);
    EXPECT_EQ(t.board().notes.size(), 1u);
    EXPECT_FALSE(t.history.canUndo());
}

TEST(PointerRouter, TappingTheTrayAddsAStrengthInTheLeftColumnAndOpensTheEditor) {
    TestBoard t(smallBoard());
    const Vec2 chip = tray::noteChip(0).centre();
    t.tap(1, chip.x, chip.y);
    ASSERT_EQ(t.board().notes.size(), 2u);
    const Note& n = t.board().notes.back();
    EXPECT_EQ(n.kind, NoteKind::Strength);
    EXPECT_TRUE(layout::kStrengthsColumn.contains(n.pos));
    EXPECT_NE(n.pos, t.note(5).pos);
    const auto requests = t.router.takeRequests();
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(requests[0].kind, RequestKind::EditNote);
    EXPECT_EQ(requests[0].item, n.id);
}

TEST(PointerRouter, DraggingABubbleTakesItsActorsAlong) {
    TestBoard t(smallBoard());
    t.drag(1, 600, 500, 650, 550);  // empty part of Lochristi
    EXPECT_EQ(t.board().municipalities[0].centre, (Vec2{750, 550}));
    EXPECT_EQ(t.actor(3).pos, (Vec2{750, 470}));
    EXPECT_EQ(t.actor(4).pos, (Vec2{750, 630}));
    ASSERT_TRUE(t.undo());
    EXPECT_EQ(t.actor(3).pos, (Vec2{700, 420}));
}

TEST(PointerRouter, TwoPointersDragTwoItemsAtOnceAsTwoSteps) {
    TestBoard t(smallBoard());
    t.pointerDown(1, 700, 420);
    t.pointerDown(2, 104, 150);
    for (int i = 1; i <= 5; ++i) {
        t.pointerMove(1, 700 + 100 * i, 420);
        t.pointerMove(2, 104 + 50 * i, 150 + 50 * i);
    }
    t.pointerUp(2, 354, 400);
    t.pointerUp(1, 1200, 420);
    EXPECT_EQ(t.actor(3).pos, (Vec2{1200, 420}));
    EXPECT_EQ(t.note(5).pos, (Vec2{354, 400}));
    ASSERT_TRUE(t.undo());
    EXPECT_EQ(t.actor(3).pos, (Vec2{700, 420}));
    EXPECT_EQ(t.note(5).pos, (Vec2{354, 400}));
    ASSERT_TRUE(t.undo());
    EXPECT_EQ(t.note(5).pos, (Vec2{104, 150}));
}

TEST(PointerRouter, ASecondPointerDoesNotStealAHeldItem) {
    TestBoard t(smallBoard());
    t.pointerDown(1, 700, 420);
    t.pointerMove(1, 750, 420);
    t.pointerDown(2, 750, 420);
    t.pointerMove(2, 750, 900);
    t.pointerUp(2, 750, 900);
    t.pointerMove(1, 800, 420);
    t.pointerUp(1, 800, 420);
    EXPECT_EQ(t.actor(3).pos, (Vec2{800, 420}));
}

TEST(PointerRouter, ItemsStayOnTheBoard) {
    TestBoard t(smallBoard());
    t.drag(1, 104, 150, -500, -500);
    EXPECT_GE(t.note(5).pos.x, 0);
    EXPECT_GE(t.note(5).pos.y, 0);
}

TEST(PointerRouter, EventsForUnknownPointersAreIgnored) {
    TestBoard t(smallBoard());
    t.pointerMove(9, 100, 100);
    t.pointerUp(9, 100, 100);
    t.pointerCancel(9);
    EXPECT_EQ(t.board(), smallBoard());
}

TEST(PointerRouter, DragThresholdIsPhysical) {
    TestBoard t(smallBoard());
    InteractionConfig c;
    c.boardUnitsPerMm = 10;  // a dense screen: 3 mm is 30 units
    t.router.setConfig(c);
    t.drag(1, 700, 420, 720, 420);
    EXPECT_EQ(t.actor(3).pos, (Vec2{700, 420}));
    t.drag(1, 700, 420, 740, 420);
    EXPECT_EQ(t.actor(3).pos, (Vec2{740, 420}));
}

namespace {

// Three notes piled exactly at (900, 600): 10 at the bottom, 12 on top.
Board boardWithANotePile() {
    Board b;
    for (Id id = 10; id <= 12; ++id) b.notes.push_back(Note{id, 1, "Telefoonnotitie", NoteKind::Idea, {900, 600}, 0});
    b.nextId = 13;
    return b;
}

// The "+2" on the pile's top note (core/note_piles.h): near the note's top right corner.
Vec2 pileCountAt() { return {900 + layout::kNoteWidth / 2 - 30, 600 - layout::kNoteHeight / 2 + 2}; }

}  // namespace

TEST(PointerRouter, ATapOnAPilesCountShowsTheNextNote) {
    TestBoard t(boardWithANotePile());
    const Vec2 count = pileCountAt();
    t.tap(1, count.x, count.y);
    EXPECT_EQ(t.board().notes.back().id, 11u);  // 12 went to the bottom
    EXPECT_EQ(t.board().notes.front().id, 12u);
    EXPECT_TRUE(t.router.takeRequests().empty());  // no editor
    ASSERT_TRUE(t.history.undo());
    EXPECT_EQ(t.board().notes.back().id, 12u);
}

TEST(PointerRouter, TheRestOfAPilesTopNoteStillEditsAndDrags) {
    TestBoard t(boardWithANotePile());
    t.tap(1, 880, 620);
    const auto requests = t.router.takeRequests();
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(requests[0].kind, RequestKind::EditNote);
    EXPECT_EQ(requests[0].item, 12u);
    const Vec2 count = pileCountAt();
    t.drag(2, count.x, count.y, 600, 400);  // a drag from the count carries the top note off
    EXPECT_EQ(t.note(12).pos, (Vec2{600 - (count.x - 900), 400 - (count.y - 600)}));
    EXPECT_EQ(t.note(11).pos, (Vec2{900, 600}));
}

TEST(PointerRouter, ALoneNoteHasNoCountToTap) {
    Board b = boardWithANotePile();
    b.notes.resize(1);
    TestBoard t(b);
    const Vec2 count = pileCountAt();
    t.tap(1, count.x, count.y);
    const auto requests = t.router.takeRequests();
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(requests[0].kind, RequestKind::EditNote);
}
