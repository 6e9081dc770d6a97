// The on-screen keyboards drawn in a windowless ImGui context: a keyboard
// facing each side of the table lies wholly on the board (nothing cut off),
// turned the right way, and the whole view draws while keyboards are open.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/history.h"
#include "view/offline_imgui.h"
#include "view/onscreen_keyboard.h"
#include "view/table_menu_view.h"

namespace nt {
namespace {

const std::string kAssets = NT_SOURCE_ASSETS;

// Every vertex drawn since `first` lies within bounds (give or take the
// shadow) and on the board. Scale 1: screen px are board units.
void expectDrawnWithin(const ImDrawList* draw, int first, const layout::Rect& bounds, Side side) {
    int outside = 0;
    for (int i = first; i < draw->VtxBuffer.Size; ++i) {
        const ImVec2 v = draw->VtxBuffer[i].pos;
        const bool near = v.x >= bounds.x0 - 10 && v.x <= bounds.x1 + 10 && v.y >= bounds.y0 - 10 && v.y <= bounds.y1 + 10;
        const bool onBoard = v.x >= 0 && v.x <= kBoardWidth && v.y >= 0 && v.y <= kBoardHeight;
        outside += !(near && onBoard);
    }
    EXPECT_EQ(outside, 0) << sideName(side);
}

class KeyboardDrawing : public ::testing::Test {
protected:
    KeyboardDrawing() {
        Board b;
        b.display.layout = RoomLayout::Table;
        b.notes = {Note{1, 1, "", NoteKind::Idea, {960, 700}, 0}, Note{2, 1, "Bos", NoteKind::Idea, {1200, 230}, 0},
                   Note{3, 1, "Lang verhaal over de bib", NoteKind::Free, {160, 560}, 0},
                   Note{4, 1, "Zaal", NoteKind::Free, {1760, 560}, 0}};
        b.nextId = 5;
        history.reset(b);
    }

    // A new frame's background list, and where this drawing's vertices begin.
    static std::pair<ImDrawList*, int> newDrawing() {
        ImGui::NewFrame();
        ImDrawList* draw = ImGui::GetBackgroundDrawList();
        return {draw, draw->VtxBuffer.Size};
    }
    CanvasContext canvas(ImDrawList* draw) const { return {draw, imgui.transform(), &imgui.fonts(), &catalogue, &tr, Lang::Nl}; }

    OfflineImGui imgui{kAssets};
    Catalogue catalogue = Catalogue::load(kAssets + "/catalogue/actor_types.json");
    Translations tr = Translations::load(kAssets + "/i18n/nl.json");
    History history;
    PointerRouter router{history};
};

TEST_F(KeyboardDrawing, EachSideDrawsOnTheBoardAndTurnedToItsWriter) {
    const std::pair<Id, Vec2> taps[] = {{1, {960, 700}}, {2, {1200, 230}}, {3, {160, 560}}, {4, {1760, 560}}};
    for (const auto& [note, at] : taps) {
        KeyboardDesk& desk = router.keyboards();
        desk.closeAll();
        ASSERT_NE(desk.open(note, at, 3.78), 0u);
        const KeyboardSession& s = desk.sessions().back();
        const auto [draw, first] = newDrawing();
        DrawKeyboards(canvas(draw), desk);
        ASSERT_GT(draw->VtxBuffer.Size - first, 1000) << sideName(s.frame.side);
        expectDrawnWithin(draw, first, s.frame.boardBounds(), s.frame.side);
        // The "done" key sits at the writer's lower right: turned with the keyboard.
        Vec2 done{};
        for (const KeyPlace& k : keyPlaces(s.frame, KeyLayer::Letters))
            if (keyRows(s.frame.layout, KeyLayer::Letters)[k.row][k.col].kind == KeyKind::Done) done = s.frame.toBoard(k.face.centre());
        const Vec2 towardsWriter = fromFacing(s.frame.side, {0, 1}), writersRight = fromFacing(s.frame.side, {1, 0});
        EXPECT_GT((done.x - s.frame.centre.x) * towardsWriter.x + (done.y - s.frame.centre.y) * towardsWriter.y, 0);
        EXPECT_GT((done.x - s.frame.centre.x) * writersRight.x + (done.y - s.frame.centre.y) * writersRight.y, 0);
        ImGui::Render();
    }
}

TEST_F(KeyboardDrawing, LongPressMenusFacingEachSideDrawOnTheBoard) {
    const std::pair<Id, Vec2> presses[] = {{1, {960, 700}}, {2, {1200, 230}}, {3, {160, 560}}, {4, {1760, 560}}};
    for (const auto& [note, at] : presses) {
        TableMenus menus(history);
        ASSERT_NE(menus.open(note, at, 3.78, 0), 0u);
        const TableMenu& m = menus.menus().back();
        const auto [draw, first] = newDrawing();
        DrawTableMenus(canvas(draw), menus, history.board());
        ASSERT_GT(draw->VtxBuffer.Size - first, 500) << sideName(m.frame.side);
        expectDrawnWithin(draw, first, m.boardBounds(), m.frame.side);
        ImGui::Render();
    }
}

TEST_F(KeyboardDrawing, TheWholeViewDrawsWithKeyboardsOpenAndChangesNothing) {
    router.keyboards().open(1, {960, 700}, 3.78);
    router.keyboards().open(2, {1200, 230}, 3.78);
    BoardView view;
    const Board before = history.board();
    const OfflineFrame f = imgui.frame(view, imgui.input(history.board(), router, catalogue, tr));
    EXPECT_TRUE(f.intents.commands.empty());
    EXPECT_GT(f.stats.vertices, 4000);
    EXPECT_EQ(history.board(), before);
}

}  // namespace
}  // namespace nt
