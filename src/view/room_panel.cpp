// The room of tables on screen: a toolbar button with the link's state, and
// a card that shows, at the plenary, every table (online or not, its phase,
// what it has on its board) with the choice to let it run on its own clock;
// at a table, how its link to the room stands.
#include <algorithm>
#include <charconv>
#include <optional>
#include <string>

#include <imgui.h>

#include "core/programme.h"
#include "core/room_messages.h"
#include "session/room_member.h"
#include "view/board_view.h"
#include "view/keyboard_field.h"
#include "view/theme.h"
#include "view/touch_widgets.h"

namespace nt {

namespace {

std::uint32_t stateColour(RoomLinkState s) {
    switch (s) {
        case RoomLinkState::Online: return theme::kStrengthInk;
        case RoomLinkState::Refused: return theme::kBinRed;
        case RoomLinkState::Connecting:
        case RoomLinkState::Offline: return theme::kOvertime;
    }
    return theme::kInkSoft;
}

const char* stateKey(RoomLinkState s) {
    switch (s) {
        case RoomLinkState::Online: return "room.stateOnline";
        case RoomLinkState::Connecting: return "room.stateConnecting";
        case RoomLinkState::Offline: return "room.stateOffline";
        case RoomLinkState::Refused: return "room.stateRefused";
    }
    return "room.stateConnecting";
}

void dot(ImVec2 centre, float radius, std::uint32_t colour) {
    ImGui::GetWindowDrawList()->AddCircleFilled(centre, radius, theme::rgb(colour));
}

// "12 ideeën · 9 partners · 1 combinatie"
std::string counts(const room::TableStatus& t, const Translations& tr) {
    auto count = [&](int n, const char* one, const char* many) { return std::to_string(n) + " " + tr(n == 1 ? one : many); };
    return count(t.notes, "room.notes.one", "room.notes.many") + " · " +
           count(t.partners, "room.partners.one", "room.partners.many") + " · " +
           count(t.combinations, "room.combinations.one", "room.combinations.many");
}

// What the form asks for, when it is complete: an address (with a port or
// not), a code, and a table's name (spaces become '-').
std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(' ');
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

std::optional<ViewIntents::RoomJoin> roomJoin(const std::string& address, const std::string& code,
                                              const std::string& table) {
    ViewIntents::RoomJoin j;
    j.host = trimmed(address);
    if (const auto colon = j.host.rfind(':'); colon != std::string::npos) {
        int port = 0;
        const std::string digits = j.host.substr(colon + 1);
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), port);
        if (error != std::errc() || end != digits.data() + digits.size() || port < 1 || port > 65535) return std::nullopt;
        j.port = port;
        j.host.resize(colon);
    }
    j.code = trimmed(code);
    j.table = trimmed(table);
    std::replace(j.table.begin(), j.table.end(), ' ', '-');
    if (j.host.empty() || j.code.empty() || !room::validTableName(j.table)) return std::nullopt;
    return j;
}

}  // namespace

std::string tablePartText(const room::TableStatus& t, const Translations& tr) {
    if (!t.online) return tr("room.tableOffline");
    if (t.phaseIndex < 0) return tr("phase.notStarted");
    Phase phase;
    phase.kind = t.phase;
    return phaseTitle(phase, tr);
}

// A square toolbar button: a dot in the link's colour and the number of
// tables online (the plenary's) or the letter of the room (a table's).
void BoardView::drawRoomButton(const ViewInput& in, float height) {
    const RoomMember& room = *in.room;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    if (ImGui::Button("##room", {height * 1.4f, height})) m_roomPanelOpen = !m_roomPanelOpen;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", in.tr("toolbar.room").c_str());
    dot({p.x + height * 0.35f, p.y + height / 2}, height * 0.14f, stateColour(room.state()));
    int online = 0;
    for (const auto& [name, t] : room.tables()) online += t.online ? 1 : 0;
    const std::string label = room.plenary() ? std::to_string(online) : in.tr("room.short");
    ImGui::GetWindowDrawList()->AddText({p.x + height * 0.6f, p.y + (height - ImGui::GetTextLineHeight()) / 2},
                                        ImGui::GetColorU32(ImGuiCol_Text), label.c_str());
}

void BoardView::drawRoomPanel(const ViewInput& in, ViewIntents& out) {
    // At a table, the card opens by itself when the room's vote opens, and again with its result.
    if (in.room && !in.room->plenary() && in.room->roomVote()) {
        const VoteState state = in.room->roomVote()->state;
        if (state != m_roomVoteSeen && state != VoteState::NotStarted) m_roomPanelOpen = true;
        m_roomVoteSeen = state;
    }
    if (!m_roomPanelOpen) return;
    const float scale = static_cast<float>(in.xf.scale);
    const float finger = static_cast<float>(touch::kFingerHeight) * scale;
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, {0.5f, 0.5f});
    ImGui::SetNextWindowSizeConstraints({640 * scale, 0}, {1400 * scale, 900 * scale});
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {24 * scale, 20 * scale});
    ImGui::Begin("##roompanel", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_AlwaysAutoResize);
    if (!in.room) {
        drawRoomJoinForm(in, out);
    } else {
        drawRoomOf(in, out);
    }
    ImGui::Spacing();
    if (in.room) {
        if (ImGui::Button(in.tr("room.leave").c_str(), {0, finger})) out.leaveRoom = true;
        markItem(out, "roomLeave");
        ImGui::SameLine();
    }
    if (ImGui::Button(in.tr("phones.hide").c_str(), {0, finger})) m_roomPanelOpen = false;
    ImGui::End();
    ImGui::PopStyleVar();
}

