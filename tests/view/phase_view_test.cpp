// The phase banner, the end-of-phase pulse and bell, and the phase focus, in
// a windowless ImGui context with a fake programme clock.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/board_file.h"
#include "core/history.h"
#include "view/offline_imgui.h"
#include "view/phase_banner.h"
#include "view/phase_focus.h"

namespace nt {
namespace {

const std::string kAssets = NT_SOURCE_ASSETS;

TEST(Countdown, WholeSecondsRoundedUpAndOvertimeCountingUp) {
    EXPECT_EQ(formatCountdown(600), "10:00");
    EXPECT_EQ(formatCountdown(754.2), "12:35");
    EXPECT_EQ(formatCountdown(0.4), "0:01");
    EXPECT_EQ(formatCountdown(0), "0:00");
    EXPECT_EQ(formatCountdown(-0.5), "+0:00");
    EXPECT_EQ(formatCountdown(-65), "+1:05");
    EXPECT_EQ(formatCountdown(-3725), "+62:05");
}

TEST(BannerPlacements, OneFacingTheRoomOrOneOnEachLongSideOfTheTable) {
    Board board;
    const auto projector = bannerPlacements(board);
    ASSERT_EQ(projector.size(), 1u);
    EXPECT_EQ(projector[0].rotation, 0);
    EXPECT_EQ(projector[0].centre.x, kBoardWidth / 2);  // an empty board: the bottom middle
    EXPECT_GT(projector[0].centre.y, kBoardHeight / 2);
    board.display.layout = RoomLayout::Table;
    const auto table = bannerPlacements(board);
    ASSERT_EQ(table.size(), 2u);
    EXPECT_EQ(table[0].rotation, 0);
    EXPECT_EQ(table[1].rotation, 180);
    EXPECT_LT(table[1].centre.y, kBoardHeight / 2);  // the far side's banner sits at the far edge
    EXPECT_GT(table[0].centre.y, kBoardHeight / 2);
    for (const auto& b : table) {
        EXPECT_GE(b.centre.x - kBannerWidth / 2, 0);
        EXPECT_LE(b.centre.x + kBannerWidth / 2, kBoardWidth);
        EXPECT_GE(b.centre.y - kBannerHeight / 2, 0);
        EXPECT_LE(b.centre.y + kBannerHeight / 2, layout::kTray.y0);  // never over the tray
    }
}

TEST(BannerPlacements, DuringTheOwnPracticeTheFarBannerLeavesTheCardFree) {
    Board board = readBoardFile(kAssets + "/demo/demo-workshop.json");
    board.display.layout = RoomLayout::Table;
    const auto own = std::find_if(board.programme.phases.begin(), board.programme.phases.end(),
                                  [](const Phase& p) { return p.kind == PhaseKind::OwnPractice; });
    ASSERT_NE(own, board.programme.phases.end());
    board.programme.timer.phase = own->id;
    const auto table = bannerPlacements(board);
    ASSERT_EQ(table.size(), 2u);
    EXPECT_EQ(table[1].rotation, 180);
    EXPECT_GE(table[1].centre.y - kBannerHeight / 2, layout::kOwnPracticeCard.y1);  // below the card, not on it
    EXPECT_LT(table[1].centre.y, kBoardHeight / 2);                                 // still at the far side
}

TEST(BannerPlacements, TheProjectorBannerAvoidsNotesAndTokens) {
    Board board;
    const Vec2 middle = bannerPlacements(board)[0].centre;
    Note note;
    note.id = 1;
    note.pos = middle;
    board.notes.push_back(note);
    Actor actor;
    actor.id = 2;
    actor.pos = {middle.x + 200, middle.y};
    board.actors.push_back(actor);
    const Vec2 moved = bannerPlacements(board)[0].centre;
    EXPECT_TRUE(moved.x != middle.x || moved.y != middle.y);
    const layout::Rect r{moved.x - kBannerWidth / 2, moved.y - kBannerHeight / 2, moved.x + kBannerWidth / 2,
                         moved.y + kBannerHeight / 2};
    EXPECT_FALSE(r.contains(middle));
}

TEST(BannerPlacements, OnTheDemoBoardTheNearBannerHidesNoTokenAndNoNote) {
    Board board = readBoardFile(kAssets + "/demo/demo-workshop.json");
    for (RoomLayout layout : {RoomLayout::Projector, RoomLayout::Table}) {
        board.display.layout = layout;
        const Vec2 c = bannerPlacements(board)[0].centre;
        const layout::Rect r{c.x - kBannerWidth / 2, c.y - kBannerHeight / 2, c.x + kBannerWidth / 2, c.y + kBannerHeight / 2};
        auto clear = [&](const layout::Rect& o) { return o.x1 <= r.x0 || r.x1 <= o.x0 || o.y1 <= r.y0 || r.y1 <= o.y0; };
        for (const Actor& a : board.actors)  // the token and the first line of its name
            EXPECT_TRUE(clear({a.pos.x - 60, a.pos.y - layout::kTokenRadius, a.pos.x + 60, a.pos.y + layout::kTokenRadius + 26}))
                << a.name;
        for (const Note& n : board.notes)
            EXPECT_TRUE(clear({n.pos.x - layout::kNoteWidth / 2, n.pos.y - layout::kNoteHeight / 2, n.pos.x + layout::kNoteWidth / 2,
                               n.pos.y + layout::kNoteHeight / 2}))
                << n.text;
    }
}

TEST(PhaseFocus, EachPhaseLightsItsPartAndHandsOutItsTool) {
    EXPECT_EQ(phaseFocusArea(PhaseKind::OwnPractice)->centre().x, layout::kOwnPracticeCard.centre().x);
    EXPECT_EQ(phaseFocusArea(PhaseKind::Strengths)->x0, layout::kStrengthsColumn.x0);
    EXPECT_EQ(phaseFocusArea(PhaseKind::Weaknesses)->x0, layout::kWeaknessesColumn.x0);
    EXPECT_EQ(phaseFocusArea(PhaseKind::Partners)->x0, layout::kDiagramArea.x0);
    EXPECT_FALSE(phaseFocusArea(PhaseKind::WrapUp));
    EXPECT_EQ(phaseTool(PhaseKind::Strengths), 0);   // tray::kNoteKinds[0] is Strength
    EXPECT_EQ(phaseTool(PhaseKind::Weaknesses), 1);
    EXPECT_EQ(phaseTool(PhaseKind::Partners), 4);    // the partner chip
    EXPECT_FALSE(phaseTool(PhaseKind::OwnPractice));
}

class PhaseView : public ::testing::Test {
protected:
    OfflineFrame frame(BoardView& view, const Board& board) {
        ViewInput in = imgui.input(board, router, catalogue, tr, Lang::Nl, now);
        in.clock = clock;
        return imgui.frame(view, in);
    }
    // Lets `seconds` pass on both clocks in frames of a sixtieth.
    int bellsOver(BoardView& view, const Board& board, double seconds) {
        int bells = 0;
        for (double t = 0; t < seconds; t += 1.0 / 60) {
            now += 1.0 / 60;
            clock += 1.0 / 60;
            bells += frame(view, board).intents.bell ? 1 : 0;
        }
        return bells;
    }
    Board runningPhase(double secondsLeft) {
        Board b = history.board();
        const Phase& p = b.programme.phases.at(1);
        b.programme.timer = PhaseTimer{p.id, true, 0, clock - (p.durationSeconds - secondsLeft), 0};
        return b;
    }

