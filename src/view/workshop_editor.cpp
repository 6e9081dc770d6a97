// The own-practice card's editor and date card.
#include "view/workshop_editor.h"

#include <algorithm>
#include <utility>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/dates.h"
#include "input/text_target.h"
#include "view/board_view.h"
#include "view/keyboard_field.h"
#include "view/theme.h"
#include "view/touch_widgets.h"

namespace nt {

namespace {

constexpr const char* kTypedDateKey = "workshop:dateTyped";

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// Under the card, lined up with the field, and kept on the board.
void placeUnderCard(const ViewInput& in, WorkshopField field, double width) {
    const layout::Rect z = workshopFieldRect(field);
    const double x = std::clamp(z.x0, 10.0, kBoardWidth - width - 10);
    const Vec2 at = in.xf.toScreen({x, layout::kOwnPracticeCard.y1 + 12});
    ImGui::SetNextWindowPos({static_cast<float>(at.x), static_cast<float>(at.y)}, ImGuiCond_Always);
    ImGui::SetNextWindowSize({static_cast<float>(width * in.xf.scale), 0});
}

// Tells the UI map where a button of the date card is ("date.today" …).
void shownButton(ViewIntents& out, std::string name) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    out.layout.buttons.push_back({std::move(name), {a.x, a.y, b.x, b.y}});
}

constexpr ImGuiWindowFlags kEditorFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings |
                                          ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize;

}  // namespace

void WorkshopEditor::open(const ViewInput& in, WorkshopField field, ViewIntents& out) {
    if (m_field == field) return;
    if (m_field && *m_field != WorkshopField::Date) commit(in, out);  // the next field keeps what was typed here
    m_field = field;
    m_text = workshopFieldText(in.board.workshop, field);
    m_typed.clear();
    m_typedKeyboard = false;
    m_justOpened = true;
}

void WorkshopEditor::commit(const ViewInput& in, ViewIntents& out) {
    if (!m_field) return;
    if (CommandPtr cmd = setWorkshopField(in.board, *m_field, m_text)) out.commands.push_back(std::move(cmd));
    m_field.reset();
}

void WorkshopEditor::draw(const ViewInput& in, ViewIntents& out) {
    for (WorkshopField f : kWorkshopFields) {
        const layout::Rect z = workshopFieldRect(f);
        const Vec2 a = in.xf.toScreen({z.x0, z.y0}), b = in.xf.toScreen({z.x1, z.y1});
        out.layout.fieldsShown.push_back({workshopTargetKey(f), {a.x, a.y, b.x, b.y}});
    }
    if (!m_field) return;
    // An on-screen keyboard took the field over (a touch on the editor): it writes now.
    if (in.router.keyboards().sessionFor(workshopTargetKey(*m_field))) {
        m_field.reset();
        return;
    }
    if (*m_field == WorkshopField::Date) drawDate(in, out);
    else drawText(in, out);
}

void WorkshopEditor::drawText(const ViewInput& in, ViewIntents& out) {
    const WorkshopField field = *m_field;
    const bool multiline = workshopFieldMultiline(field);
    const float s = static_cast<float>(in.xf.scale);
    placeUnderCard(in, field, 520);
    ImGui::Begin("##workshopEditor", nullptr, kEditorFlags);
    const std::string title = in.tr(std::string("workshop.hint.") + workshopFieldName(field));
    ImGui::TextUnformatted(title.c_str());
    ImGui::PushID(workshopFieldName(field));
    // An Escape in the frame the editor opens was meant for whatever was open before.
    const bool fresh = std::exchange(m_justOpened, false);
    if (fresh) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(-1);
    bool done = false;
    if (multiline) {
        done = ImGui::InputTextMultiline("##text", &m_text, {-1, 120 * s},
                                         ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CtrlEnterForNewLine);
    } else {
        done = ImGui::InputText("##text", &m_text, ImGuiInputTextFlags_EnterReturnsTrue);
    }
    OfferKeyboard(in, out, workshopFieldTarget(field), true);
    ImGui::PopID();
    if (multiline) ImGui::TextDisabled("%s", in.tr("editor.note.hint").c_str());
    const bool cancel = !fresh && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
    if (ImGui::Button(in.tr("editor.done").c_str())) done = true;
    ImGui::SameLine();
    const bool cancelled = ImGui::Button(in.tr("editor.cancel").c_str()) || cancel;
    ImGui::End();
    if (done) commit(in, out);
    else if (cancelled) m_field.reset();
}