void BoardView::drawRoomOf(const ViewInput& in, ViewIntents& out) {
    const RoomMember& room = *in.room;
    const float scale = static_cast<float>(in.xf.scale);
    const float finger = static_cast<float>(touch::kFingerHeight) * scale;
    ImGui::PushFont(in.fonts.heading);
    ImGui::TextUnformatted(room.plenary() ? in.tr("room.titlePlenary").c_str()
                                          : (in.tr("room.titleTable") + " " + room.table()).c_str());
    ImGui::PopFont();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float line = ImGui::GetTextLineHeight();
    dot({at.x + line * 0.4f, at.y + line / 2}, line * 0.25f, stateColour(room.state()));
    ImGui::Indent(line);
    ImGui::TextUnformatted(in.tr(stateKey(room.state())).c_str());
    ImGui::Unindent(line);
    ImGui::Spacing();
    if (room.plenary() && !room.inviteAddress().empty()) {
        // Big enough to read from a table across the room.
        ImGui::TextUnformatted(in.tr("room.inviteHow").c_str());
        ImGui::PushFont(in.fonts.heading);
        ImGui::TextUnformatted((in.tr("room.address") + " " + room.inviteAddress() + "   " + in.tr("room.code") + " " +
                                room.inviteCode())
                                   .c_str());
        ImGui::PopFont();
        ImGui::Spacing();
    }

    if (room.plenary()) {
        if (room.tables().empty()) ImGui::TextUnformatted(in.tr("room.noTables").c_str());
        else {
            if (ImGui::Button(in.tr("room.gallery.open").c_str(), {0, finger})) {
                m_roomGalleryOpen = true;
                m_roomPanelOpen = false;
            }
            markItem(out, "roomGallery");
        }
        for (const auto& [name, t] : room.tables()) {
            ImGui::Separator();
            ImGui::PushID(name.c_str());
            const ImVec2 row = ImGui::GetCursorScreenPos();
            dot({row.x + line * 0.4f, row.y + line * 0.8f}, line * 0.3f, t.online ? theme::kStrengthInk : theme::kInkSoft);
            ImGui::Indent(line * 1.2f);
            ImGui::BeginGroup();
            ImGui::PushFont(in.fonts.heading);
            ImGui::TextUnformatted(name.c_str());
            ImGui::PopFont();
            ImGui::TextUnformatted((tablePartText(t, in.tr) + " · " + counts(t, in.tr)).c_str());
            if (const auto v = room.counted().find(name); v != room.counted().end() && !v->second.votes.empty())
                ImGui::TextUnformatted((std::to_string(v->second.votes.size()) + " " +
                                        in.tr(v->second.votes.size() == 1 ? "room.vote.countedOne" : "room.vote.countedMany"))
                                           .c_str());
            if (const auto g = room.gathered().find(name); g != room.gathered().end() && !g->second.empty()) {
                ImGui::TextUnformatted(in.tr("room.gathered").c_str());
                for (const room::GatheredCombination& c : g->second) {
                    std::string partners;
                    for (const std::string& p : c.partners) partners += (partners.empty() ? "" : ", ") + p;
                    ImGui::BulletText("%s  (%s)", c.name.c_str(), partners.c_str());
                }
            }
            ImGui::EndGroup();
            ImGui::SameLine(0, 32 * scale);
            const bool own = room.ownClock(name);
            if (touch::Choice(in.tr("room.ownClock").c_str(), own, {0, finger})) out.ownClock = {name, !own};
            ImGui::Unindent(line * 1.2f);
            ImGui::PopID();
        }
    } else {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 620 * scale);
        ImGui::TextWrapped("%s", in.tr("room.tableExplains").c_str());
        ImGui::PopTextWrapPos();
        drawRoomVote(in, out);
    }
}

// Not in a room yet: join one as a table, or start one here as its plenary.
void BoardView::drawRoomJoinForm(const ViewInput& in, ViewIntents& out) {
    const float scale = static_cast<float>(in.xf.scale);
    const float finger = static_cast<float>(touch::kFingerHeight) * scale;
    const float width = 560 * scale;
    RoomForm& f = m_roomForm;
    ImGui::PushFont(in.fonts.heading);
    ImGui::TextUnformatted(in.tr("room.titlePlenary").c_str());
    ImGui::PopFont();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextWrapped("%s", in.tr("room.joinExplains").c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    ImGui::TextUnformatted(in.tr("room.address").c_str());
    TouchTextField(in, out, "room:address", "room.address.hint", f.address, f.addressTyping, 64, width);
    ImGui::TextUnformatted(in.tr("room.code").c_str());
    TouchTextField(in, out, "room:code", "room.code.hint", f.code, f.codeTyping, 64, width);
    ImGui::TextUnformatted(in.tr("room.tableName").c_str());
    TouchTextField(in, out, "room:table", "room.tableName.hint", f.table, f.tableTyping, room::kMaxTableName, width);

    const std::optional<ViewIntents::RoomJoin> join = roomJoin(f.address, f.code, f.table);
    if (f.tried && !join) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb(theme::kWeaknessInk));
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::TextWrapped("%s", in.tr("room.joinMissing").c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
    ImGui::Spacing();
    if (ImGui::Button(in.tr("room.join").c_str(), {0, finger})) {
        f.tried = true;
        if (join) out.joinRoom = *join;
    }
    markItem(out, "roomJoin");
    ImGui::SameLine();
    if (ImGui::Button(in.tr("room.host").c_str(), {0, finger})) out.hostRoom = true;
    markItem(out, "roomHost");
}

}  // namespace nt
