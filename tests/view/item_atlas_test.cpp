// The item atlas (view/item_atlas.h) without GL: the still board's notes and
// partners become a few quads each, a look drawn once is drawn from the
// atlas after that (wherever the item lies), a new look goes in as new
// coverage, what finds no room stays exactly as drawn, and an atlas that runs full starts anew (larger, in the same
// frame) only when that helps.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>

#include "board_frames.h"
#include "core/edits.h"
#include "core/layout.h"
#include "core/stress_board.h"
#include "view/board_canvas.h"
#include "view/item_atlas.h"
#include "view/offline_imgui.h"

namespace nt {
namespace {

class ItemAtlasTest : public BoardFrames {
protected:
    // Triangles of the list the layer is to draw, in all and from the atlas.
    struct Count {
        unsigned triangles = 0, fromAtlas = 0;
    };
    Count stillList() const {
        Count n;
        const ImDrawList* list = layer.toRender();
        if (!list) return n;
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            n.triangles += cmd.ElemCount / 3;
            if (cmd.TextureId == textureNamed(9)) n.fromAtlas += cmd.ElemCount / 3;
        }
        return n;
    }
    // Draws the still board again, whole, and counts its list.
    Count again() {
        layer.forgetTexture();
        now += 1.0 / 60;
        ViewInput in = imgui.input(history.board(), router, catalogue, tr, Lang::Nl, now);
        in.stillLayer = &layer;
        last = imgui.frame(view, in);
        atlasDrawn = layer.atlas().pending() != nullptr;
        const Count n = stillList();
        if (atlasDrawn) layer.atlas().rendered();
        if (layer.toRender()) layer.rendered();
        return n;
    }
    // The demo's notes and partners drawn onto a list of their own.
    void drawItems(ImDrawList& list, ItemAtlas* atlas) {
        list._ResetForNewFrame();
        list.PushTextureID(ImGui::GetIO().Fonts->TexID);
        list.PushClipRect({0, 0}, {1920, 1080});
        CanvasContext c{&list, imgui.transform(), &imgui.fonts(), &catalogue, &tr, Lang::Nl, atlas};
        DrawNotes(c, history.board(), {});
        DrawActors(c, history.board(), {});
    }
    // The same as the still board draws them: only where they show (view/item_cover.h).
    void drawShown(ImDrawList& list, ItemAtlas* atlas) {
        list._ResetForNewFrame();
        list.PushTextureID(ImGui::GetIO().Fonts->TexID);
        list.PushClipRect({0, 0}, {1920, 1080});
        CanvasContext c{&list, imgui.transform(), &imgui.fonts(), &catalogue, &tr, Lang::Nl, atlas};
        DrawItems(c, history.board(), {}, ItemsDrawn::Resting);
    }
    // How many times over a list's triangles fill the screen, each within its clip rectangle.
    static double screens(ImDrawList& list) {
        ImDrawList* lists[] = {&list};
        ImDrawData data;
        data.CmdLists = lists;
        data.CmdListsCount = 1;
        data.DisplaySize = {1920, 1080};
        return coveredScreens(data);
    }
    // Laid over the first note, a little to the right and down: it hides most of it.
    void coverTheFirstNote() {
        const Note& under = history.board().notes.front();
        Id id = history.board().nextId;
        history.apply(addNote(id, NoteKind::Idea, {under.pos.x + 6, under.pos.y + 4}, "Erover"));
    }
};

TEST_F(ItemAtlasTest, NotesAndPartnersAreAFewQuadsEach) {
    const Count still = again();
    EXPECT_TRUE(atlasDrawn) << "the first frame draws their coverage into the atlas";
    const std::size_t items = history.board().notes.size() + history.board().actors.size();
    EXPECT_GE(still.fromAtlas, 2 * 3 * items) << "a shadow, the paper or disc, the text: a quad each";
    ImDrawList shapes(ImGui::GetDrawListSharedData()), viaAtlas(ImGui::GetDrawListSharedData());
    drawItems(shapes, nullptr);
    drawItems(viaAtlas, &layer.atlas());
    EXPECT_LT(viaAtlas.IdxBuffer.Size * 10, shapes.IdxBuffer.Size)
        << "the items with the atlas: " << viaAtlas.IdxBuffer.Size / 3 << " triangles, as shapes: " << shapes.IdxBuffer.Size / 3;
}

TEST_F(ItemAtlasTest, ItemsAreDrawnOnlyWhereNoItemDrawnAfterThemHidesThem) {
    coverTheFirstNote();
    again();
    const double noteArea = layout::kNoteWidth * layout::kNoteHeight * imgui.transform().scale * imgui.transform().scale / (1920.0 * 1080);
    for (ItemAtlas* atlas : {&layer.atlas(), static_cast<ItemAtlas*>(nullptr)}) {  // from the atlas, and as shapes
        ImDrawList whole(ImGui::GetDrawListSharedData()), shown(ImGui::GetDrawListSharedData());
        drawItems(whole, atlas);
        drawShown(shown, atlas);
        EXPECT_LT(screens(shown), screens(whole) - 0.8 * noteArea)
            << (atlas ? "atlas" : "shapes") << ": the note underneath, and what else lies under notes and partners";
    }
}

// Whether the pixel centre (x + 0.5, y + 0.5) lies within a triangle of the
// list whose three corners are wholly opaque (not a soft edge's).
bool opaqueAt(const ImDrawList& list, int x, int y) {
    const float px = static_cast<float>(x) + 0.5f, py = static_cast<float>(y) + 0.5f;
    for (const ImDrawCmd& cmd : list.CmdBuffer)
        for (unsigned i = 0; i + 2 < cmd.ElemCount; i += 3) {
            const ImDrawVert* v[3];
            bool opaque = true;
            for (int k = 0; k < 3; ++k) {
                v[k] = &list.VtxBuffer[cmd.VtxOffset + list.IdxBuffer[cmd.IdxOffset + i + k]];
                opaque = opaque && (v[k]->col >> IM_COL32_A_SHIFT & 0xFF) == 0xFF;
            }
            if (!opaque) continue;
            const auto side = [&](const ImVec2& a, const ImVec2& b) { return (b.x - a.x) * (py - a.y) - (b.y - a.y) * (px - a.x); };
            const float s0 = side(v[0]->pos, v[1]->pos), s1 = side(v[1]->pos, v[2]->pos), s2 = side(v[2]->pos, v[0]->pos);
            if ((s0 >= 0 && s1 >= 0 && s2 >= 0) || (s0 <= 0 && s1 <= 0 && s2 <= 0)) return true;
        }
    return false;
}

TEST_F(ItemAtlasTest, WhatANoteOrPartnerCountsAsOpaqueItPaintsWhole) {
    imgui.frame(view, imgui.input(history.board(), router, catalogue, tr));
    const Actor& partner = history.board().actors.front();
    // On the table and in the largest picture; upright, askew, turned to a seat and near 45°.
    for (const BoardTransform xf : {imgui.transform(), BoardTransform::fit(7680, 4320)})
        for (const double turn : {0.0, 1.5, -3.0, 33.0, -38.0, 44.0, 90.0, 135.0, 180.0, 270.0}) {
            Board board;
            Note note;
            note.id = 1;
            note.pos = {700.3, 480.7};
            note.rotation = turn;
            note.text = "Een idee dat de hele breedte vult";
            board.notes.push_back(note);
            Actor actor = partner;
            actor.id = 2;
            actor.pos = {1200.6, 300.2};
            actor.rotation = turn;
            board.actors.push_back(actor);
            for (int which = 0; which < 2; ++which) {
                ImDrawList list(ImGui::GetDrawListSharedData());
                list._ResetForNewFrame();
                list.PushTextureID(ImGui::GetIO().Fonts->TexID);
                list.PushClipRect({0, 0}, {7680, 4320});
                const CanvasContext c{&list, xf, &imgui.fonts(), &catalogue, &tr, Lang::Nl};
                which == 0 ? DrawNotes(c, board, {}) : DrawActors(c, board, {});
                const PixelRect r = which == 0 ? NotePaper(c, board.notes[0]) : TokenDisc(c, board.actors[0]);
                EXPECT_GT(std::min(r.x1 - r.x0, r.y1 - r.y0), 20) << "much of it counts, turned " << turn;
                // The rectangle's rim of pixels (the paper and the disc have no holes).
                for (int x = r.x0; x < r.x1; ++x)
                    for (int y : {r.y0, r.y1 - 1})
                        ASSERT_TRUE(opaqueAt(list, x, y)) << (which ? "partner" : "note") << " turned " << turn << " at scale "
                                                          << xf.scale << ": pixel " << x << "," << y;
                for (int y = r.y0; y < r.y1; ++y)
                    for (int x : {r.x0, r.x1 - 1})
                        ASSERT_TRUE(opaqueAt(list, x, y)) << (which ? "partner" : "note") << " turned " << turn << " at scale "
                                                          << xf.scale << ": pixel " << x << "," << y;
            }
        }
}

TEST_F(ItemAtlasTest, ALargeBoardFillsItsScreenFarFewerTimes) {
    history = History(makeStressBoard(catalogue, {40, 1000, 1000}));
    again();
    for (ItemAtlas* atlas : {&layer.atlas(), static_cast<ItemAtlas*>(nullptr)}) {
        ImDrawList whole(ImGui::GetDrawListSharedData()), shown(ImGui::GetDrawListSharedData());
        drawItems(whole, atlas);
        drawShown(shown, atlas);
        EXPECT_LT(screens(shown) * 2, screens(whole)) << (atlas ? "atlas" : "shapes") << ": " << screens(shown)
                                                        << " screens against " << screens(whole);
    }
}

TEST_F(ItemAtlasTest, ALookDrawnOnceIsDrawnFromTheAtlasAfterwards) {
    again();
    const std::size_t added = layer.atlas().added();
    again();
    EXPECT_FALSE(atlasDrawn) << "nothing new to draw into the atlas";
    EXPECT_EQ(layer.atlas().added(), added);
    EXPECT_GT(layer.atlas().hits(), 0u);
}

TEST_F(ItemAtlasTest, AnItemMovedElsewhereNeedsNothingNew) {
    again();
    const std::size_t added = layer.atlas().added();
    const Note& note = history.board().notes.front();
    // Any distance: a note's corners lie on whole pixels, so it looks the same wherever it lies.
    history.apply(moveNote(history.board(), note.id, {note.pos.x + 37.3, note.pos.y + 11.6}));
    EXPECT_TRUE(drawFrame());
    EXPECT_EQ(layer.atlas().added(), added);
    const Actor& actor = history.board().actors.front();
    history.apply(moveActor(history.board(), actor.id, {actor.pos.x - 20.45, actor.pos.y + 3.01}));
    EXPECT_TRUE(drawFrame());
    EXPECT_EQ(layer.atlas().added(), added);
    EXPECT_FALSE(atlasDrawn);
}

TEST_F(ItemAtlasTest, ANewLookGoesIntoTheAtlasNeverAnOldOne) {
    again();
    const std::size_t added = layer.atlas().added();
    history.apply(setNoteText(history.board(), history.board().notes.front().id, "Samen met de bib"));
    EXPECT_TRUE(drawFrame());
    EXPECT_EQ(layer.atlas().added(), added + 1) << "the new text only: the paper and shadow are drawn already";
    EXPECT_TRUE(atlasDrawn);
    history.apply(rotateNote(history.board(), history.board().notes.front().id, 7));
    EXPECT_TRUE(drawFrame());
    EXPECT_GT(layer.atlas().added(), added + 1) << "turned: other coverage";
}

TEST_F(ItemAtlasTest, WithoutRoomItemsStayExactlyAsDrawn) {
    imgui.frame(view, imgui.input(history.board(), router, catalogue, tr));  // fonts and draw flags as in a frame
    ImDrawList shapes(ImGui::GetDrawListSharedData()), viaAtlas(ImGui::GetDrawListSharedData());
    drawItems(shapes, nullptr);
    ItemAtlas noRoom(1, 1);
    noRoom.setTexture(textureNamed(9));
    ASSERT_TRUE(noRoom.newBuild());
    drawItems(viaAtlas, &noRoom);
    EXPECT_EQ(noRoom.added(), 0u);
    EXPECT_GT(noRoom.leftAsShapes(), 0u);
    EXPECT_EQ(noRoom.pending(), nullptr);
    ASSERT_EQ(viaAtlas.VtxBuffer.Size, shapes.VtxBuffer.Size);
    ASSERT_EQ(viaAtlas.IdxBuffer.Size, shapes.IdxBuffer.Size);
    EXPECT_EQ(std::memcmp(viaAtlas.VtxBuffer.Data, shapes.VtxBuffer.Data,
                          static_cast<std::size_t>(shapes.VtxBuffer.Size) * sizeof(ImDrawVert)), 0);
    EXPECT_EQ(std::memcmp(viaAtlas.IdxBuffer.Data, shapes.IdxBuffer.Data,
                          static_cast<std::size_t>(shapes.IdxBuffer.Size) * sizeof(ImDrawIdx)), 0);
}

TEST_F(ItemAtlasTest, AFullAtlasGrowsButNeverStartsAnewForNothing) {
    history = History(makeStressBoard(catalogue, {40, 1000, 1000}));
    imgui.frame(view, imgui.input(history.board(), router, catalogue, tr));
    ImDrawList list(ImGui::GetDrawListSharedData());
    ItemAtlas atlas(256, 512);
    atlas.setTexture(textureNamed(9));
    ASSERT_TRUE(atlas.newBuild());
    const std::uint64_t first = atlas.generation();
    drawItems(list, &atlas);
    EXPECT_GT(atlas.leftAsShapes(), 0u) << "a thousand notes do not fit 256 × 256";
    ASSERT_TRUE(atlas.newBuild());
    EXPECT_EQ(atlas.size(), 512);
    EXPECT_EQ(atlas.generation(), first + 1) << "larger, and so anew";
    drawItems(list, &atlas);
    ASSERT_TRUE(atlas.newBuild());
    EXPECT_EQ(atlas.generation(), first + 1)
        << "at its largest and full of what the board still shows: kept, the rest stays as shapes";
    const std::size_t added = atlas.added();
    drawItems(list, &atlas);
    EXPECT_EQ(atlas.added(), added);
}

TEST_F(ItemAtlasTest, ALargeBoardGetsARoomyAtlasInTheFrameItFirstShows) {
    history = History(makeStressBoard(catalogue, {40, 1000, 1000}));
    EXPECT_TRUE(drawFrame());
    EXPECT_GT(layer.atlas().size(), ItemAtlas::kStartSize);
    EXPECT_FALSE(layer.atlas().ranFull()) << "the still board went round once more, and everything found room";
    const std::uint64_t generation = layer.atlas().generation();
    const std::size_t added = layer.atlas().added();
    again();
    EXPECT_EQ(layer.atlas().generation(), generation) << "no later frame (a touch) starts it anew";
    EXPECT_EQ(layer.atlas().added(), added);
}

TEST_F(ItemAtlasTest, LooksNoLongerShownMakeRoomWithoutGrowing) {
    // Someone types on one note all day: every key leaves a look behind.
    history = History(Board{});
    history.apply(addNote(1, NoteKind::Idea, {600, 400}, "I"));
    imgui.frame(view, imgui.input(history.board(), router, catalogue, tr));
    ImDrawList list(ImGui::GetDrawListSharedData());
    ItemAtlas atlas(512, 2048);
    atlas.setTexture(textureNamed(9));
    const std::uint64_t first = (atlas.newBuild(), atlas.generation());
    std::string text = "I";
    for (int key = 0; key < 400 && atlas.generation() == first; ++key) {
        text += static_cast<char>('a' + key % 26);
        if (text.size() > 40) text = "I";
        history.apply(setNoteText(history.board(), 1, text));
        drawItems(list, &atlas);
        ASSERT_TRUE(atlas.newBuild());
    }
    EXPECT_EQ(atlas.generation(), first + 1) << "ran full and started anew";
    EXPECT_EQ(atlas.size(), 512) << "what the board shows still fits: no larger";
}

TEST_F(ItemAtlasTest, CheckingAKeptBoardAddsNothingAndAsksForNoRoom) {
    imgui.frame(view, imgui.input(history.board(), router, catalogue, tr));
    ImDrawList list(ImGui::GetDrawListSharedData());
    ItemAtlas atlas(256, 8192);
    atlas.setTexture(textureNamed(9));
    ASSERT_TRUE(atlas.newBuild());
    drawItems(list, &atlas);
    ASSERT_TRUE(atlas.ranFull()) << "the demo's items do not fit 256 × 256";
    const std::size_t added = atlas.added();
    for (int frame = 0; frame < 20; ++frame) {  // a debug build checks every kept frame
        ASSERT_TRUE(atlas.checkBuild());
        drawItems(list, &atlas);
    }
    EXPECT_EQ(atlas.added(), added);
    ASSERT_TRUE(atlas.newBuild());
    EXPECT_LE(atlas.size(), 2048) << "as large as the board needs, not twenty times that";
}

// Two shapes of one colour, one item: one quad or two.
int quadsFor(ItemAtlas& atlas, ImU32 colour, float secondX) {
    ImDrawList list(ImGui::GetDrawListSharedData());
    list._ResetForNewFrame();
    list.PushTextureID(ImGui::GetIO().Fonts->TexID);
    list.PushClipRect({0, 0}, {1920, 1080});
    const ItemAtlas::Mark mark = ItemAtlas::mark(list);
    list.AddRectFilled({0, 0}, {40, 40}, colour);
    list.AddRectFilled({secondX, 10}, {secondX + 40, 50}, colour);
    EXPECT_TRUE(atlas.replace(list, mark, {500, 500}));
    return list.IdxBuffer.Size / 6;
}

TEST_F(ItemAtlasTest, OverlappingSeeThroughShapesStayTwoQuads) {
    imgui.frame(view, imgui.input(history.board(), router, catalogue, tr));
    ItemAtlas atlas;
    atlas.setTexture(textureNamed(9));
    ASSERT_TRUE(atlas.newBuild());
    EXPECT_EQ(quadsFor(atlas, IM_COL32(0, 0, 0, 255), 20), 1) << "opaque: blending twice is blending once";
    EXPECT_EQ(quadsFor(atlas, IM_COL32(0, 0, 0, 60), 20), 2) << "see-through and overlapping: darker where both lie";
    EXPECT_EQ(quadsFor(atlas, IM_COL32(0, 0, 0, 60), 45), 1) << "see-through side by side";
}

TEST_F(ItemAtlasTest, AFreshAtlasWhoseShelvesRanOutGrowsThoughItsAreaWouldDo) {
    imgui.frame(view, imgui.input(history.board(), router, catalogue, tr));
    ItemAtlas atlas(256, 1024);
    atlas.setTexture(textureNamed(9));
    for (int build = 0; build < 3; ++build) {
        ASSERT_TRUE(atlas.newBuild());
        ImDrawList list(ImGui::GetDrawListSharedData());
        list._ResetForNewFrame();
        list.PushTextureID(ImGui::GetIO().Fonts->TexID);
        list.PushClipRect({0, 0}, {1920, 1080});
        // Thin shapes of fifteen heights: each height its own shelf, little area.
        for (int i = 1; i <= 15; ++i) {
            const ItemAtlas::Mark mark = ItemAtlas::mark(list);
            list.AddRectFilled({0, 0}, {8, static_cast<float>(16 * i + 1)}, IM_COL32(0, 0, 0, 255));
            atlas.replace(list, mark, {100, 100});
        }
    }
    EXPECT_EQ(atlas.size(), 1024) << "twice as large each time, never anew at the same size again and again";
}

TEST_F(ItemAtlasTest, FontsBakedAgainStartTheAtlasAnew) {
    ItemAtlas atlas;
    atlas.setTexture(textureNamed(9));
    ASSERT_TRUE(atlas.newBuild());
    const std::uint64_t generation = atlas.generation();
    ASSERT_TRUE(atlas.newBuild());
    EXPECT_EQ(atlas.generation(), generation);
    atlas.fontsBaked();  // perhaps into a texture of the same name
    ASSERT_TRUE(atlas.newBuild());
    EXPECT_EQ(atlas.generation(), generation + 1);
}

TEST_F(ItemAtlasTest, AnAtlasStartedAnewDrawsTheStillBoardWhole) {
    EXPECT_TRUE(drawFrame());
    EXPECT_FALSE(drawFrame());
    const std::uint64_t generation = layer.atlas().generation();
    ImGui::GetIO().Fonts->TexID = textureNamed(6);  // the fonts baked again (another size, another language)
    EXPECT_TRUE(drawFrame());
    EXPECT_EQ(layer.atlas().generation(), generation + 1);
    EXPECT_EQ(layer.damage().bounds(), (DamageRect{0, 0, 1920, 1080}));
}

}  // namespace
}  // namespace nt
