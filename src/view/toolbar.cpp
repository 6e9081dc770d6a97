// The facilitator's buttons in the tray: undo, redo, save, the vote, phones, more, programme, settings
// (the language is chosen in the settings).
#include "view/board_view.h"
#include "core/layout.h"
#include "core/vote_rules.h"
#include "view/picture_export_view.h"
#include "view/settings_panel.h"

namespace nt {

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
        out.buttons.push_back({name, {a.x, a.y, b.x, b.y}});
    };
    ImGui::BeginDisabled(!in.canUndo);
    if (ImGui::Button(in.tr("toolbar.undo").c_str(), {0, h})) out.undo = true;
    mark("undo");
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!in.canRedo);
    if (ImGui::Button(in.tr("toolbar.redo").c_str(), {0, h})) out.redo = true;
    mark("redo");
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
    ImGui::BeginDisabled(in.picture && in.picture->running());
    // Saved first; the start screen then lists it to carry on with.
    if (ImGui::Selectable(in.tr("toolbar.closeBoard").c_str(), false, 0, size)) out.closeBoard = true;
    const ImVec2 c0 = ImGui::GetItemRectMin(), c1 = ImGui::GetItemRectMax();
    out.buttons.push_back({"moreCloseBoard", {c0.x, c0.y, c1.x, c1.y}});
    ImGui::Separator();
    if (ImGui::Selectable(in.tr("report.save").c_str(), false, 0, size)) out.saveReport = true;
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    out.buttons.push_back({"moreReport", {a.x, a.y, b.x, b.y}});
    ImGui::EndDisabled();
    ImGui::PopStyleVar();
    ImGui::Separator();
    DrawPictureSizeChoices(in, size.y, out);
    ImGui::Separator();
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, {0, 0.5f});
    if (ImGui::Selectable(in.tr("toolbar.arena").c_str(), false, 0, size)) m_arenaView.open();
    if (ImGui::Selectable(in.tr("toolbar.wrapUp").c_str(), false, 0, size)) m_wrapUp.open();
    const ImVec2 w0 = ImGui::GetItemRectMin(), w1 = ImGui::GetItemRectMax();
    out.buttons.push_back({"moreWrapUp", {w0.x, w0.y, w1.x, w1.y}});
    ImGui::PopStyleVar();
    ImGui::EndPopup();
}

}  // namespace nt
