// What a frame costs a software renderer, counted in the draw data rather
// than timed: how often its triangles cover the display, and how many
// vertices it has. A room of phones can add hundreds of notes and votes;
// notes piled exactly on each other and votes on one card must not cost a
// frame hundreds of notes' or dots' worth.
#include <gtest/gtest.h>

#include "core/board_file.h"
#include "core/history.h"
#include "core/phone_session.h"
#include "core/vote_rules.h"
#include "view/offline_imgui.h"

namespace nt {
namespace {

const std::string kAssets = NT_SOURCE_ASSETS;

class FillCost : public ::testing::Test {
protected:
    // The third frame of `board` (ImGui settles its windows first).
    OfflineFrame frame(const Board& board, double* screens = nullptr) {
        History history(board);
        PointerRouter router(history);
        BoardView view;
        OfflineFrame f;
        for (int i = 0; i < 3; ++i) {
            now += 1.0 / 60;
            f = imgui.frame(view, imgui.input(history.board(), router, catalogue, tr, Lang::Nl, now));
        }
        if (screens) *screens = coveredScreens(*ImGui::GetDrawData());
        return f;
    }

    // The demo with `count` phone notes added at one spot, as a full column's overflow lands.
    Board withPile(int count) const {
        Board b = demo;
        for (int i = 0; i < count; ++i) {
            Note n;
            n.id = b.nextId++;
            n.kind = NoteKind::Idea;
            n.text = "Telefoon " + std::to_string(i + 1);
            n.pos = {960, 700};
            n.fromPhone = i + 1;
            b.notes.push_back(n);
        }
        return b;
    }

    // The demo with the vote open and `phones` phone votes on its first combination.
    Board withVotes(int phones) const {
        Board b = demo;
        b.vote.state = VoteState::Open;
        b.vote.settings.capPerCombination = 0;
        for (int i = 0; i < phones; ++i)
            b.votes.push_back(Vote{b.nextId++, 1, b.combinations.front().id, deviceVoter(i + 1), "2026-11-24T10:00:00+01:00"});
        return b;
    }

    OfflineImGui imgui{kAssets};
    Catalogue catalogue = Catalogue::load(kAssets + "/catalogue/actor_types.json");
    Translations tr = Translations::load(kAssets + "/i18n/nl.json");
    Board demo = readBoardFile(kAssets + "/demo/demo-workshop.json");
    double now = 10;
};

// Every pixel is filled about once: the letterbox lies beside the board, not under
// it, and a note's shadow only where it shows; the paper is the colour the
// frame is cleared to, and a bubble's shadow is a ring beside its rim (3.5
// screens before, 1.24 after).
TEST_F(FillCost, TheDemoBoardFillsTheDisplayLessThanTwice) {
    double screens = 0;
    frame(demo, &screens);
    EXPECT_GT(screens, 0.5);  // the bubbles, columns, notes and tokens
    EXPECT_LT(screens, 2.0);
}

TEST_F(FillCost, APileOfPhoneNotesCostsAboutOneNote) {
    double one = 0, pile = 0;
    const OfflineFrame a = frame(withPile(1), &one);
    const OfflineFrame b = frame(withPile(300), &pile);
    EXPECT_LT(b.stats.vertices - a.stats.vertices, 400);  // the "+299" on top
    EXPECT_LT(pile - one, 0.01);
}

TEST_F(FillCost, NotesSideBySideAreAllDrawn) {
    Board b = withPile(1);
    OfflineFrame before = frame(b);
    Note beside = b.notes.back();
    beside.id = b.nextId++;
    beside.pos.x += 1;  // one unit off: both show, so both are drawn
    b.notes.push_back(beside);
    EXPECT_GT(frame(b).stats.vertices - before.stats.vertices, 100);
}

TEST_F(FillCost, AHundredPhoneVotesOnACardCostAFewDots) {
    ASSERT_FALSE(demo.combinations.empty());
    const OfflineFrame few = frame(withVotes(3));
    const OfflineFrame many = frame(withVotes(100));
    EXPECT_LT(many.stats.vertices - few.stats.vertices, 200);
}

}  // namespace
}  // namespace nt
