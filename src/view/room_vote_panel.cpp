// The room's vote at a table, in its room card: the seats pick their place
// and give their dots to the combinations every table sent to the plenary;
// once the plenary closes the vote, the room's ranking.
#include <algorithm>
#include <string>

#include <imgui.h>

#include "core/room_vote.h"
#include "session/room_member.h"
#include "view/board_view.h"
#include "view/theme.h"
#include "view/touch_widgets.h"

namespace nt {

namespace {

// "Tafel-B · bib, sportclub" (or the plenary's own)
std::string whoAndWith(const room::VoteCandidate& c, const Translations& tr) {
    std::string line = c.key.table.empty() ? tr("room.vote.plenaryOwn") : c.key.table;
    for (size_t k = 0; k < c.partners.size(); ++k) line += (k == 0 ? " · " : ", ") + c.partners[k];
    return line;
}

std::string candidateName(const room::VoteCandidate& c, const Translations& tr) {
    return c.name.empty() ? tr("combination.unnamed") : c.name;
}

void tableDot(const room::VoteCandidate& c, float line) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const std::uint32_t colour = c.key.table.empty() ? theme::kInkSoft : theme::tableColour(c.key.table);
    ImGui::GetWindowDrawList()->AddCircleFilled({at.x + line * 0.35f, at.y + line * 0.6f}, line * 0.3f, theme::rgb(colour));
    ImGui::Dummy({line * 0.9f, line});
    ImGui::SameLine();
}

}  // namespace

void BoardView::drawRoomVote(const ViewInput& in, ViewIntents& out) {
    const RoomMember& room = *in.room;
    if (!room.roomVote() || room.roomVote()->state == VoteState::NotStarted) return;
    const room::RoomVote& vote = *room.roomVote();
    const float scale = static_cast<float>(in.xf.scale);
    const float finger = static_cast<float>(touch::kFingerHeight) * scale;
    const float line = ImGui::GetTextLineHeight();
    const float width = 900 * scale;
    ImGui::Separator();
    ImGui::Spacing();
    ImGui::PushFont(in.fonts.heading);
    ImGui::TextUnformatted(in.tr(vote.state == VoteState::Open ? "room.vote.title" : "room.vote.closedTitle").c_str());
    ImGui::PopFont();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);

    if (vote.state == VoteState::Closed) {
        std::vector<const room::VoteCandidate*> ranked;
        for (const room::VoteCandidate& c : vote.candidates) ranked.push_back(&c);
        std::stable_sort(ranked.begin(), ranked.end(), [](auto* a, auto* b) { return a->rank < b->rank; });
        ImGui::BeginChild("##roomresult", {width, std::min(static_cast<float>(ranked.size()) * line * 2.6f + line, 480 * scale)});
        for (const room::VoteCandidate* c : ranked) {
            tableDot(*c, line);
            ImGui::Text("%d.  %s  ·  %d %s", c->rank, candidateName(*c, in.tr).c_str(), std::max(c->votes, 0),
                        in.tr(c->votes == 1 ? "room.vote.one" : "room.vote.many").c_str());
            ImGui::Indent(line * 1.2f);
            ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb(theme::kInkSoft));
            ImGui::TextWrapped("%s", whoAndWith(*c, in.tr).c_str());
            ImGui::PopStyleColor();
            ImGui::Unindent(line * 1.2f);
        }
        ImGui::EndChild();
        ImGui::PopTextWrapPos();
        return;
    }

    ImGui::TextWrapped("%s", in.tr("room.vote.explains").c_str());
    if (!room.ballotKnown()) {
        ImGui::TextWrapped("%s", in.tr("room.vote.waiting").c_str());
        ImGui::PopTextWrapPos();
        return;
    }
    // Whose turn: one seat at a time, in the seat's own colour.
    const int seats = in.board.vote.settings.seats;
    m_roomVoteSeat = std::clamp(m_roomVoteSeat, 1, seats);
    for (int seat = 1; seat <= seats; ++seat) {
        ImGui::PushID(seat);
        const std::uint32_t colour = theme::seatColour(seat);
        const bool chosen = seat == m_roomVoteSeat;
        ImGui::PushStyleColor(ImGuiCol_Button, theme::rgb(chosen ? colour : theme::shade(colour, 0.75f)));
        ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb(chosen ? 0xFFFFFF : theme::shade(colour, -0.3f)));
        if (ImGui::Button(std::to_string(seat).c_str(), {finger, finger})) m_roomVoteSeat = seat;
        ImGui::PopStyleColor(2);
        markItem(out, "roomVoteSeat" + std::to_string(seat));
        ImGui::PopID();
        ImGui::SameLine();
    }
    const int left = vote.votesPerVoter - room::ballotVotesOf(room.ballot(), m_roomVoteSeat);
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%s %d: %d %s", in.tr("room.vote.seat").c_str(), m_roomVoteSeat, left,
                in.tr(left == 1 ? "room.vote.dotLeft" : "room.vote.dotsLeft").c_str());
    ImGui::Spacing();

    if (vote.candidates.empty()) ImGui::TextWrapped("%s", in.tr("room.vote.noCandidates").c_str());
    ImGui::BeginChild("##roomcandidates", {width, std::min(static_cast<float>(vote.candidates.size()) * (finger + line * 1.6f) + line, 520 * scale)});
    for (const room::VoteCandidate& c : vote.candidates) {
        ImGui::PushID((c.key.table + "/" + std::to_string(c.key.id)).c_str());
        const std::string key = "roomVote:" + c.key.table + ":" + std::to_string(c.key.id);
        ImGui::BeginGroup();
        tableDot(c, line);
        ImGui::TextUnformatted(candidateName(c, in.tr).c_str());
        ImGui::Indent(line * 1.2f);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 520 * scale);
        ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb(theme::kInkSoft));
        ImGui::TextWrapped("%s", whoAndWith(c, in.tr).c_str());
        ImGui::PopStyleColor();
        ImGui::PopTextWrapPos();
        ImGui::Unindent(line * 1.2f);
        ImGui::EndGroup();
        ImGui::SameLine(width - 500 * scale);
        // This seat's dots on it, then the count the plenary shows.
        const int mine = room::ballotVotesFor(room.ballot(), m_roomVoteSeat, c.key);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        for (int k = 0; k < std::min(mine, 6); ++k)
            ImGui::GetWindowDrawList()->AddCircleFilled({at.x + line * (0.5f + static_cast<float>(k) * 0.8f), at.y + finger / 2}, line * 0.32f,
                                                        theme::rgb(theme::seatColour(m_roomVoteSeat)));
        ImGui::Dummy({line * 5, finger});
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        if (c.votes >= 0) ImGui::Text("%3d", c.votes);
        else ImGui::TextUnformatted("   ");
        ImGui::SameLine();
        ImGui::BeginDisabled(left <= 0);
        if (ImGui::Button(in.tr("room.vote.cast").c_str(), {0, finger}))
            out.roomVote = request::RoomVote{m_roomVoteSeat, c.key.table, c.key.id, true};
        ImGui::EndDisabled();
        markItem(out, key + ":cast");
        ImGui::SameLine();
        ImGui::BeginDisabled(mine == 0);
        if (ImGui::Button(in.tr("room.vote.takeBack").c_str(), {0, finger}))
            out.roomVote = request::RoomVote{m_roomVoteSeat, c.key.table, c.key.id, false};
        ImGui::EndDisabled();
        markItem(out, key + ":back");
        ImGui::PopID();
    }
    ImGui::EndChild();
    ImGui::PopTextWrapPos();
}

}  // namespace nt