void WorkshopEditor::drawDate(const ViewInput& in, ViewIntents& out) {
    const float s = static_cast<float>(in.xf.scale);
    const float finger = static_cast<float>(touch::kFingerHeight) * s;
    placeUnderCard(in, WorkshopField::Date, 700);
    const bool fresh = std::exchange(m_justOpened, false);
    ImGui::Begin("##workshopDate", nullptr, kEditorFlags);
    ImGui::TextUnformatted(in.tr("workshop.date.title").c_str());
    ImGui::PushFont(in.fonts.heading);
    ImGui::TextUnformatted(m_text.empty() ? in.tr("workshop.date.none").c_str() : longDate(m_text, in.lang).c_str());
    ImGui::PopFont();
    ImGui::Spacing();

    // A day or a week either way, from the day shown (or today, with none yet).
    const std::string today = isoDayAt(in.clock);
    const std::string from = m_text.empty() ? today : m_text;
    struct Step {
        const char* key;
        int days;
    } steps[] = {{"workshop.date.weekEarlier", -7}, {"workshop.date.dayEarlier", -1}, {"workshop.date.today", 0},
                 {"workshop.date.dayLater", 1},     {"workshop.date.weekLater", 7}};
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float width = (ImGui::GetContentRegionAvail().x - 4 * gap) / 5;
    for (const Step& step : steps) {
        if (&step != steps) ImGui::SameLine();
        if (touch::Choice(in.tr(step.key).c_str(), step.days == 0 && m_text == today, {width, finger})) {
            m_text = step.days == 0 ? today : addDays(from, step.days);
            m_typed.clear();
        }
        shownButton(out, std::string(step.key).substr(std::string("workshop.").size()));
    }

    // Or typed, for those who know the day: taken only once it is a real day.
    touch::Label(in.tr("workshop.date.typeLabel"));
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##typed", "2026-11-23", &m_typed);
    OfferKeyboard(in, out, viewField(kTypedDateKey, "workshop.date.typeLabel", m_typed, 10));
    FollowKeyboard(in, kTypedDateKey, m_typed, m_typedKeyboard);
    const std::string typed = trimmed(m_typed);
    const bool typedOk = typed.empty() || isIsoDay(typed);
    if (!typed.empty() && typedOk) m_text = typed;
    if (!typedOk) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb(theme::kOvertime));
        ImGui::TextWrapped("%s", in.tr("workshop.date.notADay").c_str());
        ImGui::PopStyleColor();
    }
    ImGui::Spacing();

    const float third = (ImGui::GetContentRegionAvail().x - 2 * gap) / 3;
    bool done = false, clear = false;
    if (touch::Choice(in.tr("editor.done").c_str(), typedOk, {third, finger}) && typedOk) done = true;
    shownButton(out, "date.done");
    ImGui::SameLine();
    if (touch::Choice(in.tr("workshop.date.clear").c_str(), false, {third, finger})) clear = true;
    shownButton(out, "date.clear");
    ImGui::SameLine();
    bool cancelled = touch::Choice(in.tr("editor.cancel").c_str(), false, {third, finger});
    shownButton(out, "date.cancel");
    cancelled = cancelled || (!fresh && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)));
    ImGui::End();
    if (clear) {
        m_text.clear();
        done = true;
    }
    if (done) {
        commit(in, out);
    } else if (cancelled) {
        m_field.reset();
    }
    if (!m_field) m_typedKeyboard = false;
}

}  // namespace nt
