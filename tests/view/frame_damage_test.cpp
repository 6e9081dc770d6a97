// The screen's damage from frame to frame (view/frame_damage.h), on the real
// view's draw lists without GL: a frame like the last has none, a dragged
// note damages only around itself, and clipping leaves nothing outside.
#include <gtest/gtest.h>

#include "board_frames.h"
#include "core/layout.h"
#include "view/frame_damage.h"

namespace nt {
namespace {

const std::string kAssets = NT_SOURCE_ASSETS;

class FrameDamageTest : public BoardFrames {
protected:
    DamageRegion frame(bool everything = false) {
        drawFrame();
        return damage.measure(*ImGui::GetDrawData(), 1920, 1080, everything);
    }
    FrameDamage damage;
};

TEST_F(FrameDamageTest, AFrameLikeTheLastHasNoneAndADragOnlyAroundTheNote) {
    EXPECT_EQ(frame(true).bounds(), (DamageRect{0, 0, 1920, 1080}));
    frame();
    EXPECT_TRUE(frame().empty()) << "nothing changed";
    const Note& note = history.board().notes.front();
    Vec2 at = note.pos;
    pointer(PointerPhase::Down, at);
    frame();
    at.x += 30;
    pointer(PointerPhase::Move, at);
    frame();  // the note leaves the still board
    for (int i = 0; i < 5; ++i) {
        at.x += 12;
        pointer(PointerPhase::Move, at);
        const DamageRegion region = frame();
        ASSERT_FALSE(region.empty());
        const DamageRect d = region.bounds();
        // The note where it was and where it is (board units are pixels on a 1920 × 1080 screen), with its shadow.
        const Vec2 centre = history.board().notes.front().pos;
        EXPECT_LT(d.area(), static_cast<long>((layout::kNoteWidth + 40) * (layout::kNoteHeight + 40)))
            << d.x0 << "," << d.y0 << " " << d.x1 << "," << d.y1;
        EXPECT_LE(d.x0, centre.x - layout::kNoteWidth / 2 - 12);
        EXPECT_GE(d.x1, centre.x + layout::kNoteWidth / 2);
        EXPECT_LE(d.y0, centre.y - layout::kNoteHeight / 2);
        EXPECT_GE(d.y1, centre.y + layout::kNoteHeight / 2);
    }
}

// The pixels ImGui's OpenGL 3 renderer lets a command draw (its scissor box,
// origin and size each cut to whole pixels), top-left rows, on a 1920 × 1080 frame.
DamageRect scissorOf(const ImVec4& clip) {
    const int x = static_cast<int>(clip.x), bottom = static_cast<int>(1080.f - clip.w);
    const int w = static_cast<int>(clip.z - clip.x), h = static_cast<int>(clip.w - clip.y);
    return {x, 1080 - bottom - h, x + w, 1080 - bottom};
}

TEST(DamageRegionRects, FarApartStayApartTouchingJoinAndTooManyJoinWhereItCostsLeast) {
    DamageRegion r;
    r.add({0, 0, 10, 10});
    r.add({500, 500, 520, 520});
    EXPECT_EQ(r.rects().size(), 2u);
    EXPECT_EQ(r.area(), 100L + 400L);
    r.add({12, 0, 30, 10});  // close to the first
    ASSERT_EQ(r.rects().size(), 2u);
    EXPECT_EQ(r.rects().back(), (DamageRect{0, 0, 30, 10}));
    for (int i = 0; i < 20; ++i) r.add({100 * i, 900, 100 * i + 10, 910});
    EXPECT_LE(r.rects().size(), DamageRegion::kMaxRects);
    EXPECT_EQ(r.bounds(), (DamageRect{0, 0, 1910, 910}));
    EXPECT_LT(r.area(), 1910L * 910 / 4) << "not one rectangle around all of them";
}

TEST(FrameDamageClip, CommandsOutsideTheDamageGetAnEmptyClipAndTheRestAreNarrowed) {
    OfflineImGui imgui{kAssets};
    ImGui::NewFrame();
    ImDrawList list(ImGui::GetDrawListSharedData());
    list._ResetForNewFrame();
    list.PushClipRect({0, 0}, {1920, 1080});
    list.AddRectFilled({10, 10}, {50, 50}, IM_COL32(10, 20, 30, 255));
    list.PushClipRect({500, 500}, {900, 900});
    list.AddRectFilled({600, 600}, {700, 700}, IM_COL32(10, 20, 30, 255));
    ImDrawList* lists[] = {&list};
    ImDrawData data;
    data.Valid = true;
    data.CmdLists = lists;
    data.CmdListsCount = 1;
    data.DisplaySize = {1920, 1080};
    data.FramebufferScale = {1, 1};
    ClipToDamage(data, {0, 0, 100, 100});
    EXPECT_EQ(scissorOf(list.CmdBuffer[0].ClipRect), (DamageRect{0, 0, 100, 100}));
    const ImVec4 outside = list.CmdBuffer[1].ClipRect;
    EXPECT_LE(outside.z, outside.x);
    ImGui::EndFrame();
}

TEST(FrameDamageClip, AFractionalClipNarrowedDrawsExactlyWhatItDrewWithinTheDamage) {
    OfflineImGui imgui{kAssets};
    ImGui::NewFrame();
    ImDrawList list(ImGui::GetDrawListSharedData());
    list._ResetForNewFrame();
    const ImVec4 card{10.4f, 20.7f, 200.f, 300.6f};  // a panel at a scale that is not a whole number
    list.PushClipRect({card.x, card.y}, {card.z, card.w});
    list.AddRectFilled({0, 0}, {1920, 1080}, IM_COL32(10, 20, 30, 255));
    ImDrawList* lists[] = {&list};
    ImDrawData data;
    data.Valid = true;
    data.CmdLists = lists;
    data.CmdListsCount = 1;
    data.DisplaySize = {1920, 1080};
    data.FramebufferScale = {1, 1};
    const DamageRect whole = scissorOf(card);
    for (const DamageRect damage : {DamageRect{0, 0, 50, 50}, DamageRect{40, 250, 400, 700}, DamageRect{5, 5, 1000, 1000}}) {
        list.CmdBuffer[0].ClipRect = card;
        ClipToDamage(data, damage);
        const DamageRect expected{std::max(whole.x0, damage.x0), std::max(whole.y0, damage.y0), std::min(whole.x1, damage.x1),
                                  std::min(whole.y1, damage.y1)};
        EXPECT_EQ(scissorOf(list.CmdBuffer[0].ClipRect), expected) << damage.x0 << "," << damage.y0;
    }
    ImGui::EndFrame();
}

}  // namespace
}  // namespace nt
