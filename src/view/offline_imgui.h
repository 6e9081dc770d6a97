// ImGui with no window and no GL, like ImGui's example_null: a context with
// the real fonts and theme, in which BoardView::frame runs and produces draw
// lists that nobody draws. The frame benchmark (bench/frame_bench.cpp) and the
// view tests (tests/view/) use it; the app does not.
#pragma once

#include <string>

#include <imgui.h>

#include "core/board_transform.h"
#include "view/board_view.h"
#include "view/fonts.h"

namespace nt {

// What ImGui::Render produced for one frame.
struct DrawStats {
    int vertices = 0;
    int indices = 0;
    int drawLists = 0;
    int drawCommands = 0;
};

// How many times over the frame's triangles cover the display: the sum of
// their areas over the display's. A software renderer (Mesa's llvmpipe, as
// under Xvfb) pays for every pixel filled, hidden or not.
double coveredScreens(const ImDrawData& data);

struct OfflineFrame {
    ViewIntents intents;
    DrawStats stats;
};

class OfflineImGui {
public:
    // Creates the context and makes it current; loads the fonts from
    // `assetDir` (throws std::runtime_error if they are missing) for a display
    // of width × height pixels.
    OfflineImGui(const std::string& assetDir, int width = 1920, int height = 1080);
    ~OfflineImGui();
    OfflineImGui(const OfflineImGui&) = delete;
    OfflineImGui& operator=(const OfflineImGui&) = delete;

    const Fonts& fonts() const { return m_fonts; }
    const BoardTransform& transform() const { return m_xf; }
    ImGuiContext* context() const { return m_context; }

    // The view's input for this display: its transform and fonts, the rest given.
    ViewInput input(const Board& board, const PointerRouter& router, const Catalogue& catalogue, const Translations& tr,
                    Lang lang = Lang::Nl, double now = 0, bool canUndo = false, bool canRedo = false) const {
        return ViewInput{board, router, catalogue, tr, lang, m_xf, m_fonts, now, canUndo, canRedo};
    }

    // One whole frame: ImGui::NewFrame, view.frame(in), ImGui::Render.
    OfflineFrame frame(BoardView& view, const ViewInput& in);

private:
    ImGuiContext* m_context = nullptr;
    BoardTransform m_xf;
    Fonts m_fonts;
};

}  // namespace nt
