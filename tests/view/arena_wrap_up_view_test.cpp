// The arena panel, the ranked arena view and the wrap-up view build for the
// demo board in Dutch and English with every text translated, draw over the
// board, and change nothing by being drawn.
#include <gtest/gtest.h>

#include "core/board_file.h"
#include "core/history.h"
#include "view/offline_imgui.h"

namespace nt {
namespace {

const std::string kAssets = NT_SOURCE_ASSETS;

class ArenaAndWrapUpViews : public ::testing::TestWithParam<Lang> {
protected:
    OfflineFrame frames(BoardView& view, int n = 3) {
        OfflineFrame last;
        for (int i = 0; i < n; ++i) {
            now += 1.0 / 60;
            last = imgui.frame(view, imgui.input(demo, router, catalogue, tr, GetParam(), now));
        }
        return last;
    }
    std::string missingKeys() const {
        std::string list;
        for (const auto& key : tr.missingLookups()) list += " " + key;
        return list;
    }

    OfflineImGui imgui{kAssets};
    Catalogue catalogue = Catalogue::load(kAssets + "/catalogue/actor_types.json");
    Translations tr = Translations::load(kAssets + "/i18n/" + langName(GetParam()) + ".json");
    History history{readBoardFile(kAssets + "/demo/demo-workshop.json")};
    PointerRouter router{history};
    const Board& demo = history.board();
    double now = 10;
};

TEST_P(ArenaAndWrapUpViews, TheRankedViewAndAnActorsPanelDrawEveryTextTranslated) {
    const Board before = demo;
    ASSERT_FALSE(demo.workshop.arenaIssue.empty()) << "the demo shows an arena analysis";
    BoardView view;
    const OfflineFrame board = frames(view);
    view.showArenaRanking();
    const OfflineFrame ranked = frames(view);
    EXPECT_TRUE(view.arenaRankingOpen());
    EXPECT_GT(ranked.stats.drawLists, board.stats.drawLists);          // a window over the board
    EXPECT_GT(ranked.stats.vertices, board.stats.vertices + 2000);      // rows, tokens, dots and words
    EXPECT_TRUE(ranked.intents.commands.empty());

    for (const Actor& a : demo.actors) {  // assessed and not assessed, in and outside a bubble
        view.showArena(a.id);
        EXPECT_TRUE(frames(view, 2).intents.commands.empty());
        EXPECT_TRUE(view.arenaPanelOpen());
    }
    view.showArena(demo.nextId + 50);  // an actor that is gone closes its panel
    frames(view, 2);
    EXPECT_FALSE(view.arenaPanelOpen());
    EXPECT_EQ(missingKeys(), "");
    EXPECT_TRUE(demo == before);
}

TEST_P(ArenaAndWrapUpViews, TheWrapUpDrawsEveryTextTranslated) {
    const Board before = demo;
    BoardView view;
    const OfflineFrame board = frames(view);
    view.showWrapUp();
    const OfflineFrame wrapUp = frames(view);
    EXPECT_TRUE(view.wrapUpOpen());
    EXPECT_GT(wrapUp.stats.drawLists, board.stats.drawLists);
    EXPECT_TRUE(wrapUp.intents.commands.empty());
    EXPECT_FALSE(wrapUp.intents.save || wrapUp.intents.savePicture);
    view.closeWrapUp();
    frames(view);
    EXPECT_FALSE(view.wrapUpOpen());
    EXPECT_EQ(missingKeys(), "");
    EXPECT_TRUE(demo == before);
}

TEST_P(ArenaAndWrapUpViews, TheWrapUpShowsChosenCombinationsAnswersAndAVote) {
    // The demo after a closed vote with a chosen combination and two answers.
    Board b = demo;
    ASSERT_FALSE(b.combinations.empty());
    b.combinations.front().followUp = true;
    b.vote.state = VoteState::Closed;
    b.votes.push_back({b.nextId++, 1, b.combinations.front().id, "seat-1", "2026-11-23T16:00:00+01:00"});
    b.workshop.reflections["agreements"] = "Een korte samenwerkingsovereenkomst per project";
    b.workshop.reflections["show_impact"] = "Foto’s en verhalen van de bewoners";
    history.reset(b);
    BoardView view;
    view.showWrapUp();
    EXPECT_TRUE(frames(view).intents.commands.empty());
    EXPECT_EQ(missingKeys(), "");
}

TEST_P(ArenaAndWrapUpViews, TheMissingKeyCheckCatchesAKeyNoLanguageHas) {
    EXPECT_EQ(tr("arena.noSuchKey"), "arena.noSuchKey");
    EXPECT_EQ(missingKeys(), " arena.noSuchKey");
}

INSTANTIATE_TEST_SUITE_P(Languages, ArenaAndWrapUpViews, ::testing::Values(Lang::Nl, Lang::En),
                         [](const auto& param) { return std::string(langName(param.param)); });

}  // namespace
}  // namespace nt
