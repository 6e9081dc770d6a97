// Two fingers on one item, with synthetic pointers: the second finger of the
// same hand turns a note or a token and scales a bubble, as one undo step
// with the moves around it; lifting one finger hands the item to the other
// without a jump; a finger of someone else does nothing to a held item; a
// lost finger puts everything back.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "core/bubble_placement.h"
#include "input/two_finger.h"
#include "test_board.h"

namespace nt::testing {
namespace {

constexpr Id kNote = 6;     // a lone note in free space
constexpr Id kLibrary = 3;  // in the upper half of Lochristi (700,500 r200)
constexpr Id kCare = 4;     // in its lower half

Board twoFingerBoard() {
    Board b = smallBoard();
    b.notes.push_back(Note{kNote, 1, "Samen met de school", NoteKind::Idea, {900, 800}, 0});
    b.nextId = 7;
    return b;
}

class TwoFingers : public ::testing::Test {
protected:
    TestBoard t{twoFingerBoard()};

    // Moves finger `id` along a circle around `pivot` from angle a0 to a1
    // (degrees, clockwise on the y-down board), in small steps.
    void circle(std::uint64_t id, Vec2 pivot, double radius, double a0, double a1, int steps = 12) {
        for (int i = 1; i <= steps; ++i) {
            const double a = (a0 + (a1 - a0) * i / steps) * std::numbers::pi / 180;
            t.pointerMove(id, pivot.x + radius * std::cos(a), pivot.y + radius * std::sin(a));
        }
    }
    const Municipality& bubble(Id id) const { return *findById(t.board().municipalities, id); }
};

// Items count their versions up on every change, undo and cancel too: what
// must come back is everything else.
Board unversioned(Board b) {
    for (Note& n : b.notes) n.version = 1;
    for (Actor& a : b.actors) a.version = 1;
    for (Municipality& m : b.municipalities) m.version = 1;
    return b;
}

void expectNear(Vec2 a, Vec2 b, double within = 0.11) {
    EXPECT_NEAR(a.x, b.x, within);
    EXPECT_NEAR(a.y, b.y, within);
}

// [SECTION] Turning

TEST_F(TwoFingers, TurnANoteAQuarterToFaceTheLeftSeatInOneUndoStep) {
    t.pointerDown(1, 880, 800);                  // the first finger, 20 left of the centre
    t.pointerDown(2, 940, 800);                  // the thumb beside it
    circle(2, {880, 800}, 60, 0, 90);            // swings a quarter turn clockwise
    t.pointerUp(2, 880, 860);
    t.pointerUp(1, 880, 800);
    EXPECT_EQ(t.note(kNote).rotation, 90);
    // The point under the first finger stayed under it: the centre went around it.
    expectNear(t.note(kNote).pos, {880, 820});
    EXPECT_TRUE(t.router.takeRequests().empty());  // no tap, no editor
    ASSERT_TRUE(t.undo());
    EXPECT_EQ(t.note(kNote).rotation, 0);
    EXPECT_EQ(t.note(kNote).pos, (Vec2{900, 800}));
    EXPECT_FALSE(t.undo());
}

TEST_F(TwoFingers, TurnATokenHalfwayAroundFromBesideItForThePersonOpposite) {
    t.pointerDown(1, 700, 420);                  // on the library's token
    t.pointerDown(2, 750, 420);                  // beside it, on the bubble: still the token
    circle(2, {700, 420}, 50, 0, 180, 18);
    t.pointerUp(2, 650, 420);
    t.pointerUp(1, 700, 420);
    const Actor& a = t.actor(kLibrary);
    EXPECT_EQ(a.rotation, 180);
    expectNear(a.pos, {700, 420});
    EXPECT_EQ(a.municipality, 1u);               // it keeps its place in the diagram
    EXPECT_EQ(a.sector, Sector::Cultural);
    EXPECT_EQ(bubble(1).centre, (Vec2{700, 500}));  // the bubble under the thumb did not move
    ASSERT_TRUE(t.undo());
    EXPECT_EQ(t.actor(kLibrary).rotation, 0);
    EXPECT_FALSE(t.undo());
}

TEST_F(TwoFingers, ATurnNearASideSnapsToItAndElsewhereStaysWhereTheFingersPutIt) {
    t.pointerDown(1, 900, 800);
    t.pointerDown(2, 960, 800);
    circle(2, {900, 800}, 60, 0, 86);            // 4° short of a quarter turn
    EXPECT_EQ(t.note(kNote).rotation, 90);
    circle(2, {900, 800}, 60, 86, 70);
    EXPECT_EQ(t.note(kNote).rotation, 70);
    circle(2, {900, 800}, 60, 70, -3);           // a little anticlockwise of straight
    EXPECT_EQ(t.note(kNote).rotation, 0);
    circle(2, {900, 800}, 60, -3, -30);
    EXPECT_EQ(t.note(kNote).rotation, 330);
    t.pointerUp(2, 960, 800);
    t.pointerUp(1, 900, 800);
}

TEST_F(TwoFingers, TurnAndMoveTogetherAreOneStep) {
    t.pointerDown(1, 900, 800);
    for (int i = 1; i <= 5; ++i) t.pointerMove(1, 900 - 40 * i, 800);  // carried to 700,800 first
    t.wait(0.3);                                                        // comes to rest
    t.pointerDown(2, 760, 800);
    circle(2, {700, 800}, 60, 0, 90);
    for (int i = 1; i <= 5; ++i) {                                      // both carry it on
        t.pointerMove(1, 700, 800 - 20 * i);
        t.pointerMove(2, 700, 860 - 20 * i);
    }
    t.pointerUp(2, 700, 760);
    t.pointerUp(1, 700, 700);
    EXPECT_EQ(t.note(kNote).rotation, 90);
    expectNear(t.note(kNote).pos, {700, 700});
    ASSERT_TRUE(t.undo());
    EXPECT_EQ(t.note(kNote).pos, (Vec2{900, 800}));
    EXPECT_EQ(t.note(kNote).rotation, 0);
    EXPECT_FALSE(t.undo());
}

// [SECTION] Scaling a bubble

TEST_F(TwoFingers, SpreadAndPinchScaleABubbleWithinTheModelsLimitsAndItsPartnersKeepTheirPlace) {
    t.pointerDown(1, 600, 500);                  // on Lochristi, left of its centre
    t.pointerDown(2, 700, 500);                  // and on its centre, between its partners
    for (int i = 1; i <= 10; ++i) t.pointerMove(2, 700 + 10 * i, 500);  // 100 apart → 200 apart: twice the size
    EXPECT_EQ(bubble(1).radius, 400);
    EXPECT_EQ(bubble(1).centre, (Vec2{700, 500}));
    // The partners scale with it, each in its own half.
    expectNear(t.actor(kLibrary).pos, {700, 340});
    expectNear(t.actor(kCare).pos, {700, 660});
    for (int i = 1; i <= 10; ++i) t.pointerMove(2, 800 - 19.5 * i, 500);  // pinched to 5 apart
    EXPECT_EQ(bubble(1).radius, kMinRadius);
    EXPECT_LT(t.actor(kLibrary).pos.y, 500);     // still upper half
    EXPECT_GT(t.actor(kCare).pos.y, 500);
    for (int i = 1; i <= 10; ++i) t.pointerMove(2, 605 + 129.5 * i, 500 + 50 * i);  // as wide as the board allows
    EXPECT_EQ(bubble(1).radius, kMaxRadius);
    t.pointerMove(2, 675, 500);                  // back to 75 apart
    t.pointerUp(2, 675, 500);
    t.pointerUp(1, 600, 500);
    EXPECT_EQ(bubble(1).radius, 150);
    EXPECT_EQ(t.actor(kLibrary).municipality, 1u);
    EXPECT_EQ(t.actor(kLibrary).sector, Sector::Cultural);
    EXPECT_EQ(t.actor(kCare).sector, Sector::NonCultural);
    ASSERT_TRUE(t.undo());
    EXPECT_EQ(unversioned(t.board()), twoFingerBoard());
    EXPECT_FALSE(t.undo());
}

TEST_F(TwoFingers, AScaleFollowsThePathOfTheRimHandle) {
    // The same radius by the handle and by two fingers gives the same board.
    TestBoard handle{twoFingerBoard()};
    const Vec2 h = bubbleHandle(*findById(handle.board().municipalities, 1));
    handle.drag(1, h.x, h.y, h.x + 70.7107, h.y + 70.7107, 10);  // the rim 100 further out
    t.pointerDown(1, 600, 500);
    t.pointerDown(2, 800, 500);
    for (int i = 1; i <= 10; ++i) t.pointerMove(2, 800 + 10 * i, 500);  // 200 → 300: radius 300
    t.pointerUp(2, 900, 500);
    t.pointerUp(1, 600, 500);
    EXPECT_EQ(bubble(1).radius, findById(handle.board().municipalities, 1)->radius);
    expectNear(t.actor(kLibrary).pos, handle.actor(kLibrary).pos);
    expectNear(t.actor(kCare).pos, handle.actor(kCare).pos);
}

// [SECTION] Handing back

TEST_F(TwoFingers, LiftingTheFirstFingerHandsTheNoteToTheSecondWithoutAJump) {
    t.pointerDown(1, 880, 800);
    t.pointerDown(2, 940, 800);
    circle(2, {880, 800}, 60, 0, 90);
    t.pointerUp(1, 880, 800);
    const Vec2 before = t.note(kNote).pos;
    t.pointerMove(2, 881, 861);                  // the smallest move: the note follows it, no jump
    expectNear(t.note(kNote).pos, {before.x + 1, before.y + 1});
    for (int i = 1; i <= 5; ++i) t.pointerMove(2, 881 + 20 * i, 861 + 10 * i);
    t.pointerUp(2, 981, 911);
    expectNear(t.note(kNote).pos, {before.x + 101, before.y + 51});
    EXPECT_EQ(t.note(kNote).rotation, 90);
    ASSERT_TRUE(t.undo());                       // the turn and the carry: one step
    EXPECT_EQ(t.note(kNote).pos, (Vec2{900, 800}));
    EXPECT_EQ(t.note(kNote).rotation, 0);
    EXPECT_FALSE(t.undo());
}

TEST_F(TwoFingers, LiftingTheSecondFingerLeavesTheTokenWithTheFirst) {
    t.pointerDown(1, 705, 425);
    t.pointerDown(2, 745, 425);
    circle(2, {705, 425}, 40, 0, 90);
    t.pointerUp(2, 705, 465);
    const Vec2 before = t.actor(kLibrary).pos;
    t.pointerMove(1, 706, 425);
    expectNear(t.actor(kLibrary).pos, {before.x + 1, before.y});
    t.pointerUp(1, 1206, 625);                   // carried on into Wachtebeke's lower half
    EXPECT_EQ(t.actor(kLibrary).rotation, 90);
    EXPECT_EQ(t.actor(kLibrary).municipality, 2u);
    EXPECT_EQ(t.actor(kLibrary).sector, Sector::NonCultural);
    ASSERT_TRUE(t.undo());
    EXPECT_EQ(t.actor(kLibrary).municipality, 1u);
    EXPECT_FALSE(t.undo());
}

// [SECTION] Nobody steals

TEST_F(TwoFingers, AFingerBeyondAHandSpanDoesNothingToAHeldBubble) {
    InteractionConfig big;
    big.boardUnitsPerMm = 1.4;                   // a 65" table: a hand span is 252 units
    t.router.setConfig(big);
    t.pointerDown(1, 520, 500);                  // one person at Lochristi's left rim
    t.pointerDown(2, 880, 500);                  // someone else at its right rim, 257 mm away
    for (int i = 1; i <= 5; ++i) t.pointerMove(2, 880 + 40 * i, 500 + 20 * i);
    EXPECT_EQ(bubble(1).radius, 200);
    EXPECT_EQ(bubble(1).centre, (Vec2{700, 500}));
    for (int i = 1; i <= 5; ++i) t.pointerMove(1, 520 + 10 * i, 500);  // the holder carries on alone
    t.pointerUp(2, 1080, 600);
    t.pointerUp(1, 570, 500);
    EXPECT_EQ(bubble(1).radius, 200);
    EXPECT_EQ(bubble(1).centre, (Vec2{750, 500}));
    ASSERT_TRUE(t.undo());
    EXPECT_FALSE(t.undo());
}

TEST_F(TwoFingers, AFingerLandingOnANoteBeingCarriedDoesNotJoinOrSteal) {
    t.pointerDown(1, 900, 800);
    for (int i = 1; i <= 5; ++i) t.pointerMove(1, 900 + 20 * i, 800);  // carried right, now at 1000
    t.pointerDown(2, 1040, 800);                 // someone reaches for it while it moves
    for (int i = 1; i <= 5; ++i) {
        t.pointerMove(2, 1040, 800 + 60 * i);    // and pulls towards themselves
        t.pointerMove(1, 1000 + 10 * i, 800);
    }
    EXPECT_EQ(t.note(kNote).pos, (Vec2{1050, 800}));
    EXPECT_EQ(t.note(kNote).rotation, 0);
    t.pointerUp(2, 1040, 1100);
    t.pointerUp(1, 1050, 800);
    EXPECT_EQ(t.note(kNote).pos, (Vec2{1050, 800}));
}

TEST_F(TwoFingers, AJoinedFingerTurnsButCannotPullTheItemFromUnderTheFirst) {
    t.pointerDown(1, 900, 800);
    t.pointerDown(2, 960, 800);
    for (int i = 1; i <= 10; ++i) t.pointerMove(2, 960 + 80 * i, 800);  // pulled straight away
    EXPECT_EQ(t.note(kNote).pos, (Vec2{900, 800}));
    EXPECT_EQ(t.note(kNote).rotation, 0);
    t.pointerUp(2, 1760, 800);
    t.pointerUp(1, 900, 800);
}

TEST_F(TwoFingers, AThirdFingerDoesNothing) {
    t.pointerDown(1, 900, 800);
    t.pointerDown(2, 960, 800);
    t.pointerDown(3, 850, 780);
    for (int i = 1; i <= 5; ++i) t.pointerMove(3, 850, 780 + 40 * i);
    EXPECT_EQ(t.note(kNote).pos, (Vec2{900, 800}));
    EXPECT_EQ(t.note(kNote).rotation, 0);
    t.pointerUp(3, 850, 980);
    t.pointerUp(2, 960, 800);
    t.pointerUp(1, 900, 800);
    EXPECT_FALSE(t.history.canUndo());
}

TEST_F(TwoFingers, ASecondFingerAfterALongPressDoesNothing) {
    t.pointerDown(1, 900, 800);
    t.wait(0.7);                                 // the menu opened
    t.router.takeRequests();
    t.pointerDown(2, 960, 800);
    circle(2, {900, 800}, 60, 0, 90);
    EXPECT_EQ(t.note(kNote).rotation, 0);
}

// [SECTION] Cancel

TEST_F(TwoFingers, ALostSecondFingerPutsTheTurnAndTheMoveBack) {
    t.pointerDown(1, 900, 800);
    t.pointerDown(2, 960, 800);
    circle(2, {900, 800}, 60, 0, 60);
    t.pointerMove(1, 950, 820);
    ASSERT_NE(t.note(kNote).rotation, 0);
    t.pointerCancel(2);
    EXPECT_EQ(unversioned(t.board()), twoFingerBoard());
    t.pointerMove(1, 1100, 900);                 // the finger left behind does nothing more
    t.pointerUp(1, 1100, 900);
    EXPECT_EQ(unversioned(t.board()), twoFingerBoard());
    EXPECT_FALSE(t.history.canUndo());
}

TEST_F(TwoFingers, ALostFirstFingerPutsABubbleBack) {
    t.pointerDown(1, 600, 500);
    t.pointerDown(2, 800, 500);
    for (int i = 1; i <= 5; ++i) t.pointerMove(2, 800 + 30 * i, 500);
    ASSERT_EQ(bubble(1).radius, 350);
    t.pointerCancel(1);
    EXPECT_EQ(unversioned(t.board()), twoFingerBoard());
    t.pointerMove(2, 1000, 600);
    t.pointerUp(2, 1000, 600);
    EXPECT_EQ(unversioned(t.board()), twoFingerBoard());
    EXPECT_FALSE(t.history.canUndo());
}

TEST_F(TwoFingers, CancelAllPutsAGripBack) {
    t.pointerDown(1, 900, 800);
    t.pointerDown(2, 960, 800);
    circle(2, {900, 800}, 60, 0, 45);
    t.router.cancelAll();
    EXPECT_EQ(unversioned(t.board()), twoFingerBoard());
    t.pointerMove(2, 900, 900);
    t.pointerUp(2, 900, 900);
    EXPECT_EQ(unversioned(t.board()), twoFingerBoard());
}

// [SECTION] The rule and the geometry on their own

TEST(TwoFingerRule, ARestingFingerIsOneThatMovedLessThanFourMillimetresLately) {
    FingerRest r;
    r.land({0, 0}, 10);
    EXPECT_TRUE(r.resting(10.01));               // just landed: it carried nothing yet
    r.moved({3.7, 0}, 10.1, 1.0);                // 3.7 mm: still at rest
    EXPECT_TRUE(r.resting(10.1));
    r.moved({20, 0}, 10.2, 1.0);                 // on the move
    EXPECT_FALSE(r.resting(10.3));
    EXPECT_TRUE(r.resting(10.21 + two_finger::kRestSeconds));
}

TEST(TwoFingerRule, HandSpanAndTokenReachAreMillimetres) {
    EXPECT_TRUE(withinHandSpan({0, 0}, {179, 0}, 1.0));
    EXPECT_FALSE(withinHandSpan({0, 0}, {181, 0}, 1.0));
    EXPECT_TRUE(withinHandSpan({0, 0}, {359, 0}, 2.0));
    Actor a;
    a.pos = {100, 100};
    EXPECT_TRUE(nearToken(a, {100, 175}, 3.78));  // 75 units is 19.8 mm
    EXPECT_FALSE(nearToken(a, {100, 177}, 3.78));
    EXPECT_TRUE(nearToken(a, {100, 124}, 0.5));   // never less than the token itself
}

TEST(TwoFingerRule, SnapToTheSides) {
    EXPECT_EQ(snapToSides(86, 6), 90);
    EXPECT_EQ(snapToSides(83.9, 6), 83.9);
    EXPECT_EQ(snapToSides(-4, 6), 0);
    EXPECT_EQ(snapToSides(-90, 6), 270);
    EXPECT_EQ(snapToSides(357, 6), 0);
    EXPECT_EQ(snapToSides(725.04, 3), 5.0);
    EXPECT_EQ(snapToSides(184.96, 6), 180);
}

TEST(TwoFingerRule, FingersOnOneSpotChangeNothing) {
    TwoFingerGrip g;
    g.holderStart = g.joinerStart = {10, 10};
    g.itemStart = {30, 10};
    g.rotationStart = 12;
    const GripPose turn = gripPose(g, {10, 10}, {50, 90});
    EXPECT_EQ(turn.rotation, 12);
    g.kind = GripKind::Scale;
    g.radiusStart = 100;
    EXPECT_EQ(gripPose(g, {10, 10}, {300, 10}).radius, 100);
}

}  // namespace
}  // namespace nt::testing
