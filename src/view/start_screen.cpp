// The start screen's pages: home (new, continue, open, example), the new
// workshop's set-up and the board browser.
#include "view/start_screen.h"

#include <algorithm>
#include <filesystem>

#include <imgui.h>

#include "core/dates.h"
#include "view/theme.h"
#include "view/touch_widgets.h"

namespace nt {

namespace {

constexpr int kCardsPerRow = 4;

void softText(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb(theme::kInkSoft));
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

// The text of a box, cut with "…" so it stays inside `width` pixels.
std::string fitted(const ImFont* font, float px, const std::string& text, float width) {
    if (font->CalcTextSizeA(px, FLT_MAX, 0, text.c_str()).x <= width) return text;
    std::string cut = text;
    while (!cut.empty() && font->CalcTextSizeA(px, FLT_MAX, 0, (cut + "…").c_str()).x > width) {
        cut.pop_back();
        while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80) cut.pop_back();  // whole characters
        if (!cut.empty() && static_cast<unsigned char>(cut.back()) >= 0xC0) cut.pop_back();
    }
    return cut + "…";
}

}  // namespace

void StartScreen::drawHeader(const ViewInput& in, ViewIntents& out, const std::string& titleKey, bool back) {
    const float s = static_cast<float>(in.xf.scale);
    const float finger = static_cast<float>(touch::kFingerHeight) * s;
    ImGui::PushFont(in.fonts.heading);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(in.tr(titleKey).c_str());
    ImGui::PopFont();
    const float langWidth = 90 * s;
    const float backWidth = back ? 260 * s : 0;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - 2 * langWidth - spacing - (back ? backWidth + 2 * spacing : 0));
    if (back) {
        if (touch::Choice(in.tr("start.back").c_str(), false, {backWidth, finger})) m_page = Page::Home;
        MarkLastItem(out, "startBack");
        ImGui::SameLine(0, 2 * spacing);
    }
    if (touch::Choice("NL", in.lang == Lang::Nl, {langWidth, finger})) out.lang = Lang::Nl;
    MarkLastItem(out, "startLangNl");
    ImGui::SameLine();
    if (touch::Choice("EN", in.lang == Lang::En, {langWidth, finger})) out.lang = Lang::En;
    MarkLastItem(out, "startLangEn");
    ImGui::Spacing();
}

StartChoice StartScreen::draw(const ViewInput& in, ViewIntents& out, const StartInput& start) {
    StartChoice choice;
    touch::BeginBoardCover("##start", in.xf, m_justOpened);
    m_justOpened = false;
    switch (m_page) {
        case Page::Home: drawHome(in, out, start, choice); break;
        case Page::New: {
            drawHeader(in, out, "setup.heading", true);
            WorkshopSetup setup;
            std::string reuse;
            if (m_form.draw(in, out, start.boards, setup, reuse)) {
                choice.create = std::move(setup);
                choice.reusePath = std::move(reuse);
            }
            break;
        }
        case Page::Browse:
            drawHeader(in, out, "browser.heading", true);
            drawBrowser(in, out, start, choice);
            break;
    }
    ImGui::End();
    return choice;
}

void StartScreen::drawHome(const ViewInput& in, ViewIntents& out, const StartInput& start, StartChoice& choice) {
    const float s = static_cast<float>(in.xf.scale);
    const float finger = static_cast<float>(touch::kFingerHeight) * s;
    drawHeader(in, out, "start.heading", false);
    softText(in.tr("start.welcome"));
    ImGui::Spacing();
    ImGui::Spacing();

    // Three big doors, the new workshop first.
    const float gap = 24 * s;
    const float door = (ImGui::GetContentRegionAvail().x - 2 * gap) / 3;
    ImGui::PushFont(in.fonts.heading);
    if (touch::Choice(in.tr("start.new").c_str(), true, {door, finger * 1.6f})) {
        m_form.reset(start.today, in.lang);
        m_page = Page::New;
    }
    MarkLastItem(out, "startNew");
    ImGui::SameLine(0, gap);
    if (touch::Choice(in.tr("start.open").c_str(), false, {door, finger * 1.6f})) {
        m_page = Page::Browse;
        if (start.folder.empty() && !start.places.empty()) choice.browse = start.places.front().path;
    }
    MarkLastItem(out, "startOpen");
    ImGui::SameLine(0, gap);
    if (touch::Choice(in.tr("start.example").c_str(), false, {door, finger * 1.6f})) choice.example = true;
    MarkLastItem(out, "startExample");
    ImGui::PopFont();

    ImGui::Spacing();
    ImGui::Spacing();
    ImGui::PushFont(in.fonts.heading);
    ImGui::TextUnformatted(in.tr("start.continue").c_str());
    ImGui::PopFont();
    if (start.boards.empty()) {
        softText(in.tr("start.noBoards") + " " + start.boardsFolder);
        return;
    }
    const float cardGap = 20 * s;
    const float cardWidth = (ImGui::GetContentRegionAvail().x - (kCardsPerRow - 1) * cardGap) / kCardsPerRow;
    const ImVec2 card{cardWidth, cardWidth * 9 / 16 + 110 * s};
    std::size_t shown = 0;
    for (const BoardSummary& b : start.boards) {
        if (shown == kStartBoardCards) break;
        if (shown % kCardsPerRow != 0) ImGui::SameLine(0, cardGap);
        ImGui::PushID(b.path.c_str());
        if (drawBoardCard(in, start, b, card) && b.status == BoardStatus::Ok) choice.open = b.path;
        MarkLastItem(out, "startBoard:" + std::to_string(shown));
        ImGui::PopID();
        ++shown;
    }
    if (start.boards.size() > kStartBoardCards) softText(in.tr("start.more"));
}

