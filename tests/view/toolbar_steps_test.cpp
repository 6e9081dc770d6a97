// The undo and redo buttons say what they would do, in Dutch and English: in
// a line above them (a finger on the table cannot hover) and in full as their
// tooltips; long names are cut so the line stays within the toolbar.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include <imgui_internal.h>  // ImGui's log buffer and its windows

#include "core/board_file.h"
#include "core/combination_edits.h"
#include "core/edits.h"
#include "core/history.h"
#include "core/layout.h"
#include "view/offline_imgui.h"

namespace nt {
namespace {

const std::string kAssets = NT_SOURCE_ASSETS;

// The text a window drew in the last frame, read back from its draw list:
// each glyph is a quad whose corners carry the glyph's place in the font
// atlas. Spaces draw nothing, so they are left out (and of `expected` too).
std::string drawnText(const ImGuiWindow* window) {
    if (!window) return {};
    std::map<std::pair<float, float>, const ImFontGlyph*> glyphs;
    for (const ImFont* font : ImGui::GetIO().Fonts->Fonts)
        for (const ImFontGlyph& g : font->Glyphs)
            if (g.Visible) glyphs.emplace(std::pair{g.U0, g.V0}, &g);
    std::string text;
    const ImVector<ImDrawVert>& v = window->DrawList->VtxBuffer;
    for (int i = 0; i + 3 < v.Size; ++i) {
        const auto g = glyphs.find({v[i].uv.x, v[i].uv.y});
        if (g == glyphs.end() || v[i + 2].uv.x != g->second->U1 || v[i + 2].uv.y != g->second->V1) continue;
        char utf8[5] = {};
        ImTextCharToUtf8(utf8, g->second->Codepoint);
        text += utf8;
        i += 3;
    }
    return text;
}
std::string withoutSpaces(std::string text) {
    std::erase(text, ' ');
    return text;
}
#define EXPECT_DRAWN(window, expected) \
    EXPECT_NE(drawnText(window).find(withoutSpaces(expected)), std::string::npos) << drawnText(window)
#define EXPECT_NOT_DRAWN(window, expected) \
    EXPECT_EQ(drawnText(window).find(withoutSpaces(expected)), std::string::npos) << drawnText(window)

class ToolbarSteps : public ::testing::Test {
protected:
    // One frame of the board as the history has it.
    void frame(Lang lang = Lang::Nl) {
        now += 1.0 / 60;
        ViewInput in = imgui.input(history.board(), router, catalogue, lang == Lang::En ? en : nl, lang, now,
                                   history.canUndo(), history.canRedo());
        in.undoStep = history.undoName();
        in.redoStep = history.redoName();
        intents = imgui.frame(view, in).intents;
    }
    void frames(int n, Lang lang = Lang::Nl) {
        for (int i = 0; i < n; ++i) frame(lang);
    }
    Id actorNamed(const std::string& name) const {
        for (const Actor& a : history.board().actors)
            if (a.name == name) return a.id;
        ADD_FAILURE() << "no actor " << name;
        return kNoId;
    }
    void moveActor(const std::string& name, Vec2 to) {
        history.apply(nt::moveActor(history.board(), actorNamed(name), to));
    }
    // A window drawn in the last frame, by name; null when it was not.
    static const ImGuiWindow* drawn(const char* name) {
        const ImGuiWindow* w = ImGui::FindWindowByName(name);
        return w && w->Active ? w : nullptr;
    }
    static const ImGuiWindow* stepLine() { return drawn("##steps"); }
    static const ImGuiWindow* tooltip() { return drawn("##Tooltip_00"); }

