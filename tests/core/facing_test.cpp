// The "which side faces the person" rule.
#include <gtest/gtest.h>

#include <cmath>

#include "core/facing.h"

namespace nt {
namespace {

TEST(Facing, TableLayoutTurnsToTheNearestEdge) {
    EXPECT_EQ(facingSide(RoomLayout::Table, {960, 1000}), Side::Bottom);
    EXPECT_EQ(facingSide(RoomLayout::Table, {960, 60}), Side::Top);
    EXPECT_EQ(facingSide(RoomLayout::Table, {40, 540}), Side::Left);
    EXPECT_EQ(facingSide(RoomLayout::Table, {1880, 540}), Side::Right);
    EXPECT_EQ(facingSide(RoomLayout::Table, {300, 900}), Side::Bottom);   // 180 from the bottom, 300 from the left
    EXPECT_EQ(facingSide(RoomLayout::Table, {300, 700}), Side::Left);     // 380 from the bottom
    EXPECT_EQ(facingSide(RoomLayout::Table, {960, 540}), Side::Bottom);   // the middle: a tie goes to the bottom
    EXPECT_EQ(facingSide(RoomLayout::Table, {-50, 540}), Side::Left);     // just off the board still counts
}

TEST(Facing, ProjectorLayoutIsAlwaysUpright) {
    for (Vec2 p : {Vec2{960, 60}, Vec2{40, 540}, Vec2{1880, 540}, Vec2{960, 1000}})
        EXPECT_EQ(facingSide(RoomLayout::Projector, p), Side::Bottom);
}

TEST(Facing, TurnsContentSoThatItsBottomIsTowardsThePerson) {
    EXPECT_EQ(facingDegrees(Side::Bottom), 0);
    EXPECT_EQ(facingDegrees(Side::Left), 90);
    EXPECT_EQ(facingDegrees(Side::Top), 180);
    EXPECT_EQ(facingDegrees(Side::Right), 270);
    // "Towards me" in the person's frame points at their own edge of the board.
    EXPECT_EQ(fromFacing(Side::Bottom, {0, 1}), (Vec2{0, 1}));
    EXPECT_EQ(fromFacing(Side::Top, {0, 1}), (Vec2{0, -1}));
    EXPECT_EQ(fromFacing(Side::Left, {0, 1}), (Vec2{-1, 0}));
    EXPECT_EQ(fromFacing(Side::Right, {0, 1}), (Vec2{1, 0}));
    for (Side s : {Side::Bottom, Side::Top, Side::Left, Side::Right}) {
        EXPECT_EQ(toFacing(s, fromFacing(s, {3, -7})), (Vec2{3, -7})) << sideName(s);
        // The same turn as a clockwise rotation by facingDegrees.
        const double a = facingDegrees(s) * 3.14159265358979323846 / 180;
        const Vec2 v = fromFacing(s, {2, 5});
        EXPECT_NEAR(v.x, 2 * std::cos(a) - 5 * std::sin(a), 1e-9);
        EXPECT_NEAR(v.y, 2 * std::sin(a) + 5 * std::cos(a), 1e-9);
    }
}

}  // namespace
}  // namespace nt
