// The facilitator's buttons in the tray: undo, redo, save, the vote, phones, more, programme, settings
// (the language is chosen in the settings). Undo and redo say what they would
// do in a line above them, and in full as their tooltips.
#include <imgui_internal.h>  // BringWindowToDisplayBack: the step line stays under every panel

#include "view/board_view.h"
#include "core/layout.h"
#include "core/vote_rules.h"
#include "view/picture_export_view.h"
#include "view/settings_panel.h"
#include "view/theme.h"

namespace nt {

namespace {

constexpr float kStepLineScale = 0.9f;     // of the toolbar's font: a quiet line, still legible from 2 m
constexpr std::size_t kTooltipItemChars = 60;
// The longest names the line tries, undo's and redo's, in turn until it fits:
// undo's name is what the hand is about to take back, so redo's shrinks first.
struct ItemChars {
    std::size_t undo, redo;
};
constexpr ItemChars kLineItemChars[] = {
    {kStepWordsChars, kStepWordsChars}, {kStepWordsChars, 16}, {22, 10}, {16, 10}, {10, 10}};

// "Ongedaan maken: Bibliotheek verplaatst", the item cut to itemChars.
std::string stepLabel(const ViewInput& in, const char* key, const StepName& step, std::size_t itemChars) {
    return fillIn(in.tr(key), describeStep(in.tr, step, itemChars));
}

void stepTooltip(const ViewInput& in, const char* key, const StepName& step) {
    if (step.empty() || !ImGui::IsItemHovered()) return;
    ImGui::SetTooltip("%s", stepLabel(in, key, step, kTooltipItemChars).c_str());
}

// One part of the line: the button's words soft ("Ongedaan maken: "), the step in ink.
void drawLinePart(const ViewInput& in, const char* key, const std::string& step) {
    const std::string& text = in.tr(key);
    const auto at = text.find("{}");
    const std::string before = at == std::string::npos ? text + " " : text.substr(0, at);
    const std::string after = at == std::string::npos ? std::string() : text.substr(at + 2);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb(theme::kInkSoft));
    ImGui::TextUnformatted(before.c_str());
    ImGui::PopStyleColor();
    ImGui::SameLine(0, 0);
    ImGui::TextUnformatted(step.c_str());
    if (!after.empty()) {
        ImGui::SameLine(0, 0);
        ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb(theme::kInkSoft));
        ImGui::TextUnformatted(after.c_str());
        ImGui::PopStyleColor();
    }
}

