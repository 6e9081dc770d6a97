// The facilitator's side of the vote: the settings to start it with, closing
// and reopening, and the result panel that ranks the combinations (hidden
// while a vote keeps its results to itself) and marks the ones to follow up.
#include <algorithm>

#include <imgui.h>

#include "core/combination_edits.h"
#include "core/layout.h"
#include "core/vote_rules.h"
#include "view/board_view.h"
#include "view/theme.h"

namespace nt {

void BoardView::drawVoteControls(const ViewInput& in, ViewIntents& out) {
    if (m_voteSetupPending) {
        ImGui::OpenPopup("##votesetup");
        m_voteSetupPending = false;
        m_voteSettings = in.board.vote.settings;
    }
    const Vec2 anchor = in.xf.toScreen({tray::kToolbar.x0, tray::kToolbar.y0 - 8});
    ImGui::SetNextWindowPos({static_cast<float>(anchor.x), static_cast<float>(anchor.y)}, ImGuiCond_Appearing, {0, 1});
    if (!ImGui::BeginPopup("##votesetup")) return;
    ImGui::TextUnformatted(in.tr("vote.setup.title").c_str());
    ImGui::Separator();
    VoteSettings& v = m_voteSettings;
    ImGui::SetNextItemWidth(260 * static_cast<float>(in.xf.scale));
    ImGui::SliderInt(in.tr("vote.setup.perVoter").c_str(), &v.votesPerVoter, 1, 10);
    ImGui::SetNextItemWidth(260 * static_cast<float>(in.xf.scale));
    ImGui::SliderInt(in.tr("vote.setup.cap").c_str(), &v.capPerCombination, 0, 10,
                     v.capPerCombination == 0 ? in.tr("vote.setup.noCap").c_str() : "%d");
    ImGui::SetNextItemWidth(260 * static_cast<float>(in.xf.scale));
    ImGui::SliderInt(in.tr("vote.setup.seats").c_str(), &v.seats, 1, 12);
    ImGui::Checkbox(in.tr("vote.setup.live").c_str(), &v.resultsLive);
    ImGui::Spacing();
    ImGui::BeginDisabled(in.board.combinations.empty());
    if (ImGui::Button(in.tr("vote.setup.start").c_str())) {
        out.commands.push_back(openVote(in.board, v));
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndDisabled();
    if (in.board.combinations.empty()) ImGui::TextDisabled("%s", in.tr("vote.setup.needCombinations").c_str());
    ImGui::SameLine();
    if (ImGui::Button(in.tr("editor.cancel").c_str())) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void BoardView::drawResults(const ViewInput& in, ViewIntents& out) {
    const VoteState state = in.board.vote.state;
    if (state == VoteState::NotStarted) return;
    const layout::Rect& area = layout::kStrengthsColumn;
    const Vec2 p0 = in.xf.toScreen({area.x0, area.y0});
    ImGui::SetNextWindowPos({static_cast<float>(p0.x), static_cast<float>(p0.y)}, ImGuiCond_Always);
    ImGui::SetNextWindowSize({static_cast<float>((area.width() + 40) * in.xf.scale), 0});
    ImGui::Begin("##results", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::PushFont(in.fonts.bold);
    ImGui::TextUnformatted(in.tr(state == VoteState::Open ? "vote.results.live" : "vote.results.final").c_str());
    ImGui::PopFont();
    if (state == VoteState::Open && !in.board.vote.settings.resultsLive) {
        ImGui::TextWrapped("%s", in.tr("vote.results.hidden").c_str());
        ImGui::Text("%zu %s", in.board.votes.size(), in.tr("vote.results.cast").c_str());
        ImGui::End();
        return;
    }
    const auto ranked = ranking(in.board);
    const int most = ranked.empty() ? 0 : std::max(1, ranked.front().votes);
    const float barWidth = ImGui::GetContentRegionAvail().x;
    for (const RankedCombination& r : ranked) {
        const Combination* combo = findById(in.board.combinations, r.combination);
        if (!combo) continue;
        ImGui::PushID(static_cast<int>(combo->id));
        ImGui::Separator();
        const std::string rank = (r.tied ? in.tr("vote.results.shared") + " " : std::string()) + std::to_string(r.rank) + ".";
        ImGui::TextDisabled("%s", rank.c_str());
        ImGui::SameLine();
        ImGui::TextWrapped("%s", combo->name.empty() ? in.tr("combination.unnamed").c_str() : combo->name.c_str());
        if (!combo->fromTable.table.empty()) ImGui::TextDisabled("%s", combo->fromTable.table.c_str());  // which table sent it
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float h = ImGui::GetTextLineHeight() * 0.8f;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const size_t index = static_cast<size_t>(combo - in.board.combinations.data());
        dl->AddRectFilled(at, {at.x + barWidth, at.y + h}, theme::rgb(theme::kLine, 120), h / 2);
        if (r.votes > 0)
            dl->AddRectFilled(at, {at.x + barWidth * static_cast<float>(r.votes) / static_cast<float>(most), at.y + h},
                              theme::rgb(combo->fromTable.table.empty() ? theme::combinationColour(index)
                                                                        : theme::tableColour(combo->fromTable.table)),
                              h / 2);
        ImGui::Dummy({barWidth, h});
        bool followUp = combo->followUp;
        if (ImGui::Checkbox(in.tr("combination.markFollowUp").c_str(), &followUp))
            out.commands.push_back(setFollowUp(in.board, combo->id, followUp));
        ImGui::SameLine();
        ImGui::TextDisabled("%d %s", r.votes, in.tr(r.votes == 1 ? "vote.results.vote" : "vote.results.votes").c_str());
        ImGui::PopID();
    }
    ImGui::End();
}

}  // namespace nt