// A board to continue: its picture, title, date and organisation; a board
// that is gone or cannot be read says so and opens nothing.
bool StartScreen::drawBoardCard(const ViewInput& in, const StartInput& start, const BoardSummary& b, ImVec2 size) {
    const float s = static_cast<float>(in.xf.scale);
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    const bool tapped = ImGui::InvisibleButton("##card", size);
    const bool ok = b.status == BoardStatus::Ok;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 p1{p0.x + size.x, p0.y + size.y};
    const float pad = 12 * s;
    draw->AddRectFilled(p0, p1, theme::rgb(ok && ImGui::IsItemHovered() ? theme::shade(theme::kCard, -0.03f) : theme::kCard),
                        10 * s);
    draw->AddRect(p0, p1, theme::rgb(theme::kLine), 10 * s, 0, 2 * s);
    const ImVec2 pic0{p0.x + pad, p0.y + pad};
    const ImVec2 pic1{p1.x - pad, pic0.y + (size.x - 2 * pad) * 9 / 16};
    if (auto it = start.pictures.find(b.path); it != start.pictures.end() && ok) {
        draw->AddImage(it->second, pic0, pic1);
    } else {
        draw->AddRectFilled(pic0, pic1, theme::rgb(theme::kBackground), 6 * s);
        if (!ok) {
            const std::string why = in.tr(b.status == BoardStatus::Missing ? "start.missing"
                                          : b.status == BoardStatus::TooBig ? "start.tooBig"
                                                                            : "start.unreadable");
            draw->AddText(in.fonts.ui, in.fonts.ui->FontSize, {pic0.x + pad, pic0.y + pad}, theme::rgb(theme::kWeaknessInk),
                          why.c_str(), nullptr, pic1.x - pic0.x - 2 * pad);
        }
    }
    draw->AddRect(pic0, pic1, theme::rgb(theme::kLine), 6 * s);
    const float width = size.x - 2 * pad;
    std::string title = b.title.empty() ? b.organisation : b.title;
    if (title.empty()) title = in.tr("start.untitled");
    if (!ok) title = std::filesystem::path(b.path).filename().string();  // what the facilitator will recognise
    const float headingPx = in.fonts.heading->FontSize * 0.8f;
    draw->AddText(in.fonts.heading, headingPx, {p0.x + pad, pic1.y + pad}, theme::rgb(ok ? theme::kInk : theme::kInkSoft),
                  fitted(in.fonts.heading, headingPx, title, width).c_str());
    std::string line = b.date.empty() ? "" : shortDate(b.date, in.lang);
    if (!b.organisation.empty() && b.organisation != title) line += (line.empty() ? "" : " · ") + b.organisation;
    if (!ok) line = std::filesystem::path(b.path).parent_path().string();
    const float uiPx = in.fonts.ui->FontSize;
    draw->AddText(in.fonts.ui, uiPx, {p0.x + pad, pic1.y + pad + headingPx + 6 * s}, theme::rgb(theme::kInkSoft),
                  fitted(in.fonts.ui, uiPx, line, width).c_str());
    return tapped;
}

void StartScreen::drawBrowser(const ViewInput& in, ViewIntents& out, const StartInput& start, StartChoice& choice) {
    const float s = static_cast<float>(in.xf.scale);
    const float finger = static_cast<float>(touch::kFingerHeight) * s;
    // The places boards live: home, Documents, the boards folder, USB sticks.
    for (std::size_t i = 0; i < start.places.size(); ++i) {
        const BrowserPlace& p = start.places[i];
        if (i > 0) ImGui::SameLine();
        const std::string name = p.nameKey.empty() ? p.name : in.tr(p.nameKey) + (p.name.empty() ? "" : " " + p.name);
        const bool here = start.folder == p.path;
        const float width = std::max(240 * s, ImGui::CalcTextSize(name.c_str()).x + 48 * s);
        if (touch::Choice(name.c_str(), here, {width, finger})) choice.browse = p.path;
        MarkLastItem(out, "browserPlace:" + std::to_string(i));
    }
    ImGui::Spacing();
    softText(start.folder);
    if (!start.folderProblem.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb(theme::kWeaknessInk));
        ImGui::TextWrapped("%s", start.folderProblem.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::BeginChild("##entries", {0, 0}, false);
    const float width = ImGui::GetContentRegionAvail().x;
    bool any = false;
    for (const BrowserEntry& e : start.entries) {
        ImGui::PushID(e.path.c_str());
        std::string text = e.folder ? e.name + "/" : e.name;
        if (!e.folder) {
            const std::string title = e.board.title.empty() ? e.board.organisation : e.board.title;
            if (e.board.status != BoardStatus::Ok) text += "   ·   " + in.tr("start.unreadable");
            else if (!title.empty()) text += "   ·   " + title + (e.board.date.empty() ? "" : ", " + shortDate(e.board.date, in.lang));
        }
        const bool opens = e.folder || e.board.status == BoardStatus::Ok;
        ImGui::BeginDisabled(!opens);
        if (touch::Choice(text.c_str(), false, {width, finger})) {
            if (e.folder) choice.browse = e.path;
            else choice.open = e.path;
        }
        MarkLastItem(out, "browserEntry:" + e.name);
        ImGui::EndDisabled();
        ImGui::PopID();
        any = true;
    }
    if (!any) softText(in.tr("browser.empty"));
    ImGui::EndChild();
}

}  // namespace nt
