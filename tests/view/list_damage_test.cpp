// Where two versions of one draw list differ (view/list_damage.h): changes
// far apart in the list damage only those places, however much lies between.
#include <gtest/gtest.h>

#include <vector>

#include "view/list_damage.h"
#include "view/offline_imgui.h"

namespace nt {
namespace {

const std::string kAssets = NT_SOURCE_ASSETS;

// A row of round tokens drawn left to right (each many anti-aliased triangles), as a board draws its items.
struct Token {
    ImVec2 centre;
    ImU32 colour;
};
constexpr float kRadius = 20;

void draw(ImDrawList& list, const std::vector<Token>& tokens) {
    list._ResetForNewFrame();
    list.PushClipRect({0, 0}, {1920, 1080});
    for (const Token& t : tokens) {
        list.AddCircleFilled(t.centre, kRadius, t.colour);
        list.AddCircle(t.centre, kRadius, IM_COL32(255, 255, 255, 255), 0, 2);
    }
}

std::vector<Token> row() {
    std::vector<Token> tokens;
    for (int i = 0; i < 40; ++i) tokens.push_back({{40.f + 46.f * static_cast<float>(i), 500}, IM_COL32(200, 90, 60, 255)});
    return tokens;
}

bool inside(const DamageRegion& region, ImVec2 p) {
    for (const DamageRect& r : region.rects())
        if (p.x >= static_cast<float>(r.x0) && p.x < static_cast<float>(r.x1) && p.y >= static_cast<float>(r.y0) &&
            p.y < static_cast<float>(r.y1))
            return true;
    return false;
}

class ListDamageTest : public ::testing::Test {
protected:
    void SetUp() override { ImGui::NewFrame(); }
    void TearDown() override { ImGui::EndFrame(); }
    DamageRegion damage(const std::vector<Token>& was, const std::vector<Token>& is) {
        draw(before, was);
        draw(now, is);
        return ListDamage(DrawListView::of(before), DrawListView::of(now), {0, 0}, {1, 1}, 1920, 1080);
    }
    OfflineImGui imgui{kAssets};
    ImDrawList before{ImGui::GetDrawListSharedData()}, now{ImGui::GetDrawListSharedData()};
};

TEST_F(ListDamageTest, ChangesFarApartInTheListDamageOnlyThosePlaces) {
    const std::vector<Token> was = row();
    std::vector<Token> is = was;
    is[3].colour = IM_COL32(60, 90, 200, 255);                                 // one recoloured
    is.erase(is.begin() + 36);                                                 // one taken away
    is.insert(is.begin() + 20, Token{{980, 700}, IM_COL32(90, 160, 60, 255)});  // one put down, below the row
    const DamageRegion region = damage(was, is);
    EXPECT_TRUE(inside(region, was[3].centre));
    EXPECT_TRUE(inside(region, was[36].centre));
    EXPECT_TRUE(inside(region, {980, 700}));
    for (int i : {0, 10, 15, 25, 30, 39}) EXPECT_FALSE(inside(region, was[static_cast<size_t>(i)].centre)) << "token " << i;
    const long token = static_cast<long>((2 * kRadius + 6) * (2 * kRadius + 6));
    EXPECT_LE(region.area(), 3 * token) << "three tokens' places, not the row between them";
}

TEST_F(ListDamageTest, TheSameListHasNoneAndOneChangedEverywhereDamagesAll) {
    const std::vector<Token> was = row();
    EXPECT_TRUE(damage(was, was).empty());
    std::vector<Token> is = was;
    for (Token& t : is) t.centre.y += 1;  // everything a pixel lower
    const DamageRegion region = damage(was, is);
    for (const Token& t : was) EXPECT_TRUE(inside(region, t.centre));
}

TEST_F(ListDamageTest, TokensSwappedInTheDrawingOrderDamageWhereTheyLie) {
    std::vector<Token> was = row();
    was[5].centre = was[30].centre = {700, 300};  // two tokens on one spot: which lies on top shows
    was[30].colour = IM_COL32(20, 20, 20, 255);
    std::vector<Token> is = was;
    std::swap(is[5], is[30]);
    const DamageRegion region = damage(was, is);
    EXPECT_TRUE(inside(region, {700, 300}));
    for (int i : {0, 10, 20, 39}) EXPECT_FALSE(inside(region, was[static_cast<size_t>(i)].centre)) << "token " << i;
}

}  // namespace
}  // namespace nt
