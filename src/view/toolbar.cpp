// The facilitator's buttons in the tray: undo, redo, save, the vote, phones, language.
#include "view/board_view.h"
#include "core/vote_rules.h"
#include "input/hit_test.h"

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
    ImGui::BeginDisabled(!in.canUndo);
    if (ImGui::Button(in.tr("toolbar.undo").c_str(), {0, h})) out.undo = true;
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!in.canRedo);
    if (ImGui::Button(in.tr("toolbar.redo").c_str(), {0, h})) out.redo = true;
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(in.tr("toolbar.save").c_str(), {0, h})) out.save = true;
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
    if (in.phones) {
        ImGui::SameLine();
        drawPhonesButton(in, h);
    }
    ImGui::SameLine();
    if (ImGui::Button(in.lang == Lang::Nl ? "EN" : "NL", {0, h})) out.lang = in.lang == Lang::Nl ? Lang::En : Lang::Nl;
    ImGui::End();
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar();
}

}  // namespace nt
