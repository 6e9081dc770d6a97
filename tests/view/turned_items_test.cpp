// Turned tokens drawn in a windowless ImGui context: a token's face
// and its name turn with it (the name lies under the token as seen from the
// seat it faces); the board and its PNG export (render/offscreen_export.cpp)
// share these functions, so the export turns them too.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "view/board_canvas.h"
#include "view/offline_imgui.h"

namespace nt {
namespace {

const std::string kAssets = NT_SOURCE_ASSETS;

class TurnedDrawing : public ::testing::Test {
protected:
    CanvasContext canvas(ImDrawList* draw) const { return {draw, imgui.transform(), &imgui.fonts(), &catalogue, &tr, Lang::Nl}; }

    // Draws one token turned by `degrees` and returns the centre of the
    // vertices away from its disc: where its name was written.
    Vec2 nameCentre(double degrees) {
        Board b;
        b.actors.push_back(Actor{1, 1, "Bibliotheek Lochristi", "bibliotheek", {900, 500}, kNoId, Sector::Cultural, {}, degrees});
        ImGui::NewFrame();
        ImDrawList* draw = ImGui::GetBackgroundDrawList();
        const int first = draw->VtxBuffer.Size;
        DrawActors(canvas(draw), b, {});
        double x = 0, y = 0;
        int n = 0;
        for (int i = first; i < draw->VtxBuffer.Size; ++i) {
            const ImVec2 v = draw->VtxBuffer[i].pos;
            if (std::hypot(v.x - 900, v.y - 500) <= layout::kTokenRadius + 8) continue;
            x += v.x, y += v.y, ++n;
        }
        ImGui::Render();
        EXPECT_GT(n, 40);
        return {x / n - 900, y / n - 500};
    }

    // How far along the board's y axis the name of a token turned by
    // `degrees` reaches from the token's centre.
    double nameReachY(double degrees, const std::string& name) {
        Board b;
        b.actors.push_back(Actor{1, 1, name, "bibliotheek", {900, 500}, kNoId, Sector::Cultural, {}, degrees});
        ImGui::NewFrame();
        ImDrawList* draw = ImGui::GetBackgroundDrawList();
        const int first = draw->VtxBuffer.Size;
        DrawActors(canvas(draw), b, {});
        double reach = 0;
        for (int i = first; i < draw->VtxBuffer.Size; ++i) {
            const ImVec2 v = draw->VtxBuffer[i].pos;
            if (std::hypot(v.x - 900, v.y - 500) <= layout::kTokenRadius + 8) continue;
            reach = std::max(reach, std::abs(v.y - 500.0));
        }
        ImGui::Render();
        return reach;
    }

    OfflineImGui imgui{kAssets};
    Catalogue catalogue = Catalogue::load(kAssets + "/catalogue/actor_types.json");
    Translations tr = Translations::load(kAssets + "/i18n/nl.json");
};

TEST_F(TurnedDrawing, ATokensNameTurnsWithItToFaceItsSeat) {
    const Vec2 upright = nameCentre(0), left = nameCentre(90), opposite = nameCentre(180), right = nameCentre(270);
    EXPECT_GT(upright.y, 30);           // under the token for the person at the bottom
    EXPECT_NEAR(upright.x, 0, 3);
    EXPECT_LT(opposite.y, -30);         // above it, upside down, for the person at the top
    EXPECT_NEAR(opposite.x, 0, 3);
    EXPECT_LT(left.x, -30);             // towards the person at the left
    EXPECT_NEAR(left.y, 0, 3);
    EXPECT_GT(right.x, 30);
    EXPECT_NEAR(right.y, 0, 3);
    EXPECT_NEAR(opposite.y, -upright.y, 1);
}

// Turned to a long side, a long name wraps into short lines, so it stays
// within a token's spacing (4 radii) of the rows above and below.
TEST_F(TurnedDrawing, ASidewaysTokensLongNameStaysBesideIt) {
    const std::string name = "Koninklijke Harmonie Sint-Cecilia Lochristi";
    EXPECT_LT(nameReachY(90, name), 2 * layout::kTokenRadius + 8);
    EXPECT_LT(nameReachY(270, name), 2 * layout::kTokenRadius + 8);
    EXPECT_LT(nameReachY(0, name), 3 * layout::kTokenRadius + 20);  // upright: two lines under the token
}

}  // namespace
}  // namespace nt
