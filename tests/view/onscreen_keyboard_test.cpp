// The on-screen keyboards drawn in a windowless ImGui context: a keyboard
// facing each side of the table lies wholly on the board (nothing cut off),
// turned the right way, and the whole view draws while keyboards are open.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/history.h"
#include "view/offline_imgui.h"
#include "view/onscreen_keyboard.h"

namespace nt {
namespace {

const std::string kAssets = NT_SOURCE_ASSETS;

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
        ImGui::NewFrame();
        ImDrawList* draw = ImGui::GetBackgroundDrawList();
        const int first = draw->VtxBuffer.Size;
        DrawKeyboards(CanvasContext{draw, imgui.transform(), &imgui.fonts(), &catalogue, &tr, Lang::Nl}, desk, history.board());
        ASSERT_GT(draw->VtxBuffer.Size - first, 1000) << sideName(s.frame.side);
        const layout::Rect bounds = s.frame.boardBounds();
        for (int i = first; i < draw->VtxBuffer.Size; ++i) {
            const ImVec2 v = draw->VtxBuffer[i].pos;  // scale 1: screen px are board units
            // The shadow reaches a few units past the card; the accents are closed.
            ASSERT_GE(v.x, bounds.x0 - 10) << sideName(s.frame.side);
            ASSERT_LE(v.x, bounds.x1 + 10) << sideName(s.frame.side);
            ASSERT_GE(v.y, bounds.y0 - 10) << sideName(s.frame.side);
            ASSERT_LE(v.y, bounds.y1 + 10) << sideName(s.frame.side);
            ASSERT_GE(v.x, 0);
            ASSERT_LE(v.x, kBoardWidth);
            ASSERT_GE(v.y, 0);
            ASSERT_LE(v.y, kBoardHeight);
        }
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
