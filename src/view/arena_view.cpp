// The ranked arena view.
#include "view/arena_view.h"

#include <algorithm>

#include <imgui.h>

#include "core/arena.h"
#include "view/board_view.h"
#include "view/keyboard_field.h"
#include "view/theme.h"

namespace nt {

namespace {

// The assessment as one line of words: "vervangbaar: eerder klein · afhankelijkheid: groot · wat het meebrengt".
std::string assessmentLine(const Translations& tr, const ArenaAssessment& a) {
    std::string line;
    auto add = [&](const std::string& part) { line += (line.empty() ? "" : "   ·   ") + part; };
    if (a.dependency != Dependency::Unset) add(tr("arena.dependencyShort") + ": " + tr(dependencyKey(a.dependency)));
    if (a.replaceability != Replaceability::Unset) {
        std::string r = tr("arena.replaceabilityShort") + ": " + tr(replaceabilityKey(a.replaceability));
        if (!a.replaceableBy.empty()) r += " (" + a.replaceableBy + ")";
        add(r);
    }
    if (!a.resources.empty()) {
        std::string firstLine = a.resources.substr(0, a.resources.find('\n'));
        add(truncateUtf8(std::move(firstLine), 120));
    }
    return line;
}

// Four dots, the first `importance` of them filled.
void importanceDots(ImDrawList* draw, ImVec2 leftMiddle, float radius, int importance) {
    for (int i = 0; i < 4; ++i) {
        const ImVec2 c{leftMiddle.x + radius + static_cast<float>(i) * radius * 2.8f, leftMiddle.y};
        if (i < importance) draw->AddCircleFilled(c, radius, theme::rgb(theme::kAccent));
        else draw->AddCircle(c, radius - 1, theme::rgb(theme::kLine), 0, 2);
    }
}

}  // namespace

void ArenaView::draw(const ViewInput& in, ViewIntents& out, ArenaPanel& panel) {
    if (!m_open) return;
    const Board& b = in.board;
    const float s = static_cast<float>(in.xf.scale);
    const float finger = static_cast<float>(touch::kFingerHeight) * s;
    touch::BeginBoardCover("##arenaView", in.xf, m_justOpened);
    if (m_justOpened) m_issue.reset();
    m_justOpened = false;

    // Title and the way back.
    ImGui::PushFont(in.fonts.heading);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(in.tr("arena.title").c_str());
    ImGui::PopFont();
    const float backWidth = 330 * s;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - backWidth);
    if (touch::Choice(in.tr("arena.back").c_str(), true, {backWidth, finger})) {
        m_open = false;
        panel.close();
    }

    // The issue, typed on the facilitator's keyboard.
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(in.fonts.heading);
    ImGui::TextUnformatted(in.tr("arena.issue").c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    if (touch::BoundInput("##issue", m_issue, b.workshop.arenaIssue, in.tr("arena.issueHint")))
        out.commands.push_back(setArenaIssue(b, m_issue.text));
    OfferKeyboard(in, out,
                  boardField("arena:issue", "arena.issueHint", false, kMaxNameBytes,
                             [](const Board& board) { return std::optional(board.workshop.arenaIssue); },
                             [](const Board& board, const std::string& text) { return setArenaIssue(board, text); }));
    ImGui::TextDisabled("%s", in.tr("arena.rule").c_str());
    ImGui::Spacing();

    // The actors in rank order.
    ImGui::BeginChild("##ranking", {0, 0}, false);
    if (b.actors.empty()) ImGui::TextWrapped("%s", in.tr("arena.noActors").c_str());
    const float rowHeight = 80 * s;
    bool unassessedHeading = false;
    for (const ArenaRank& r : arenaRanking(b)) {
        const Actor* a = findById(b.actors, r.actor);
        if (!a) continue;
        if (r.rank == 0 && !unassessedHeading) {
            touch::Label(in.tr("arena.notAssessed"));
            unassessedHeading = true;
        }
        ImGui::PushID(static_cast<int>(a->id));
        const ImVec2 p0 = ImGui::GetCursorScreenPos();
        const float width = ImGui::GetContentRegionAvail().x;
        if (ImGui::InvisibleButton("##row", {width, rowHeight})) panel.open(a->id);
        const bool hot = ImGui::IsItemHovered();
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const ImVec2 p1{p0.x + width, p0.y + rowHeight};
        draw->AddRectFilled(p0, p1, theme::rgb(hot ? theme::shade(theme::kCard, -0.03f) : theme::kCard), 12 * s);
        draw->AddRect(p0, p1, theme::rgb(theme::kLine), 12 * s, 0, 1.5f * s);
        const float midY = p0.y + rowHeight / 2;

        // Rank, token, name and where.
        if (r.rank > 0) {
            const std::string rank = std::to_string(r.rank) + (r.tied ? "=" : ".");
            draw->AddText(in.fonts.heading, in.fonts.headingSize * s, {p0.x + 18 * s, midY - in.fonts.headingSize * s * 0.62f},
                          theme::rgb(theme::kInk), rank.c_str());
        }
        const ActorType& type = in.catalogue.find(a->type, &b);
        touch::Token(draw, in.fonts, in.xf, type, {p0.x + 110 * s, midY}, 24);
        const float nameX = p0.x + 152 * s;
        const float nameWidth = 470 * s;
        const ImVec4 clip{nameX, p0.y, nameX + nameWidth, p1.y};
        const float bodyPx = 22 * s;
        draw->AddText(in.fonts.heading, 26 * s, {nameX, p0.y + 8 * s}, theme::rgb(theme::kInk), a->name.c_str(), nullptr, 0, &clip);
        const Municipality* m = findById(b.municipalities, a->municipality);
        const std::string where = type.name(in.lang) + "  ·  " + (m ? m->name : in.tr("arena.outside"));
        draw->AddText(in.fonts.ui, bodyPx, {nameX, p0.y + 46 * s}, theme::rgb(theme::kInkSoft), where.c_str(), nullptr, 0, &clip);

        // The assessment, or an invitation to make one.
        const float assessX = nameX + nameWidth + 20 * s;
        if (a->arena.importance > 0) {
            importanceDots(draw, {assessX, p0.y + 24 * s}, 9 * s, a->arena.importance);
            const std::string importance = in.tr("arena.importanceShort") + " " + std::to_string(a->arena.importance) + "/4";
            draw->AddText(in.fonts.ui, bodyPx, {assessX + 112 * s, p0.y + 24 * s - bodyPx * 0.62f}, theme::rgb(theme::kInk),
                          importance.c_str());
        }
        const std::string line = assessmentLine(in.tr, a->arena);
        const ImVec4 lineClip{assessX, p0.y, p1.x - 20 * s, p1.y};
        if (!line.empty())
            draw->AddText(in.fonts.ui, bodyPx, {assessX, p0.y + 46 * s}, theme::rgb(theme::kInkSoft), line.c_str(), nullptr, 0,
                          &lineClip);
        if (!assessed(a->arena))
            draw->AddText(in.fonts.ui, bodyPx, {assessX, midY - bodyPx * 0.62f}, theme::rgb(theme::kAccent),
                          in.tr("arena.assess").c_str());
        ImGui::PopID();
    }
    ImGui::EndChild();
    ImGui::End();
}

}  // namespace nt