    OfflineImGui imgui{kAssets};
    Catalogue catalogue = Catalogue::load(kAssets + "/catalogue/actor_types.json");
    Translations nl = Translations::load(kAssets + "/i18n/nl.json");
    Translations en = Translations::load(kAssets + "/i18n/en.json");
    History history{readBoardFile(kAssets + "/demo/demo-workshop.json")};
    PointerRouter router{history};
    BoardView view;
    ViewIntents intents;
    double now = 10;
};

TEST_F(ToolbarSteps, WithNothingToUndoTheButtonsKeepTheirShortLabelsAndNoLineShows) {
    frames(2);
    EXPECT_EQ(stepLine(), nullptr);
    const ImGuiWindow* toolbar = drawn("##toolbar");
    EXPECT_DRAWN(toolbar, "Ongedaan maken");
    EXPECT_DRAWN(toolbar, "Opnieuw");
    EXPECT_NOT_DRAWN(toolbar, "Ongedaan maken:");
}

TEST_F(ToolbarSteps, AfterAMoveTheLineSaysWhatUndoWouldTakeBackInBothLanguages) {
    moveActor("Bibliotheek Lochristi", {700, 300});
    frames(2);
    ASSERT_NE(stepLine(), nullptr);
    EXPECT_DRAWN(stepLine(), "Ongedaan maken: Bibliotheek Lochristi verplaatst");
    EXPECT_NOT_DRAWN(stepLine(), "Opnieuw");
    EXPECT_DRAWN(drawn("##toolbar"), "Ongedaan maken");  // the button keeps its short label
    EXPECT_NOT_DRAWN(drawn("##toolbar"), "verplaatst");

    frames(2, Lang::En);
    EXPECT_DRAWN(stepLine(), "Undo: Bibliotheek Lochristi moved");
}

TEST_F(ToolbarSteps, AfterAnUndoTheLineAlsoSaysWhatRedoWouldDo) {
    moveActor("Bibliotheek Lochristi", {700, 300});
    moveActor("WZC Ter Linde", {700, 700});
    ASSERT_TRUE(history.undo());
    frames(2);
    EXPECT_DRAWN(stepLine(), "Ongedaan maken: Bibliotheek Lochristi verplaatst · Opnieuw: WZC Ter Linde verplaatst");

    // Everything undone: only redo has something to say.
    ASSERT_TRUE(history.undo());
    frames(2);
    EXPECT_NOT_DRAWN(stepLine(), "Ongedaan maken");
    EXPECT_DRAWN(stepLine(), "Opnieuw: Bibliotheek Lochristi verplaatst");
    ASSERT_TRUE(history.redo());
    ASSERT_TRUE(history.redo());
    frames(2, Lang::En);
    EXPECT_DRAWN(stepLine(), "Undo: WZC Ter Linde moved");
    EXPECT_NOT_DRAWN(stepLine(), "Redo");
}

TEST_F(ToolbarSteps, LongNamesAreCutSoTheLineStaysWithinTheToolbarAndTheTooltipSaysItAll) {
    // "Voorlezen en muziek in het woonzorgcentrum"
    const Combination combination = history.board().combinations.front();
    history.apply(moveCombinationCard(history.board(), combination.id, {700, 880}));
    history.apply(renameActor(history.board(), actorNamed("WZC Ter Linde"), "Woonzorgcentrum Ter Linde en De Linde"));
    ASSERT_TRUE(history.undo());
    frames(2);
    const ImGuiWindow* line = stepLine();
    ASSERT_NE(line, nullptr);
    // Both names are cut (redo's first, undo's as little as fits), each with its ellipsis inside the quotes.
    const std::string text = drawnText(line);
    EXPECT_EQ(text.rfind(withoutSpaces("Ongedaan maken: Combinatie ‘Voorlezen en"), 0), 0u) << text;
    EXPECT_DRAWN(line, "…’ verplaatst · Opnieuw: Nieuwe naam ‘Woonzorg");
    EXPECT_EQ(text.substr(text.size() - std::string("…’").size()), "…’") << text;
    const Vec2 toolbarLeft = imgui.transform().toScreen({tray::kToolbar.x0, tray::kToolbar.y0});
    const Vec2 toolbarRight = imgui.transform().toScreen({tray::kToolbar.x1, tray::kToolbar.y0});
    EXPECT_GE(line->Pos.x, toolbarLeft.x);
    EXPECT_LE(line->Pos.x + line->Size.x, toolbarRight.x + 0.5);
    EXPECT_LE(line->Pos.y + line->Size.y, toolbarLeft.y + 16);  // on the buttons' top edge
    EXPECT_GE(line->Pos.y, toolbarLeft.y - 40);

    // A mouse over undo: the tooltip names the step with the whole name.
    EXPECT_EQ(tooltip(), nullptr);
    const auto undo = std::find_if(intents.layout.buttons.begin(), intents.layout.buttons.end(),
                                   [](const ViewLayout::Shown& b) { return b.key == "undo"; });
    ASSERT_NE(undo, intents.layout.buttons.end());
    const Vec2 over = undo->screen.centre();
    ImGui::GetIO().MousePos = {static_cast<float>(over.x), static_cast<float>(over.y)};
    frames(2);
    ASSERT_NE(tooltip(), nullptr);
    EXPECT_DRAWN(tooltip(), "Ongedaan maken: Combinatie ‘" + combination.name + "’ verplaatst");
}

}  // namespace
}  // namespace nt
