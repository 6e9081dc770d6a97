// The plenary's gallery of its room's tables: a live miniature of every
// table's board (drawn here from the board each table sends, not sent as a
// picture) with its name, link, part of the programme and counts; beside
// them where the tables' maps meet (the same partner or municipality on
// several tables). A tap on a miniature shows that board full size on the
// projector.
#include <algorithm>
#include <set>
#include <string>

#include <imgui.h>

#include "core/room_sketch.h"
#include "session/room_member.h"
#include "view/board_canvas.h"
#include "view/board_view.h"
#include "view/theme.h"
#include "view/touch_widgets.h"

namespace nt {

namespace {

// The whole board at `xf`, clipped to `clip`, on its paper.
void drawBoardAt(const ViewInput& in, ImDrawList* draw, const BoardTransform& xf, ImVec4 clip, const Board& board) {
    draw->PushClipRect({clip.x, clip.y}, {clip.z, clip.w}, true);
    const CanvasContext c{draw, xf, &in.fonts, &in.catalogue, &in.tr, in.lang};
    draw->AddRectFilled(c.at({0, 0}), c.at({kBoardWidth, kBoardHeight}), theme::rgb(theme::kBackground));
    DrawStillBoard(c, board, false);
    draw->PopClipRect();
}

// The board fitted into a rectangle of the screen.
BoardTransform fitInto(ImVec2 p0, ImVec2 p1) {
    BoardTransform xf = BoardTransform::fit(p1.x - p0.x, p1.y - p0.y);
    xf.offsetX += p0.x;
    xf.offsetY += p0.y;
    return xf;
}

std::string whereItStands(const RoomMember& room, const std::string& name, const Translations& tr) {
    const auto t = room.tables().find(name);
    return t == room.tables().end() ? std::string() : tablePartText(t->second, tr);
}

}  // namespace

void BoardView::drawRoomGallery(const ViewInput& in, ViewIntents& out) {
    if (!m_roomGalleryOpen || !in.room || !in.room->plenary()) {
        m_roomGalleryOpen = false;
        return;
    }
    const RoomMember& room = *in.room;
    const float scale = static_cast<float>(in.xf.scale);
    const float finger = static_cast<float>(touch::kFingerHeight) * scale;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, theme::rgb(theme::shade(theme::kBackground, -0.04f)));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {24 * scale, 16 * scale});
    ImGui::Begin("##roomgallery", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove);
    ImDrawList* draw = ImGui::GetWindowDrawList();

    // One table full size: the projector shows what that table made.
    if (const auto shown = room.boards().find(m_roomShownTable); shown != room.boards().end()) {
        const ImVec2 top = ImGui::GetCursorScreenPos();
        const float bar = finger + 16 * scale;
        const BoardTransform xf = fitInto({vp->Pos.x, top.y + bar}, {vp->Pos.x + vp->Size.x, vp->Pos.y + vp->Size.y});
        drawBoardAt(in, draw, xf, {vp->Pos.x, top.y + bar, vp->Pos.x + vp->Size.x, vp->Pos.y + vp->Size.y}, shown->second);
        ImGui::PushFont(in.fonts.heading);
        ImGui::TextUnformatted(m_roomShownTable.c_str());
        ImGui::PopFont();
        ImGui::SameLine(0, 24 * scale);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(whereItStands(room, m_roomShownTable, in.tr).c_str());
        ImGui::SameLine(0, 24 * scale);
        if (ImGui::Button(in.tr("room.gallery.back").c_str(), {0, finger})) m_roomShownTable.clear();
        markItem(out, "roomGalleryBack");
        ImGui::SameLine();
        if (ImGui::Button(in.tr("room.gallery.close").c_str(), {0, finger})) m_roomGalleryOpen = false;
        markItem(out, "roomGalleryClose");
        ImGui::End();
        ImGui::PopStyleVar();
        ImGui::PopStyleColor();
        return;
    }
    m_roomShownTable.clear();

    ImGui::PushFont(in.fonts.heading);
    ImGui::TextUnformatted(in.tr("room.gallery.title").c_str());
    ImGui::PopFont();
    ImGui::SameLine(0, 32 * scale);
    if (ImGui::Button(in.tr("room.gallery.close").c_str(), {0, finger})) m_roomGalleryOpen = false;
    markItem(out, "roomGalleryClose");
    ImGui::Spacing();

    // Every table heard of, with its board once it sent one.
    std::set<std::string> names;
    for (const auto& [name, status] : room.tables()) names.insert(name);
    for (const auto& [name, board] : room.boards()) names.insert(name);
    const ImVec2 area0 = ImGui::GetCursorScreenPos();
    const float sideWidth = vp->Size.x * 0.24f;
    const ImVec2 area1 = {vp->Pos.x + vp->Size.x - sideWidth - 24 * scale, vp->Pos.y + vp->Size.y - 16 * scale};
    if (names.empty()) ImGui::TextWrapped("%s", in.tr("room.noTables").c_str());
    const int n = static_cast<int>(names.size());
    const float gap = 16 * scale;
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float header = line * 2.3f + 8 * scale;
    // As many columns as make the miniatures largest; each cell as tall as its board needs.
    const float areaW = area1.x - area0.x, areaH = area1.y - area0.y;
    int columns = 1;
    float best = 0;
    for (int c = 1; c <= std::max(1, n); ++c) {
        const int r = (std::max(1, n) + c - 1) / c;
        const float w = (areaW - gap * static_cast<float>(c - 1)) / static_cast<float>(c) - 16 * scale;
        const float h = (areaH - gap * static_cast<float>(r - 1)) / static_cast<float>(r) - header - 8 * scale;
        const float fit = std::min(w / static_cast<float>(kBoardWidth), h / static_cast<float>(kBoardHeight));
        if (fit > best) best = fit, columns = c;
    }
    const float cellW = best * static_cast<float>(kBoardWidth) + 16 * scale;
    const float cellH = best * static_cast<float>(kBoardHeight) + header + 8 * scale;
    int i = 0;
    for (const std::string& name : names) {
        const ImVec2 p0{area0.x + static_cast<float>(i % columns) * (cellW + gap), area0.y + static_cast<float>(i / columns) * (cellH + gap)};
        const ImVec2 p1{p0.x + cellW, p0.y + cellH};
        ++i;
        const auto status = room.tables().find(name);
        const bool online = status != room.tables().end() && status->second.online;
        draw->AddRectFilled(p0, p1, theme::rgb(theme::kCard), 12 * scale);
        draw->AddRect(p0, p1, theme::rgb(theme::tableColour(name)), 12 * scale, 0, 3 * scale);
        draw->AddCircleFilled({p0.x + 18 * scale, p0.y + line * 0.6f}, line * 0.22f,
                              theme::rgb(online ? theme::kStrengthInk : theme::kInkSoft));
        draw->AddText(in.fonts.heading, line * 0.95f, {p0.x + 32 * scale, p0.y + 2 * scale}, theme::rgb(theme::kInk), name.c_str());
        std::string facts = whereItStands(room, name, in.tr);
        if (status != room.tables().end())
            facts += "  ·  " + std::to_string(status->second.partners) + " " + in.tr(status->second.partners == 1 ? "room.partners.one" : "room.partners.many") +
                     "  ·  " + std::to_string(status->second.combinations) + " " +
                     in.tr(status->second.combinations == 1 ? "room.combinations.one" : "room.combinations.many");
        draw->AddText({p0.x + 18 * scale, p0.y + line * 1.2f}, theme::rgb(theme::kInkSoft), facts.c_str());
        const ImVec2 m0{p0.x + 8 * scale, p0.y + header}, m1{p1.x - 8 * scale, p1.y - 8 * scale};
        if (const auto board = room.boards().find(name); board != room.boards().end() && m1.y > m0.y + 20)
            drawBoardAt(in, draw, fitInto(m0, m1), {m0.x, m0.y, m1.x, m1.y}, board->second);
        ImGui::SetCursorScreenPos(p0);
        ImGui::PushID(name.c_str());
        if (ImGui::InvisibleButton("##table", {cellW, cellH}) && room.boards().count(name)) m_roomShownTable = name;
        markItem(out, "roomTable:" + name);
        ImGui::PopID();
    }

    // Where the tables' maps meet: there supra-local work can start.
    ImGui::SetCursorScreenPos({area1.x + 24 * scale, area0.y});
    ImGui::BeginChild("##roommeet", {sideWidth, area1.y - area0.y});
    ImGui::PushTextWrapPos(sideWidth - 8 * scale);
    ImGui::PushFont(in.fonts.heading);
    ImGui::TextWrapped("%s", in.tr("room.meet.title").c_str());
    ImGui::PopFont();
    const std::vector<room::SharedPartner> partners = room::sharedPartners(room.boards());
    const std::vector<room::SharedMunicipality> places = room::sharedMunicipalities(room.boards());
    if (partners.empty() && places.empty()) ImGui::TextWrapped("%s", in.tr("room.meet.none").c_str());
    auto tablesOf = [](const std::vector<std::string>& tables) {
        std::string s;
        for (const std::string& t : tables) s += (s.empty() ? "" : ", ") + t;
        return s;
    };
    if (!partners.empty()) {
        ImGui::Spacing();
        ImGui::TextDisabled("%s", in.tr("room.meet.partners").c_str());
        for (const room::SharedPartner& p : partners) {
            ImGui::TextWrapped("%s%s%s", p.name.c_str(), p.municipality.empty() ? "" : " · ", p.municipality.c_str());
            ImGui::Indent(12 * scale);
            ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb(theme::kInkSoft));
            ImGui::TextWrapped("%s", tablesOf(p.tables).c_str());
            ImGui::PopStyleColor();
            ImGui::Unindent(12 * scale);
        }
    }
    if (!places.empty()) {
        ImGui::Spacing();
        ImGui::TextDisabled("%s", in.tr("room.meet.municipalities").c_str());
        for (const room::SharedMunicipality& m : places) {
            ImGui::TextWrapped("%s", m.name.c_str());
            ImGui::Indent(12 * scale);
            ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb(theme::kInkSoft));
            ImGui::TextWrapped("%s", tablesOf(m.tables).c_str());
            ImGui::PopStyleColor();
            ImGui::Unindent(12 * scale);
        }
    }
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

}  // namespace nt
