// The board's still layer (view/still_layer.h) without GL: which frames draw
// the still board again. A frame that changes nothing, and every frame of a
// drag, leave it as it is; a change to the board, the drop and a note moved
// by someone else draw it again; and the carried item is drawn over it.
#include <gtest/gtest.h>

#include "board_frames.h"
#include "core/edits.h"
#include "core/stress_board.h"

namespace nt {
namespace {

const std::string kAssets = NT_SOURCE_ASSETS;

class StillLayerTest : public BoardFrames {
protected:
    bool frame() { return drawFrame(); }
    // The vertices of the frame's background list (the layer's picture and what lies over it).
    int backgroundVertices() const { return ImGui::GetDrawData()->CmdLists[0]->VtxBuffer.Size; }
};

TEST_F(StillLayerTest, OnlyAChangeToTheStillBoardDrawsItAgain) {
    EXPECT_TRUE(frame());   // the first frame fills the texture
    EXPECT_EQ(layer.damage().bounds(), (DamageRect{0, 0, 1920, 1080}));
    EXPECT_FALSE(frame());  // nothing changed
    EXPECT_FALSE(frame());
    const int quiet = backgroundVertices();
    // A note's new text (a phone, a keyboard: an edit of the board) draws it again, once.
    history.apply(setNoteText(history.board(), history.board().notes.back().id, "Samen met de bib"));
    EXPECT_TRUE(frame());
    EXPECT_FALSE(frame());
    const Note& note = history.board().notes.front();
    const Vec2 from = note.pos;
    pointer(PointerPhase::Down, from);
    EXPECT_FALSE(frame()) << "pressed, not yet moved: nothing is carried";
    // The drag: the first move takes the note out of the still board; every move after draws only the note.
    Vec2 at = from;
    at.x += 40;
    pointer(PointerPhase::Move, at);
    EXPECT_TRUE(frame());
    EXPECT_LT(layer.damage().area(), 400L * 300) << "only where the note lay is drawn again";
    EXPECT_GT(layer.damage().area(), 0L);
    const std::size_t before = layer.redraws();
    for (int i = 0; i < 20; ++i) {
        at.x += 5;
        at.y += 3;
        pointer(PointerPhase::Move, at);
        frame();
    }
    EXPECT_EQ(layer.redraws(), before) << "a drag frame draws only what is carried";
    EXPECT_GT(backgroundVertices(), quiet) << "the carried note is drawn over the layer";
    EXPECT_NE(history.board().notes.front().pos, from);
    pointer(PointerPhase::Up, at);
    EXPECT_TRUE(frame()) << "the drop puts the note back into the still board";
    EXPECT_LT(layer.damage().area(), 400L * 300) << "only where it lands";
    EXPECT_FALSE(frame());
}

TEST_F(StillLayerTest, ADragKeepsTheStillListUnbuiltUntilSomethingElseChanges) {
    frame();
    frame();
    EXPECT_EQ(layer.kept(), 1u) << "a frame like the last one keeps it";
    const Note note = history.board().notes.front();
    Vec2 at = note.pos;
    pointer(PointerPhase::Down, at);
    frame();
    at.x += 40;
    pointer(PointerPhase::Move, at);
    EXPECT_TRUE(frame()) << "lifted: the still board without the note";
    const std::size_t kept = layer.kept();
    for (int i = 0; i < 10; ++i) {
        at.x += 5;
        pointer(PointerPhase::Move, at);
        EXPECT_FALSE(frame());
    }
    EXPECT_EQ(layer.kept(), kept + 10) << "moving only the carried note builds no still list";
    // Someone else changes the board meanwhile (a phone, a keyboard): built and drawn again.
    history.apply(setNoteText(history.board(), history.board().notes.back().id, "Samen met de bib"));
    at.x += 5;
    pointer(PointerPhase::Move, at);
    EXPECT_TRUE(frame());
    EXPECT_EQ(layer.kept(), kept + 10);
    at.x += 5;
    pointer(PointerPhase::Move, at);
    EXPECT_FALSE(frame());
    EXPECT_EQ(layer.kept(), kept + 11);
    pointer(PointerPhase::Up, at);
    EXPECT_TRUE(frame()) << "the drop puts the note back";
}

TEST_F(StillLayerTest, TwoNotesChangedFarApartInOneFrameDrawOnlyThoseTwoAgain) {
    frame();
    frame();
    // The first and the last note drawn: a phone's words and a keyboard's in the same frame.
    const Note first = history.board().notes.front(), final = history.board().notes.back();
    history.apply(setNoteText(history.board(), first.id, "Samen met de bib"));
    history.apply(setNoteText(history.board(), final.id, "Een repair café"));
    ASSERT_TRUE(frame());
    const DamageRegion& damage = layer.damage();
    EXPECT_LT(damage.area(), 2L * 400 * 300) << "two notes' places";
    EXPECT_GT(damage.bounds().area(), 2 * damage.area()) << "not the board between them: " << first.pos.x << "," << first.pos.y << " " << final.pos.x << ","
                                                     << final.pos.y;
}

TEST_F(StillLayerTest, AFrameWithTheLayerDrawsFarLessThanOneWithout) {
    history = History(makeStressBoard(catalogue, StressSize{}));
    frame();
    frame();
    const int layered = last.stats.vertices;
    BoardView direct;
    ViewInput in = imgui.input(history.board(), router, catalogue, tr, Lang::Nl, now);
    const int straight = imgui.frame(direct, in).stats.vertices;
    EXPECT_LT(layered * 20, straight) << "the stress board's items are in the texture, not in the frame";
}

TEST(StillLayerLists, SameDrawingComparesVerticesIndicesAndCommands) {
    OfflineImGui imgui{kAssets};
    ImGui::NewFrame();
    ImDrawList a(ImGui::GetDrawListSharedData()), b(ImGui::GetDrawListSharedData());
    for (ImDrawList* l : {&a, &b}) {
        l->_ResetForNewFrame();
        l->PushClipRect({0, 0}, {100, 100});
        l->AddRectFilled({1, 1}, {20, 20}, IM_COL32(10, 20, 30, 255));
    }
    EXPECT_TRUE(SameDrawing(DrawListView::of(a), DrawListView::of(b)));
    b.AddLine({0, 0}, {5, 5}, IM_COL32(0, 0, 0, 255));
    EXPECT_FALSE(SameDrawing(DrawListView::of(a), DrawListView::of(b)));
    ImGui::EndFrame();
}

#ifndef NDEBUG
// The debug build (the tests' and CI's) draws a kept still board all the
// same and stops when it came out different: an input missing from
// StillKey shows up in any test that changes it.
TEST(StillLayerKey, ADebugBuildStopsWhenAKeptListWouldHaveComeOutDifferent) {
    OfflineImGui imgui{kAssets};
    ImGui::NewFrame();
    StillLayer layer;
    layer.setTexture(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(7)));
    StillKey key;
    key.history = 1;
    layer.begin(ImGui::GetBackgroundDrawList(), key)->AddRectFilled({10, 10}, {50, 50}, IM_COL32(10, 20, 30, 255));
    layer.end();
    layer.rendered();
    ImDrawList* again = layer.begin(ImGui::GetBackgroundDrawList(), key);
    ASSERT_NE(again, nullptr);
    again->AddRectFilled({10, 10}, {50, 50}, IM_COL32(10, 20, 30, 255));
    layer.end();  // the same: kept
    EXPECT_EQ(layer.kept(), 1u);
    ImDrawList* changed = layer.begin(ImGui::GetBackgroundDrawList(), key);
    changed->AddRectFilled({10, 10}, {60, 50}, IM_COL32(10, 20, 30, 255));
    EXPECT_DEATH(layer.end(), "still board was kept");
    ImGui::EndFrame();
}
#endif

}  // namespace
}  // namespace nt
