// No drawn text falls back to its key: the whole view (every phase of the
// programme, before the start and in overtime, both room layouts, the vote
// in each state, the editor, menus, pickers, the panels and every popup the
// toolbar opens) is drawn in Dutch and in English with Translations
// recording each key it has no text for, and none may be recorded. A
// second check reads the sources for key-like literals, so text in a panel
// no frame here reaches still has both languages.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "core/board_file.h"
#include "core/history.h"
#include "core/layout.h"
#include "core/programme.h"
#include "view/offline_imgui.h"

namespace nt {
namespace {

const std::string kAssets = NT_SOURCE_ASSETS;
const std::string kSources = NT_SOURCE_DIR;

class MissingKeys : public ::testing::TestWithParam<Lang> {
protected:
    OfflineFrame frame(BoardView& view, const Board& board, double clock) {
        now += 1.0 / 60;
        ViewInput in = imgui.input(board, router, catalogue, tr, GetParam(), now);
        in.clock = clock;
        return imgui.frame(view, in);
    }
    void frames(BoardView& view, const Board& board, double clock, int n) {
        for (int i = 0; i < n; ++i) frame(view, board, clock);
    }
    // A press and release at a board position, fed to ImGui as the app does.
    void click(BoardView& view, const Board& board, double clock, Vec2 at) {
        ImGuiIO& io = ImGui::GetIO();
        const Vec2 s = imgui.transform().toScreen(at);
        io.MousePos = {static_cast<float>(s.x), static_cast<float>(s.y)};
        io.MouseDown[0] = true;
        frame(view, board, clock);
        io.MouseDown[0] = false;
        frames(view, board, clock, 2);
    }
    void expectNoMissing(const std::string& where) {
        const auto missing = tr.missingLookups();
        std::string list;
        for (const auto& key : missing) list += " " + key;
        EXPECT_TRUE(missing.empty()) << langName(GetParam()) << ", " << where << ": missing" << list;
    }

    OfflineImGui imgui{kAssets};
    Catalogue catalogue = Catalogue::load(kAssets + "/catalogue/actor_types.json");
    Translations tr = Translations::load(kAssets + "/i18n/" + langName(GetParam()) + ".json");
    History history{readBoardFile(kAssets + "/demo/demo-workshop.json")};
    PointerRouter router{history};
    double now = 10;
};

TEST_P(MissingKeys, TranslationsRecordAKeyTheyLack) {
    EXPECT_EQ(tr("no.such.key"), "no.such.key");
    EXPECT_EQ(tr.missingLookups(), std::vector<std::string>{"no.such.key"});
}

TEST_P(MissingKeys, EveryPhaseInBothLayoutsDrawsOnlyKnownKeys) {
    const double clock = 1.8e9;
    Board board = history.board();
    ASSERT_FALSE(board.programme.phases.empty());
    for (RoomLayout layout : {RoomLayout::Projector, RoomLayout::Table}) {
        board.display.layout = layout;
        board.programme.timer = {};
        BoardView before;
        frames(before, board, clock, 2);  // not started
        for (const Phase& phase : history.board().programme.phases) {
            for (bool running : {true, false}) {
                for (double spent : {30.0, phase.durationSeconds + 75.0}) {  // in time, then in overtime
                    board.programme.timer = PhaseTimer{phase.id, running, running ? 0 : spent, clock - spent, 0};
                    BoardView view;
                    frames(view, board, clock, 2);
                }
            }
        }
        // The vote in each state, with the results hidden and shown.
        for (VoteState state : {VoteState::Open, VoteState::Closed}) {
            for (bool live : {false, true}) {
                board.vote.state = state;
                board.vote.settings.resultsLive = live;
                BoardView view;
                frames(view, board, clock, 2);
            }
        }
        board.vote = history.board().vote;
    }
    expectNoMissing("phases, layouts and the vote");
}

TEST_P(MissingKeys, EditorsMenusPanelsAndToolbarPopupsDrawOnlyKnownKeys) {
    const Board& demo = history.board();
    const double clock = 1.8e9;
    const Note& note = demo.notes.front();
    const Actor& actor = demo.actors.front();
    const Municipality& bubble = demo.municipalities.front();
    std::vector<UiRequest> requests = {UiRequest{RequestKind::EditNote, note.id, note.pos},
                                       UiRequest{RequestKind::RenameActor, actor.id, actor.pos},
                                       UiRequest{RequestKind::ContextMenu, bubble.id, bubble.centre},
                                       UiRequest{RequestKind::ContextMenu, note.id, note.pos},
                                       UiRequest{RequestKind::ContextMenu, actor.id, actor.pos},
                                       UiRequest{RequestKind::PickActorType, kNoId, {300, 1000}},
                                       UiRequest{RequestKind::ToggleActor, actor.id, actor.pos}};
    for (const Combination& c : demo.combinations) {
        requests.push_back(UiRequest{RequestKind::ContextMenu, c.id, c.cardPos});
        requests.push_back(UiRequest{RequestKind::OpenCombination, c.id, c.cardPos});
    }
    for (int refusal = 0; refusal <= 5; ++refusal) requests.push_back(UiRequest{RequestKind::VoteRefused, kNoId, {}, refusal});
    for (WorkshopField f : kWorkshopFields)  // the card's editor for each text, and the date card
        requests.push_back(UiRequest{RequestKind::EditWorkshop, kNoId, workshopFieldRect(f).centre(), static_cast<int>(f)});
    for (const UiRequest& r : requests) {
        BoardView view;
        view.handle({r});
        frames(view, demo, clock, 3);
    }
    // Every button of the toolbar, pressed in turn: each popup it opens is drawn.
    BoardView view;
    frames(view, demo, clock, 2);
    for (double x = tray::kToolbar.x0 + 10; x < tray::kToolbar.x1; x += 16)
        click(view, demo, clock, {x, tray::kToolbar.centre().y});
    expectNoMissing("editors, menus, panels and popups");
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, MissingKeys, ::testing::Values(Lang::Nl, Lang::En),
                         [](const auto& p) { return std::string(langName(p.param)); });

// Key-like literals in the sources ("toolbar.undo", "phase.notStarted"):
// every one whose first part names a family of keys must exist in both files.
TEST(TranslationKeysInSources, EveryLiteralKeyExistsInBothLanguages) {
    const Translations nl = Translations::load(kAssets + "/i18n/nl.json");
    const Translations en = Translations::load(kAssets + "/i18n/en.json");
    std::set<std::string> families;
    for (const auto& kv : nl.all()) families.insert(kv.first.substr(0, kv.first.find('.')));
    const std::regex literal(R"re("([a-z][a-zA-Z]*(\.[a-zA-Z_]+)+)")re");
    int checked = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(kSources + "/src")) {
        if (!entry.is_regular_file()) continue;
        const auto ext = entry.path().extension();
        if (ext != ".cpp" && ext != ".h") continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        const std::string source = text.str();
        for (std::sregex_iterator it(source.begin(), source.end(), literal), end; it != end; ++it) {
            const std::string key = (*it)[1];
            if (!families.count(key.substr(0, key.find('.')))) continue;
            ++checked;
            EXPECT_TRUE(nl.has(key)) << entry.path().filename() << ": \"" << key << "\" has no Dutch text";
            EXPECT_TRUE(en.has(key)) << entry.path().filename() << ": \"" << key << "\" has no English text";
        }
    }
    EXPECT_GT(checked, 50);  // the scan found the keys at all
}

}  // namespace
}  // namespace nt
