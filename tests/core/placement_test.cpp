// The placement rule of the bubble diagram: which municipality and which half
// an actor dropped at a position belongs to.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "board_builder.h"
#include "core/layout.h"
#include "core/note_slots.h"
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

namespace nt {
namespace {

void addStrength(Board& b, Vec2 at) {
    b.notes.push_back(Note{static_cast<Id>(b.notes.size() + 1), 1, "s", NoteKind::Strength, at, 0});
}

bool overlapsANote(const Board& b, Vec2 p) {
    return std::any_of(b.notes.begin(), b.notes.end(), [&](const Note& n) {
        return std::abs(n.pos.x - p.x) < layout::kNoteWidth / 2 && std::abs(n.pos.y - p.y) < layout::kNoteHeight / 2;
    });
}

// A board whose strengths column is full (`*slots` notes), then `extra`
// more strengths placed by the rule.
Board strengthsColumnPlus(int extra, int* slots) {
    Board b;
    for (Vec2 p = freeNoteSlot(b, NoteKind::Strength); !overlapsANote(b, p); p = freeNoteSlot(b, NoteKind::Strength))
        addStrength(b, p);
    *slots = static_cast<int>(b.notes.size());
    for (int i = 0; i < extra; ++i) addStrength(b, freeNoteSlot(b, NoteKind::Strength));
    return b;
}

TEST(NoteSlots, StrengthsFillTheirColumnTwoARow) {
    Board b;
    const Vec2 first = freeNoteSlot(b, NoteKind::Strength);
    b.notes.push_back(Note{1, 1, "a", NoteKind::Strength, first, 0});
    const Vec2 second = freeNoteSlot(b, NoteKind::Strength);
    EXPECT_EQ(first.y, second.y);
    EXPECT_GT(second.x, first.x);
    EXPECT_TRUE(layout::kStrengthsColumn.contains(first));
    EXPECT_TRUE(layout::kStrengthsColumn.contains(second));
}

// Hundreds of phone notes on a full column: a short fan, then one exact
// pile, all of it in the column (it used to land 234 units up and left,
// half over the diagram).
TEST(NoteSlots, AFullColumnsOverflowFansShortlyThenPilesInTheColumn) {
    int slots = 0;
    const Board b = strengthsColumnPlus(300, &slots);
    ASSERT_GE(slots, 10);
    std::vector<Vec2> overflow;
    for (size_t i = static_cast<size_t>(slots); i < b.notes.size(); ++i) overflow.push_back(b.notes[i].pos);
    const layout::Rect column = layout::kStrengthsColumn;
    for (const Vec2& p : overflow) {
        EXPECT_GE(p.x - layout::kNoteWidth / 2, column.x0);
        EXPECT_LE(p.x + layout::kNoteWidth / 2, column.x1);
        EXPECT_LE(p.y + layout::kNoteHeight / 2, column.y1);
    }
    // The first kOverflowFan notes each take a spot of their own; the rest pile on the last of them.
    for (int i = 0; i + 1 < kOverflowFan; ++i) EXPECT_FALSE(overflow[i] == overflow[i + 1]) << i;
    for (size_t i = kOverflowFan - 1; i < overflow.size(); ++i) EXPECT_TRUE(overflow[i] == overflow.back()) << i;
}

}  // namespace
}  // namespace nt
