// Synthetic pointers on the partner tools: a type dragged out of the
// inspiration tray onto a bubble half, a tap that chooses the type, and a
// bubble resized by the handle on its rim.
#include <gtest/gtest.h>

#include <cmath>

#include "core/bubble_placement.h"
#include "test_board.h"

using namespace nt;
using nt::testing::TestBoard;
using nt::testing::smallBoard;

namespace {
// Two entries of the open tray, as the view publishes them.
std::vector<TypeSource> traySources() {
    return {{{28, 200, 340, 238}, "bibliotheek", "Bibliotheek"}, {{364, 200, 688, 238}, "woonzorgcentrum", "Woonzorgcentrum"}};
}
}  // namespace

TEST(PartnerRouter, DraggingATypeOntoTheLowerHalfMakesANonCulturalActorThereAndAsksForItsName) {
    TestBoard t(smallBoard());
    t.router.setTypeSources(traySources());
    const size_t before = t.board().actors.size();
    t.drag(1, 500, 219, 1230, 600, 8);  // Wachtebeke's lower half
    ASSERT_EQ(t.board().actors.size(), before + 1);
    const Actor& a = t.board().actors.back();
    EXPECT_EQ(a.type, "woonzorgcentrum");
    EXPECT_EQ(a.name, "Woonzorgcentrum");
    EXPECT_EQ(a.municipality, 2u);
    EXPECT_EQ(a.sector, Sector::NonCultural);
    EXPECT_EQ(a.pos, (Vec2{1230, 600}));
    const auto requests = t.router.takeRequests();
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(requests[0].kind, RequestKind::RenameActor);
    EXPECT_EQ(requests[0].item, a.id);
    ASSERT_TRUE(t.undo());  // one step
    EXPECT_EQ(t.board().actors.size(), before);
}

TEST(PartnerRouter, UpperHalfIsCulturalAndTwoFingersDragTwoTypesAtOnce) {
    TestBoard t(smallBoard());
    t.router.setTypeSources(traySources());
    t.pointerDown(1, 100, 219);
    t.pointerDown(2, 400, 219);
    for (int i = 1; i <= 6; ++i) {
        t.pointerMove(1, 100 + 100.0 * i, 219 + 30.0 * i);  // to (700, 399): Lochristi, upper half
        t.pointerMove(2, 400 + 133.0 * i, 219 + 60.0 * i);  // to (1198, 579): Wachtebeke, lower half
    }
    t.pointerUp(1, 700, 399);
    t.pointerUp(2, 1198, 579);
    const auto& actors = t.board().actors;
    ASSERT_EQ(actors.size(), 4u);
    EXPECT_EQ(actors[2].type, "bibliotheek");
    EXPECT_EQ(actors[2].municipality, 1u);
    EXPECT_EQ(actors[2].sector, Sector::Cultural);
    EXPECT_EQ(actors[3].type, "woonzorgcentrum");
    EXPECT_EQ(actors[3].municipality, 2u);
    EXPECT_EQ(actors[3].sector, Sector::NonCultural);
}

TEST(PartnerRouter, DroppedBackOnTheTrayNothingHappensAndATapChoosesTheType) {
    TestBoard t(smallBoard());
    t.router.setTypeSources(traySources());
    t.drag(1, 100, 219, 450, 225);
    EXPECT_EQ(t.board().actors.size(), 2u);
    EXPECT_FALSE(t.history.canUndo());
    t.tap(2, 500, 219);
    EXPECT_EQ(t.board().actors.size(), 2u);
    EXPECT_EQ(t.router.actorType(), "woonzorgcentrum");
    t.router.setTypeSources({});  // the tray closed: the spot is the board again
    t.tap(3, 500, 219);
    EXPECT_EQ(t.router.actorType(), "woonzorgcentrum");
}

TEST(PartnerRouter, TheRimHandleResizesTheBubbleInOneStepAndPartnersKeepTheirHalf) {
    TestBoard t(smallBoard());
    const Municipality m0 = t.board().municipalities[0];
    const Vec2 h = bubbleHandle(m0);
    const double d = 1 / std::sqrt(2.0);
    t.drag(1, h.x + 2, h.y + 2, h.x + 2 + 60 * d, h.y + 2 + 60 * d, 10);  // 60 outwards
    const Municipality& m = t.board().municipalities[0];
    EXPECT_NEAR(m.radius, 260, 0.2);
    EXPECT_EQ(m.centre, m0.centre);
    EXPECT_EQ(t.actor(3).sector, Sector::Cultural);
    EXPECT_LT(t.actor(3).pos.y, m.centre.y);
    EXPECT_EQ(t.actor(4).sector, Sector::NonCultural);
    EXPECT_GT(t.actor(4).pos.y, m.centre.y);
    EXPECT_EQ(t.actor(3).municipality, 1u);
    ASSERT_TRUE(t.undo());
    EXPECT_EQ(t.board().municipalities[0].radius, 200);
    EXPECT_EQ(t.actor(3).pos, (Vec2{700, 420}));
    EXPECT_FALSE(t.undo());
}

TEST(PartnerRouter, AResizeReleasedOverTheBinDoesNotDeleteTheBubble) {
    TestBoard t(smallBoard());
    const Vec2 h = bubbleHandle(t.board().municipalities[1]);
    t.drag(1, h.x, h.y, 1800, 1020, 10);
    ASSERT_EQ(t.board().municipalities.size(), 2u);
    EXPECT_LE(t.board().municipalities[1].radius, kMaxRadius);
}
