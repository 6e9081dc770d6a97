// The placement rule of the bubble diagram: which municipality and which half
// an actor dropped at a position belongs to.
#include <gtest/gtest.h>

#include "board_builder.h"
#include "core/placement.h"

namespace nt {
namespace {

class PlacementTest : public ::testing::Test {
protected:
    PlacementTest() { gent = b.municipality("Gent", {500, 500}, 100); }
    test::BoardBuilder b;
    Id gent = kNoId;
};

TEST_F(PlacementTest, UpperHalfIsCulturalOfThatMunicipality) {
    EXPECT_EQ(placementAt(b.board(), {500, 450}), (Placement{gent, Sector::Cultural}));
    EXPECT_EQ(placementAt(b.board(), {430, 499.9}), (Placement{gent, Sector::Cultural}));
}

TEST_F(PlacementTest, LowerHalfIsNonCultural) {
    EXPECT_EQ(placementAt(b.board(), {500, 550}), (Placement{gent, Sector::NonCultural}));
    EXPECT_EQ(placementAt(b.board(), {570, 500.1}), (Placement{gent, Sector::NonCultural}));
}

TEST_F(PlacementTest, CentreLineCountsAsNonCultural) {
    EXPECT_EQ(placementAt(b.board(), {500, 500}), (Placement{gent, Sector::NonCultural}));
    EXPECT_EQ(placementAt(b.board(), {450, 500}), (Placement{gent, Sector::NonCultural}));
}

TEST_F(PlacementTest, OutsideEveryBubbleIsUnassigned) {
    EXPECT_EQ(placementAt(b.board(), {700, 500}), (Placement{kNoId, Sector::Unassigned}));
    // Inside the bounding square but outside the circle.
    EXPECT_EQ(placementAt(b.board(), {590, 410}), (Placement{kNoId, Sector::Unassigned}));
    EXPECT_EQ(bubbleAt(b.board(), {700, 500}), -1);
}

TEST(Placement, EmptyBoardIsUnassigned) {
    EXPECT_EQ(placementAt(Board{}, {500, 500}), Placement{});
    EXPECT_EQ(bubbleAt(Board{}, {500, 500}), -1);
}

TEST_F(PlacementTest, EdgeOfTheCircleIsInside) {
    EXPECT_EQ(placementAt(b.board(), {500, 400}), (Placement{gent, Sector::Cultural}));
    EXPECT_EQ(placementAt(b.board(), {500, 600}), (Placement{gent, Sector::NonCultural}));
    EXPECT_EQ(placementAt(b.board(), {400, 500}), (Placement{gent, Sector::NonCultural}));
    EXPECT_EQ(placementAt(b.board(), {500, 399.999}), Placement{});
}

TEST_F(PlacementTest, OverlappingBubblesTheLaterOneWins) {
    const Id merelbeke = b.municipality("Merelbeke", {560, 500}, 100);
    // (530, 480) lies in both bubbles; Merelbeke was added last, so is on top.
    EXPECT_EQ(placementAt(b.board(), {530, 480}), (Placement{merelbeke, Sector::Cultural}));
    EXPECT_EQ(bubbleAt(b.board(), {530, 480}), 1);
    // Only in Gent.
    EXPECT_EQ(placementAt(b.board(), {420, 480}).municipality, gent);

    std::swap(b.board().municipalities[0], b.board().municipalities[1]);
    EXPECT_EQ(placementAt(b.board(), {530, 480}), (Placement{gent, Sector::Cultural}));
}

TEST_F(PlacementTest, HalfIsDecidedByTheWinningBubblesCentre) {
    // A bubble lower down overlaps Gent's upper half: on top, its own centre
    // line decides, so the point is in that bubble's upper (cultural) half.
    const Id lower = b.municipality("Destelbergen", {500, 600}, 200);
    EXPECT_EQ(placementAt(b.board(), {500, 550}), (Placement{lower, Sector::Cultural}));
}

}  // namespace
}  // namespace nt
