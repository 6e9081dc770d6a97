// Smoke tests of the whole view in a windowless ImGui context: frames build
// without ImGui asserting, requests open the editor and the menu, big boards
// draw, and the view never changes the board.
#include <gtest/gtest.h>

#include "core/board_file.h"
#include "core/history.h"
#include "core/stress_board.h"
#include "view/offline_imgui.h"

namespace nt {
namespace {

const std::string kAssets = NT_SOURCE_ASSETS;

class BoardViewSmoke : public ::testing::Test {
protected:
    OfflineFrame frame(BoardView& view, const Board& board) {
        now += 1.0 / 60;
        return imgui.frame(view, imgui.input(board, router, catalogue, tr, Lang::Nl, now));
    }
    OfflineFrame frames(BoardView& view, const Board& board, int n) {
        OfflineFrame last;
        for (int i = 0; i < n; ++i) last = frame(view, board);
        return last;
    }

    OfflineImGui imgui{kAssets};
    Catalogue catalogue = Catalogue::load(kAssets + "/catalogue/actor_types.json");
    Translations tr = Translations::load(kAssets + "/i18n/nl.json");
    History history{readBoardFile(kAssets + "/demo/demo-workshop.json")};
    PointerRouter router{history};
    const Board& demo = history.board();
    double now = 10;
};

TEST_F(BoardViewSmoke, DemoBoardDrawsAFrame) {
    ASSERT_FALSE(demo.notes.empty());
    ASSERT_FALSE(demo.actors.empty());
    BoardView view;
    const OfflineFrame f = frames(view, demo, 3);
    EXPECT_GT(f.stats.vertices, 5000);  // columns, card, 3 bubbles, 12 tokens, 12 notes, tray
    EXPECT_GT(f.stats.indices, f.stats.vertices);
    EXPECT_TRUE(f.intents.commands.empty());
    EXPECT_FALSE(f.intents.undo || f.intents.redo || f.intents.save || f.intents.lang || f.intents.actorType);
}

TEST_F(BoardViewSmoke, EditNoteAndRenameActorOpenTheEditor) {
    const Note& note = demo.notes.front();
    BoardView notes;
    notes.handle({UiRequest{RequestKind::EditNote, note.id, note.pos}});
    frames(notes, demo, 2);
    EXPECT_TRUE(notes.editing());

    const Actor& actor = demo.actors.front();
    BoardView actors;
    actors.handle({UiRequest{RequestKind::RenameActor, actor.id, actor.pos}});
    frames(actors, demo, 2);
    EXPECT_TRUE(actors.editing());

    BoardView gone;
    gone.handle({UiRequest{RequestKind::EditNote, demo.nextId + 100, {}}});
    frame(gone, demo);
    EXPECT_FALSE(gone.editing());
}

TEST_F(BoardViewSmoke, ContextMenuThenStressBoardDraws) {
    BoardView view;
    const int plainLists = frame(view, demo).stats.drawLists;
    const Note& note = demo.notes.front();
    view.handle({UiRequest{RequestKind::ContextMenu, note.id, note.pos}});
    EXPECT_GT(frames(view, demo, 2).stats.drawLists, plainLists);  // the popup is a window of its own

    // The menu stays open while a much bigger board, where that id is another item, is drawn.
    const Board stress = makeStressBoard(catalogue, {40, 1000, 1000});
    const OfflineFrame big = frames(view, stress, 2);
    EXPECT_GT(big.stats.vertices, 100000);
    view.handle({UiRequest{RequestKind::ContextMenu, stress.actors.back().id, stress.actors.back().pos}});
    frames(view, stress, 2);
}

TEST_F(BoardViewSmoke, TheViewNeverChangesTheBoard) {
    const Board before = demo;
    BoardView view;
    const Note& note = demo.notes.back();
    const Actor& actor = demo.actors.back();
    const Municipality& bubble = demo.municipalities.front();
    for (const UiRequest& r : {UiRequest{RequestKind::EditNote, note.id, note.pos},
                               UiRequest{RequestKind::RenameActor, actor.id, actor.pos},
                               UiRequest{RequestKind::ContextMenu, bubble.id, bubble.centre},
                               UiRequest{RequestKind::ContextMenu, note.id, note.pos},
                               UiRequest{RequestKind::PickActorType, kNoId, {300, 1000}}}) {
        view.handle({r});
        EXPECT_TRUE(frames(view, demo, 3).intents.commands.empty());
    }
    view.toast("Bewaard in /tmp/x.json", now);
    frames(view, demo, 2);
    EXPECT_TRUE(demo == before);
}

}  // namespace
}  // namespace nt