// The line above undo and redo that says what each would do: a tooltip needs
// a hovering mouse, which a finger on the table does not have. It starts at
// the undo button (left) and stays within the toolbar (right), its bottom on
// the buttons' top edge; long names are cut with "…" until it fits (redo's
// first), and where even short names do not fit, the redo part goes.
void drawStepLine(const ViewInput& in, float left, float right, float bottom) {
    const bool undo = in.canUndo && !in.undoStep.empty();
    const bool redo = in.canRedo && !in.redoStep.empty();
    if (!undo && !redo) return;
    const float s = static_cast<float>(in.xf.scale);
    const ImVec2 padding{10 * s, 3 * s};
    ImFont* font = in.fonts.body;
    const float px = font->FontSize * kStepLineScale;
    const std::string gap = "   ·   ";
    const float room = right - left - 2 * padding.x;
    std::string undoText, redoText;  // the steps in words
    bool withRedo = redo;
    float textWidth = 0;
    auto fits = [&] {
        for (const ItemChars chars : kLineItemChars) {
            undoText = undo ? describeStep(in.tr, in.undoStep, chars.undo) : std::string();
            redoText = withRedo ? describeStep(in.tr, in.redoStep, undo ? chars.redo : chars.undo) : std::string();
            std::string line = undo ? fillIn(in.tr("toolbar.undoStep"), undoText) : std::string();
            if (withRedo) line += (undo ? gap : std::string()) + fillIn(in.tr("toolbar.redoStep"), redoText);
            textWidth = font->CalcTextSizeA(px, FLT_MAX, 0, line.c_str()).x;
            if (textWidth <= room) return true;
        }
        return false;
    };
    if (!fits() && undo && redo) {
        withRedo = false;
        fits();
    }
    const float height = px + 2 * padding.y;
    ImGui::SetNextWindowPos({left, bottom - height});
    ImGui::SetNextWindowSize({std::min(textWidth, room) + 2 * padding.x, height});
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, padding);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 8 * s);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, {0, 0});
    ImGui::PushStyleColor(ImGuiCol_WindowBg, theme::rgb(theme::shade(theme::kBackground, -0.05f)));
    ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb(theme::kInk));
    ImGui::Begin("##steps", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoBringToFrontOnFocus |
                     ImGuiWindowFlags_NoFocusOnAppearing);
    ImGui::BringWindowToDisplayBack(ImGui::GetCurrentWindow());
    ImGui::PushFont(font);
    ImGui::SetWindowFontScale(kStepLineScale);
    if (undo) drawLinePart(in, "toolbar.undoStep", undoText);
    if (undo && withRedo) {
        ImGui::SameLine(0, 0);
        ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb(theme::kInkSoft));
        ImGui::TextUnformatted(gap.c_str());
        ImGui::PopStyleColor();
        ImGui::SameLine(0, 0);
    }
    if (withRedo) drawLinePart(in, "toolbar.redoStep", redoText);
    ImGui::PopFont();
    ImGui::End();
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar(4);
}

}  // namespace

void BoardView::drawToolbar(const ViewInput& in, ViewIntents& out) {
    const auto& r = tray::kToolbar;
    const Vec2 p0 = in.xf.toScreen({r.x0, r.y0});
    const Vec2 p1 = in.xf.toScreen({r.x1, r.y1});
    ImGui::SetNextWindowPos({static_cast<float>(p0.x), static_cast<float>(p0.y)});
    ImGui::SetNextWindowSize({static_cast<float>(p1.x - p0.x), static_cast<float>(p1.y - p0.y)});
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {8, 8});
    ImGui::PushStyleColor(ImGuiCol_WindowBg, 0);
    ImGui::PushStyleColor(ImGuiCol_Border, 0);
    ImGui::Begin("##toolbar", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    const float h = static_cast<float>(p1.y - p0.y) - 16;
    // The board's own font and tighter spacing: the toolbar is part of the
    // board, so it keeps its size whatever the panels' UI scale.
    const float s = static_cast<float>(in.xf.scale);
    ImGui::PushFont(in.fonts.body);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, {10 * s, 6 * s});
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, {8 * s, 8 * s});
    // Each button by name, for the UI tests' screen map (app/ui_map.h).
    auto mark = [&](const char* name) {
        const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        out.layout.buttons.push_back({name, {a.x, a.y, b.x, b.y}});
    };
    ImGui::BeginDisabled(!in.canUndo);
    if (ImGui::Button(in.tr("toolbar.undo").c_str(), {0, h})) out.undo = true;
    mark("undo");
    stepTooltip(in, "toolbar.undoStep", in.undoStep);
    const ImVec2 undoAt = ImGui::GetItemRectMin();
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!in.canRedo);
    if (ImGui::Button(in.tr("toolbar.redo").c_str(), {0, h})) out.redo = true;
    mark("redo");
    stepTooltip(in, "toolbar.redoStep", in.redoStep);
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(in.tr("toolbar.save").c_str(), {0, h})) out.save = true;
    mark("save");
    ImGui::SameLine();
    switch (in.board.vote.state) {
        case VoteState::NotStarted:
            if (ImGui::Button(in.tr("toolbar.vote").c_str(), {0, h})) m_voteSetupPending = true;
            break;
        case VoteState::Open:
            if (ImGui::Button(in.tr("toolbar.closeVote").c_str(), {0, h})) out.commands.push_back(closeVote(in.board));
            break;
        case VoteState::Closed:
            if (ImGui::Button(in.tr("toolbar.reopenVote").c_str(), {0, h})) out.commands.push_back(reopenVote(in.board));
            break;
    }
    mark("vote");
    if (in.phones) {
        ImGui::SameLine();
        drawPhonesButton(in, h);
        mark("phones");
    }
    if (in.room) {
        ImGui::SameLine();
        drawRoomButton(in, h);
        mark("room");
    }
    ImGui::SameLine();
    if (ImGui::Button(in.tr("toolbar.more").c_str(), {0, h})) ImGui::OpenPopup("##more");
    mark("more");
    drawMoreMenu(in, out);
    ImGui::SameLine();
    if (DrawClockButton("##programme", m_programme.visible(), h)) m_programme.toggle();
    mark("clock");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", in.tr("toolbar.programme").c_str());
    ImGui::SameLine();
    if (DrawSettingsButton(in.tr("toolbar.settings"), h)) m_settingsPending = true;
    mark("settings");
    ImGui::PopStyleVar(2);
    ImGui::PopFont();
    ImGui::End();
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar();
    drawStepLine(in, undoAt.x, static_cast<float>(p1.x), undoAt.y);
}

