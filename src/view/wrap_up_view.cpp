// The wrap-up view.
#include "view/wrap_up_view.h"

#include <imgui.h>

#include "core/wrap_up.h"
#include "view/board_view.h"
#include "view/keyboard_field.h"
#include "view/picture_export_view.h"
#include "view/theme.h"

namespace nt {

namespace {

void heading(const ViewInput& in, const std::string& text) {
    ImGui::Spacing();
    ImGui::PushFont(in.fonts.heading);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb(theme::kAccent));
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void paragraph(const std::string& label, const std::string& text, const std::string& empty) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb(theme::kInkSoft));
    ImGui::TextUnformatted(label.c_str());
    ImGui::PopStyleColor();
    ImGui::TextWrapped("%s", text.empty() ? empty.c_str() : text.c_str());
}

void notesOfKind(const ViewInput& in, NoteKind kind, const char* titleKey, std::uint32_t ink) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb(ink));
    ImGui::PushFont(in.fonts.heading);
    ImGui::TextUnformatted(in.tr(titleKey).c_str());
    ImGui::PopFont();
    ImGui::PopStyleColor();
    bool any = false;
    for (const Note& n : in.board.notes) {
        if (n.kind != kind || n.text.empty() || n.pending) continue;
        ImGui::Bullet();
        ImGui::TextWrapped("%s", n.text.c_str());
        any = true;
    }
    if (!any) ImGui::TextDisabled("%s", in.tr("wrapup.nothingYet").c_str());
}

}  // namespace

void WrapUpView::draw(const ViewInput& in, ViewIntents& out) {
    if (!m_open) return;
    const float s = static_cast<float>(in.xf.scale);
    const float finger = static_cast<float>(touch::kFingerHeight) * s;
    touch::BeginBoardCover("##wrapUp", in.xf, m_justOpened);
    if (m_justOpened) m_answers.clear();
    m_justOpened = false;

    ImGui::PushFont(in.fonts.heading);
    ImGui::AlignTextToFramePadding();
    const std::string& title = in.board.workshop.title;
    ImGui::TextUnformatted((in.tr("wrapup.title") + (title.empty() ? "" : ": " + title)).c_str());
    ImGui::PopFont();
    const float backWidth = 330 * s;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - backWidth);
    if (touch::Choice(in.tr("wrapup.back").c_str(), true, {backWidth, finger})) m_open = false;
    ImGui::Spacing();

    const float gap = 36 * s;
    const float left = (ImGui::GetContentRegionAvail().x - gap) * 0.46f;
    ImGui::BeginChild("##lookBack", {left, 0}, false);
    drawLookBack(in);
    ImGui::EndChild();
    ImGui::SameLine(0, gap);
    ImGui::BeginChild("##reflection", {0, 0}, false);
    drawReflection(in, out);
    ImGui::EndChild();
    ImGui::End();
}

// What the group made today: practice, strengths and weaknesses, chosen combinations.
void WrapUpView::drawLookBack(const ViewInput& in) {
    const Board& b = in.board;
    const Workshop& w = b.workshop;
    const std::string& empty = in.tr("practice.empty");
    heading(in, in.tr("practice.title"));
    paragraph(in.tr("practice.what"), w.whatWeDo, empty);
    paragraph(in.tr("practice.aim"), w.aim, empty);
    paragraph(in.tr("practice.forWhom"), w.forWhom, empty);

    ImGui::Spacing();
    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + half);
    notesOfKind(in, NoteKind::Strength, "column.strengths", theme::kStrengthInk);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::SameLine(0, ImGui::GetStyle().ItemSpacing.x + 12);
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + half);
    notesOfKind(in, NoteKind::Weakness, "column.weaknesses", theme::kWeaknessInk);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();

    heading(in, in.tr("wrapup.chosen"));
    const auto chosen = chosenCombinations(b);
    if (chosen.empty()) ImGui::TextWrapped("%s", in.tr("wrapup.noneChosen").c_str());
    const bool votes = voteResultsShown(b);
    for (const ChosenCombination& c : chosen) {
        const Combination* combo = findById(b.combinations, c.combination);
        if (!combo) continue;
        ImGui::Separator();
        ImGui::PushFont(in.fonts.heading);
        std::string name = combo->name.empty() ? in.tr("combination.unnamed") : combo->name;
        if (votes) name = std::to_string(c.rank) + ". " + name;
        ImGui::TextWrapped("%s", name.c_str());
        ImGui::PopFont();
        if (votes) {
            ImGui::SameLine();
            ImGui::TextDisabled("%d %s", c.votes, in.tr(c.votes == 1 ? "vote.results.vote" : "vote.results.votes").c_str());
        }
        std::string members;
        for (Id m : combo->members)
            if (const Actor* a = findById(b.actors, m)) members += (members.empty() ? "" : " + ") + a->name;
        for (const std::string& partner : combo->fromTable.partners) members += (members.empty() ? "" : " + ") + partner;
        if (!combo->fromTable.table.empty()) members = combo->fromTable.table + " · " + members;
        ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb(theme::kInkSoft));
        ImGui::TextWrapped("%s", members.c_str());
        ImGui::PopStyleColor();
        if (!combo->scenario.empty()) ImGui::TextWrapped("%s", combo->scenario.c_str());
    }
}