    OfflineImGui imgui{kAssets};
    Catalogue catalogue = Catalogue::load(kAssets + "/catalogue/actor_types.json");
    Translations tr = Translations::load(kAssets + "/i18n/nl.json");
    History history{readBoardFile(kAssets + "/demo/demo-workshop.json")};
    PointerRouter router{history};
    double now = 10;        // the view's clock
    double clock = 1.8e9;   // the programme's clock
};

TEST_F(PhaseView, TheEndOfAPhaseRingsOnceAndPulsesForAFewSecondsThenCalms) {
    const Board board = runningPhase(2.5);
    BoardView view;
    frame(view, board);
    // Running: the next frame is due at the next second of the countdown, not sooner.
    ASSERT_TRUE(view.nextDeadline());
    EXPECT_NEAR(*view.nextDeadline() - now, 0.5, 1e-6);

    EXPECT_EQ(bellsOver(view, board, 2.0), 0);
    EXPECT_EQ(bellsOver(view, board, 1.0), 1);  // the time ran out
    // Pulsing: frames are wanted at animation pace.
    ASSERT_TRUE(view.nextDeadline());
    EXPECT_LT(*view.nextDeadline() - now, 0.1);
    EXPECT_EQ(bellsOver(view, board, PhaseBanner::kPulseSeconds + 1), 0);
    // Calm overtime: once a second again.
    ASSERT_TRUE(view.nextDeadline());
    EXPECT_GT(*view.nextDeadline() - now, 0.1);
}

TEST_F(PhaseView, ABoardOpenedInOvertimeOrAPausedTimerNeitherRingsNorTicks) {
    BoardView opened;
    EXPECT_EQ(bellsOver(opened, runningPhase(-30), 2), 0);

    Board paused = runningPhase(100);
    paused.programme.timer.running = false;
    paused.programme.timer.elapsed = 20;
    BoardView view;
    frame(view, paused);
    EXPECT_FALSE(view.nextDeadline());  // nothing moves: idle CPU stays at zero

    Board notStarted = history.board();
    BoardView welcome;
    frame(welcome, notStarted);
    EXPECT_FALSE(welcome.nextDeadline());
}

TEST_F(PhaseView, TheTableLayoutDrawsASecondBannerAndFocusWashesOutTheRest) {
    Board board = runningPhase(300);
    BoardView view;
    const int projector = frame(view, board).stats.vertices;
    board.display.layout = RoomLayout::Table;
    const int table = frame(view, board).stats.vertices;
    EXPECT_GT(table, projector + 500);  // a whole second banner (ring, card, text)

    Board wrapUp = board;
    wrapUp.programme.timer.phase = wrapUp.programme.phases.back().id;
    ASSERT_EQ(wrapUp.programme.phases.back().kind, PhaseKind::WrapUp);
    EXPECT_TRUE(frame(view, board).intents.commands.empty());  // drawing a phase never edits the board
    EXPECT_TRUE(frame(view, wrapUp).intents.commands.empty());
}

TEST(PhaseView4K, TheFontsAreBakedForTheScreenAndTheBannersDrawAt4K) {
    OfflineImGui imgui4k{kAssets, 3840, 2160};
    EXPECT_NEAR(imgui4k.fonts().display->FontSize, imgui4k.fonts().displaySize * 2, 0.01);
    EXPECT_NEAR(imgui4k.fonts().ui->FontSize, 48, 0.01);  // the panels follow the screen
    const Catalogue catalogue = Catalogue::load(kAssets + "/catalogue/actor_types.json");
    const Translations tr = Translations::load(kAssets + "/i18n/nl.json");
    History history{readBoardFile(kAssets + "/demo/demo-workshop.json")};
    PointerRouter router{history};
    Board board = history.board();
    board.display.layout = RoomLayout::Table;
    board.programme.timer = PhaseTimer{board.programme.phases.at(3).id, true, 0, 1000, 0};
    BoardView view;
    ViewInput in = imgui4k.input(board, router, catalogue, tr, Lang::Nl, 5);
    in.clock = 1100;
    EXPECT_GT(imgui4k.frame(view, in).stats.vertices, 5000);
    EXPECT_TRUE(tr.missingLookups().empty());
}

}  // namespace
}  // namespace nt
