// A draw list cut down to a rectangle (view/draw_list_cut.h): the triangles
// that reach into it, in order, with their vertices and commands; nothing else.
#include <gtest/gtest.h>

#include "view/draw_list_cut.h"
#include "view/offline_imgui.h"

namespace nt {
namespace {

const std::string kAssets = NT_SOURCE_ASSETS;

TEST(DrawListCutTest, OnlyTheTrianglesThatReachIntoTheRectangleInTheirOrder) {
    OfflineImGui imgui{kAssets};
    ImGui::NewFrame();
    ImDrawList list(ImGui::GetDrawListSharedData()), out(ImGui::GetDrawListSharedData());
    list._ResetForNewFrame();
    list.Flags = ImDrawListFlags_None;  // plain quads: two triangles, four vertices each
    list.PushClipRect({0, 0}, {1920, 1080});
    for (int i = 0; i < 90; ++i) {  // a row of squares 20 apart
        const float x = 20.f * static_cast<float>(i);
        list.AddRectFilled({x, 100}, {x + 10, 110}, IM_COL32(i, 0, 0, 255));
    }
    list.PushClipRect({0, 0}, {1900, 1080});
    list.AddRectFilled({0, 500}, {1920, 520}, IM_COL32(0, 0, 255, 255));  // a bar across, in a second command
    const DrawListCut cuts(list, {0, 0}, {1, 1});
    cuts.cut({395, 95, 445, 115}, out);  // squares 20, 21 and 22
    ASSERT_EQ(out.CmdBuffer.Size, 1);
    EXPECT_EQ(out.IdxBuffer.Size, 3 * 6);
    EXPECT_EQ(out.VtxBuffer.Size, 3 * 4);
    EXPECT_EQ(out.VtxBuffer[0].col, IM_COL32(20, 0, 0, 255));
    EXPECT_EQ(out.VtxBuffer[11].col, IM_COL32(22, 0, 0, 255));
    for (int i = 0; i < out.IdxBuffer.Size; ++i) EXPECT_LT(out.IdxBuffer[i], 12);
    cuts.cut({0, 105, 1920, 505}, out);  // every square's lower half and the bar's top
    ASSERT_EQ(out.CmdBuffer.Size, 2);
    EXPECT_EQ(out.CmdBuffer[0].ElemCount, 90u * 6);
    EXPECT_EQ(out.CmdBuffer[1].ElemCount, 6u);
    EXPECT_EQ(out.CmdBuffer[1].VtxOffset, 360u);
    cuts.cut({0, 300, 100, 400}, out);  // nothing there
    EXPECT_EQ(out.IdxBuffer.Size, 0);
    ImGui::EndFrame();
}

}  // namespace
}  // namespace nt