// The reflection questions, the closing line and the export actions.
void WrapUpView::drawReflection(const ViewInput& in, ViewIntents& out) {
    const Board& b = in.board;
    const float s = static_cast<float>(in.xf.scale);
    const float finger = static_cast<float>(touch::kFingerHeight) * s;
    heading(in, in.tr("wrapup.reflect"));
    for (const std::string& question : reflectionQuestionIds()) {
        ImGui::PushID(question.c_str());
        ImGui::TextWrapped("%s", in.tr("reflection." + question).c_str());
        const auto it = b.workshop.reflections.find(question);
        const std::string& answer = it == b.workshop.reflections.end() ? std::string() : it->second;
        touch::TextField& field = m_answers[question];
        if (touch::BoundMultiline("##answer", field, answer, in.tr("wrapup.answerHint"), {-1, 112 * s}))
            out.commands.push_back(setReflection(b, question, field.text));
        OfferKeyboard(in, out,
                      boardField("reflection:" + question, "wrapup.answerHint", true, kMaxNoteTextBytes,
                                 [question](const Board& board) {
                                     const auto found = board.workshop.reflections.find(question);
                                     return std::optional(found == board.workshop.reflections.end() ? std::string() : found->second);
                                 },
                                 [question](const Board& board, const std::string& text) { return setReflection(board, question, text); }));
        ImGui::PopID();
        ImGui::Spacing();
    }

    ImGui::Spacing();
    ImGui::PushFont(in.fonts.heading);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb(theme::kAccent));
    ImGui::TextWrapped("%s", in.tr("wrapup.closing").c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    // Board, report, picture: the report in the middle, in the accent colour,
    // as what the facilitator takes home.
    const float third = (ImGui::GetContentRegionAvail().x - 2 * ImGui::GetStyle().ItemSpacing.x) / 3;
    if (ImGui::Button(in.tr("wrapup.saveBoard").c_str(), {third, finger})) out.save = true;
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Button, theme::rgb(theme::kAccent));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, theme::rgb(theme::kAccent, 225));
    ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb(theme::kCard));
    ImGui::BeginDisabled(in.picture && in.picture->running());
    if (ImGui::Button(in.tr("report.save").c_str(), {third, finger})) out.saveReport = true;
    ImGui::EndDisabled();
    ImGui::PopStyleColor(3);
    const ImVec2 r0 = ImGui::GetItemRectMin(), r1 = ImGui::GetItemRectMax();
    out.layout.buttons.push_back({"wrapUpReport", {r0.x, r0.y, r1.x, r1.y}});
    ImGui::SameLine();
    // The picture's size is chosen in a small menu above the button.
    if (ImGui::Button(in.tr("wrapup.savePicture").c_str(), {third, finger})) ImGui::OpenPopup("##pictureSize");
    ImGui::SetNextWindowPos({ImGui::GetItemRectMax().x, ImGui::GetItemRectMin().y - 8 * s}, ImGuiCond_Appearing, {1, 1});
    if (ImGui::BeginPopup("##pictureSize")) {
        DrawPictureSizeChoices(in, 60 * s, out);
        ImGui::EndPopup();
    }
}

}  // namespace nt