// The board as a picture, and the views that cover the board: the ranked
// arena and the wrap-up. The picture sizes come first: the popup grows
// upwards from the button, so the views stay where the hand knows them.
void BoardView::drawMoreMenu(const ViewInput& in, ViewIntents& out) {
    const float s = static_cast<float>(in.xf.scale);
    ImGui::SetNextWindowPos({ImGui::GetItemRectMax().x, ImGui::GetItemRectMin().y - 8 * s}, ImGuiCond_Appearing, {1, 1});
    if (!ImGui::BeginPopup("##more")) return;
    const ImVec2 size{0, 60 * s};
    // Newer entries on top: the popup grows upwards, so nothing below them moves.
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, {0, 0.5f});
    if (ImGui::Selectable(in.tr("toolbar.roomMenu").c_str(), false, 0, size)) m_roomPanelOpen = true;
    const ImVec2 r0 = ImGui::GetItemRectMin(), r1 = ImGui::GetItemRectMax();
    out.layout.buttons.push_back({"moreRoom", {r0.x, r0.y, r1.x, r1.y}});
    ImGui::Separator();
    ImGui::BeginDisabled(in.picture && in.picture->running());
    // Saved first; the start screen then lists it to carry on with.
    if (ImGui::Selectable(in.tr("toolbar.closeBoard").c_str(), false, 0, size)) out.closeBoard = true;
    const ImVec2 c0 = ImGui::GetItemRectMin(), c1 = ImGui::GetItemRectMax();
    out.layout.buttons.push_back({"moreCloseBoard", {c0.x, c0.y, c1.x, c1.y}});
    ImGui::Separator();
    if (ImGui::Selectable(in.tr("report.save").c_str(), false, 0, size)) out.saveReport = true;
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    out.layout.buttons.push_back({"moreReport", {a.x, a.y, b.x, b.y}});
    ImGui::EndDisabled();
    ImGui::PopStyleVar();
    ImGui::Separator();
    DrawPictureSizeChoices(in, size.y, out);
    ImGui::Separator();
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, {0, 0.5f});
    if (ImGui::Selectable(in.tr("toolbar.arena").c_str(), false, 0, size)) m_arenaView.open();
    if (ImGui::Selectable(in.tr("toolbar.wrapUp").c_str(), false, 0, size)) m_wrapUp.open();
    const ImVec2 w0 = ImGui::GetItemRectMin(), w1 = ImGui::GetItemRectMax();
    out.layout.buttons.push_back({"moreWrapUp", {w0.x, w0.y, w1.x, w1.y}});
    ImGui::PopStyleVar();
    ImGui::EndPopup();
}

}  // namespace nt
