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

// The rows ImGui's OpenGL renderer keeps of a clip rectangle in a
// framebuffer `rows` high showing the picture's rows from `top`: its own
// arithmetic (imgui_impl_opengl3.cpp), in the picture's rows, top down.
std::pair<int, int> RowsKept(const ImVec4& clip, int top, int rows) {
    const float minY = clip.y - static_cast<float>(top), maxY = clip.w - static_cast<float>(top);
    if (maxY <= minY || clip.z <= clip.x) return {0, 0};
    const int scissorY = static_cast<int>(static_cast<float>(rows) - maxY), scissorH = static_cast<int>(maxY - minY);
    const int y0 = std::max(0, rows - scissorY - scissorH), y1 = std::min(rows, rows - scissorY);  // within the strip
    return y1 > y0 ? std::pair{top + y0, top + y1} : std::pair{0, 0};
}

TEST(DrawListCutTest, ClipRectanglesSnappedKeepTheSameRowsInEveryStrip) {
    OfflineImGui imgui{kAssets};
    ImGui::NewFrame();
    ImDrawList list(ImGui::GetDrawListSharedData());
    list._ResetForNewFrame();
    const std::vector<ImVec4> clips = {{10.5f, 20.25f, 100.75f, 50.5f}, {0, 0, 2560, 1440},   {-3.5f, -7.75f, 40.25f, 333.6f},
                                       {5, 96.6f, 50, 97.4f},           {1, 700.5f, 9, 1439.9f}};
    for (const ImVec4& c : clips) {
        list.PushClipRect({c.x, c.y}, {c.z, c.w});
        list.AddRectFilled({0, 0}, {10, 10}, IM_COL32_WHITE);
        list.PopClipRect();
    }
    ImDrawList* lists[] = {&list};
    ImDrawData data;
    data.CmdLists = lists;
    data.CmdListsCount = 1;
    const int height = 1440;

    const auto rowsOf = [&](std::pair<int, int> kept, std::vector<bool>& rows) {
        for (int y = kept.first; y < kept.second; ++y) rows[static_cast<std::size_t>(y)] = true;
    };
    const auto stripsAgree = [&](const ImVec4& clip) {
        std::vector<bool> whole(height, false);
        rowsOf(RowsKept(clip, 0, height), whole);
        for (const int rows : {97, 270, 810}) {
            std::vector<bool> strips(height, false);
            for (int top = 0; top < height; top += rows) rowsOf(RowsKept(clip, top, std::min(rows, height - top)), strips);
            if (strips != whole) return false;
        }
        return true;
    };
    int disagree = 0;
    for (const ImDrawCmd& cmd : list.CmdBuffer) disagree += stripsAgree(cmd.ClipRect) ? 0 : 1;
    EXPECT_GT(disagree, 0);  // as drawn: a strip cuts a clip's fractions its own way

    std::vector<std::pair<int, int>> before;
    for (const ImDrawCmd& cmd : list.CmdBuffer) before.push_back(RowsKept(cmd.ClipRect, 0, height));
    SnapClipRectsToScissors(data, height);
    for (int i = 0; i < list.CmdBuffer.Size; ++i) {
        const ImVec4& clip = list.CmdBuffer[i].ClipRect;
        EXPECT_TRUE(stripsAgree(clip)) << "command " << i;
        EXPECT_EQ(RowsKept(clip, 0, height), before[static_cast<std::size_t>(i)]) << "command " << i;  // the whole picture as before
        for (const float side : {clip.x, clip.y, clip.z, clip.w}) EXPECT_EQ(side, std::floor(side)) << "command " << i;
    }
    ImGui::EndFrame();
}

}  // namespace
}  // namespace nt
