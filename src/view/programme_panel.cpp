// The facilitator's programme panel (see programme_panel.h). It stands at the
// bottom right of the bubble diagram, above the toolbar, where the
// facilitator finds it and the participants' work is least in the way.
#include "view/programme_panel.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/layout.h"
#include "core/programme.h"
#include "view/board_view.h"
#include "view/keyboard_field.h"
#include "view/theme.h"

namespace nt {

namespace {

constexpr float kWidth = 600;         // board units; wider while editing
constexpr float kEditWidth = 800;
constexpr float kRowHeight = 44;      // buttons: a finger's width on a table, a comfortable click on a laptop
constexpr float kListRowHeight = 36;  // the phases, tapped less often
constexpr float kMaxRowsShown = 10;

// "12:05" left, or "+1:30" in overtime (counting up).
std::string clockText(double left) {
    const bool over = left < 0;
    const long secs = over ? static_cast<long>(std::floor(-left)) : static_cast<long>(std::ceil(left));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%ld:%02ld", over ? "+" : "", secs / 60, secs % 60);
    return buf;
}

void tooltip(const std::string& text) {
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", text.c_str());
}

// A square button with a triangle pointing up or down (the font has no arrows).
bool arrowButton(const char* id, bool up, float size) {
    const bool pressed = ImGui::Button(id, {size, size});
    const ImVec2 a = ImGui::GetItemRectMin();
    const ImVec2 b = ImGui::GetItemRectMax();
    const ImVec2 c{(a.x + b.x) / 2, (a.y + b.y) / 2};
    const float r = size * 0.2f;
    const ImU32 col = ImGui::GetColorU32(ImGuiCol_Text, ImGui::GetStyle().Alpha);
    if (up) ImGui::GetWindowDrawList()->AddTriangleFilled({c.x - r, c.y + r * 0.6f}, {c.x + r, c.y + r * 0.6f}, {c.x, c.y - r * 0.8f}, col);
    else ImGui::GetWindowDrawList()->AddTriangleFilled({c.x - r, c.y - r * 0.6f}, {c.x, c.y + r * 0.8f}, {c.x + r, c.y - r * 0.6f}, col);
    return pressed;
}

// Minutes stepped by five on the buttons: 12 → 10 or 15, never below one.
int fewerMinutes(int m) { return std::max(1, (m - 1) / 5 * 5); }
int moreMinutes(int m) { return std::min(kMaxPhaseSeconds / 60, (m / 5 + 1) * 5); }

}  // namespace

bool DrawClockButton(const char* id, bool lit, float size) {
    if (lit) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    const bool pressed = ImGui::Button(id, {size, size});
    if (lit) ImGui::PopStyleColor();
    const ImVec2 a = ImGui::GetItemRectMin();
    const ImVec2 b = ImGui::GetItemRectMax();
    const ImVec2 c{(a.x + b.x) / 2, (a.y + b.y) / 2};
    const float r = (b.y - a.y) * 0.3f;
    const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddCircle(c, r, ink, 0, r * 0.16f);
    dl->AddLine(c, {c.x, c.y - r * 0.7f}, ink, r * 0.14f);
    dl->AddLine(c, {c.x + r * 0.5f, c.y + r * 0.1f}, ink, r * 0.14f);
    return pressed;
}

void ProgrammePanel::draw(const ViewInput& in, ViewIntents& out) {
    m_settling = false;
    if (!m_visible) {
        m_lastWidth = m_lastHeight = 0;
        return;
    }
    const float s = static_cast<float>(in.xf.scale);
    // Anchored by its bottom edge, so the timer's buttons (at the bottom, near
    // the toolbar) stay in one place however long the programme is.
    const Vec2 corner = in.xf.toScreen({layout::kDiagramArea.x1, layout::kDiagramArea.y1 + 8});
    ImGui::SetNextWindowPos({static_cast<float>(corner.x), static_cast<float>(corner.y)}, ImGuiCond_Always, {1, 1});
    ImGui::SetNextWindowSize({(m_editing ? kEditWidth : kWidth) * s, 0});
    ImGui::Begin("##programme", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_AlwaysAutoResize);

    // The phases; a long programme scrolls.
    const std::vector<Phase>& phases = in.board.programme.phases;
    const float rowGap = m_editing ? 6 * s : 2 * s;
    const float pitch = (m_editing ? kRowHeight : kListRowHeight) * s + rowGap;
    const float listHeight = std::min(static_cast<float>(std::max<size_t>(phases.size(), 1)), kMaxRowsShown) * pitch;
    ImGui::BeginChild("##phases", {0, listHeight});
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, {ImGui::GetStyle().ItemSpacing.x, rowGap});
    for (size_t i = 0; i < phases.size(); ++i) {
        ImGui::PushID(static_cast<int>(phases[i].id));
        if (m_editing) drawEditRow(in, out, phases[i], i);
        else drawPhaseRow(in, out, phases[i], i);
        ImGui::PopID();
    }
    ImGui::PopStyleVar();
    if (phases.empty()) ImGui::TextDisabled("%s", in.tr("programme.empty").c_str());
    ImGui::EndChild();
    ImGui::Separator();

    drawTimerControls(in, out);

    const float h = kRowHeight * s;
    if (ImGui::Button(in.tr(m_editing ? "programme.done" : "programme.edit").c_str(), {0, h})) m_editing = !m_editing;
    ImGui::SameLine();
    if (m_editing) {
        ImGui::BeginDisabled(phases.size() >= kMaxPhases);
        if (ImGui::Button(in.tr("programme.addPhase").c_str(), {0, h})) {
            // The board's next id: the change claims it (it moves nextId on).
            Phase added;
            added.id = in.board.nextId;
            added.durationSeconds = 10 * 60;
            const Id after = currentPhase(in.board.programme) ? in.board.programme.timer.phase : kNoId;
            out.commands.push_back(programmeChange(in.board, addPhase(in.board.programme, added, after)));
        }
        ImGui::EndDisabled();
    } else {
        if (ImGui::Button(in.tr("programme.hide").c_str(), {0, h})) m_visible = false;
        tooltip(in.tr("programme.key.hide"));
    }
    // The keys, for the facilitator's laptop.
    const std::string keys = in.tr("programme.keysLabel");
    ImGui::SameLine();
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(keys.c_str()).x));
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", keys.c_str());
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(420 * s);
        ImGui::TextUnformatted(in.tr("programme.keys").c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    drawRemoveConfirmation(in, out);
    const ImVec2 size = ImGui::GetWindowSize();
    m_settling = size.x != m_lastWidth || size.y != m_lastHeight;
    m_lastWidth = size.x;
    m_lastHeight = size.y;
    ImGui::End();
}

void ProgrammePanel::drawTimerControls(const ViewInput& in, ViewIntents& out) {
    const Programme& p = in.board.programme;
    const double now = in.clock;
    const float s = static_cast<float>(in.xf.scale);
    const Phase* current = currentPhase(p);

    // The current phase and its time, the way the facilitator reads it at a glance.
    const float lineTop = ImGui::GetCursorPosY();
    ImGui::PushFont(in.fonts.bold);
    const std::string name = current ? phaseTitle(*current, in.tr) : in.tr("phase.notStarted");
    ImGui::SetCursorPosY(lineTop + 8 * s);
    ImGui::TextUnformatted(name.c_str());
    ImGui::PopFont();
    if (current) {
        const double left = timeLeft(p, now);
        const bool over = left < 0;
        const std::string time = clockText(left);
        ImGui::PushFont(in.fonts.heading);
        const float tw = ImGui::CalcTextSize(time.c_str()).x;
        ImGui::PopFont();
        if (!p.timer.running) {
            const std::string paused = in.tr("programme.paused");
            ImGui::SameLine();
            ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - tw - ImGui::CalcTextSize(paused.c_str()).x - 12 * s);
            ImGui::TextDisabled("%s", paused.c_str());
        }
        ImGui::SameLine();
        ImGui::SetCursorPos({ImGui::GetWindowContentRegionMax().x - tw, lineTop});
        ImGui::PushFont(in.fonts.heading);
        ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb(over ? theme::kOvertime : theme::kInk));
        ImGui::TextUnformatted(time.c_str());
        ImGui::PopStyleColor();
        ImGui::PopFont();
        if (over) tooltip(in.tr("programme.overtime"));
    }

    // Buttons of equal width, tall enough for a finger.
    const float h = kRowHeight * s;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float w = (ImGui::GetContentRegionAvail().x - 4 * gap) / 5;
    auto timerButton = [&](const char* key, const char* hintKey, bool enabled, auto op) {
        ImGui::BeginDisabled(!enabled);
        if (ImGui::Button(in.tr(key).c_str(), {w, h})) out.timerCommands.push_back(programmeChange(in.board, op()));
        ImGui::EndDisabled();
        tooltip(in.tr(hintKey));
    };
    const Id at = p.timer.phase;
    timerButton("programme.previous", "programme.key.previous", phaseBefore(p, at).has_value(),
                [&] { return previousPhase(p, now); });
    ImGui::SameLine();
    const char* startKey = p.timer.running ? "programme.pause" : current ? "programme.resume" : "programme.start";
    timerButton(startKey, "programme.key.toggle", current || phaseAfter(p, kNoId), [&] { return toggleTimer(p, now); });
    ImGui::SameLine();
    timerButton("programme.next", "programme.key.next", phaseAfter(p, at).has_value(), [&] { return nextPhase(p, now); });
    ImGui::SameLine();
    timerButton("programme.addMinute", "programme.key.addMinute", current != nullptr, [&] { return addTime(p, 60, now); });
    ImGui::SameLine();
    timerButton("programme.addFive", "programme.key.addFive", current != nullptr, [&] { return addTime(p, 300, now); });
}

void ProgrammePanel::drawPhaseRow(const ViewInput& in, ViewIntents& out, const Phase& phase, size_t index) {
    const float s = static_cast<float>(in.xf.scale);
    const Programme& p = in.board.programme;
    const bool current = p.timer.phase == phase.id;
    const std::string title = std::to_string(index + 1) + ". " + phaseTitle(phase, in.tr);
    const int minutes = (phase.durationSeconds + 59) / 60;
    const std::string right =
        (phase.skipped ? in.tr("programme.skipped") + "  " : std::string()) + std::to_string(minutes) + " min";

    const ImVec2 at = ImGui::GetCursorScreenPos();
    if (phase.skipped) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    const float pad = 14 * s;  // room for the current phase's mark
    ImGui::SetCursorScreenPos({at.x + pad, at.y});
    const ImVec2 size{ImGui::GetContentRegionAvail().x, kListRowHeight * s};
    // Centred in the row, whose label ends before the minutes.
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, {0, 0.5f});
    if (ImGui::Selectable(title.c_str(), current, ImGuiSelectableFlags_None, size) && !current)
        out.timerCommands.push_back(programmeChange(in.board, goToPhase(p, phase.id, in.clock)));
    ImGui::PopStyleVar();
    const ImU32 textColour = ImGui::GetColorU32(ImGuiCol_Text);
    if (phase.skipped) ImGui::PopStyleColor();
    if (!current) tooltip(in.tr("programme.jump"));
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    const float tw = ImGui::CalcTextSize(right.c_str()).x;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddText({max.x - tw - 10 * s, (min.y + max.y - ImGui::GetTextLineHeight()) / 2}, textColour, right.c_str());
    if (current) dl->AddRectFilled({at.x, min.y + 4 * s}, {at.x + 6 * s, max.y - 4 * s}, theme::rgb(theme::kAccent), 3 * s);
}

void ProgrammePanel::drawEditRow(const ViewInput& in, ViewIntents& out, const Phase& phase, size_t index) {
    const Board& b = in.board;
    const Programme& p = b.programme;
    const float s = static_cast<float>(in.xf.scale);
    const float h = kRowHeight * s;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    auto edit = [&](Programme changed) { out.commands.push_back(programmeChange(b, std::move(changed))); };

    ImGui::BeginDisabled(index == 0);
    if (arrowButton("##up", true, h)) edit(movePhase(p, phase.id, -1));
    ImGui::EndDisabled();
    tooltip(in.tr("programme.moveUp"));
    ImGui::SameLine(0, gap / 2);
    ImGui::BeginDisabled(index + 1 == p.phases.size());
    if (arrowButton("##down", false, h)) edit(movePhase(p, phase.id, +1));
    ImGui::EndDisabled();
    tooltip(in.tr("programme.moveDown"));

    // The title: typed into a buffer of our own, written when the field is left.
    ImGui::SameLine();
    Phase unnamed;
    unnamed.kind = phase.kind;
    const std::string kindTitle = phaseTitle(unnamed, in.tr);
    std::string shown = phaseTitle(phase, in.tr);
    std::string& title = m_title.phase == phase.id ? m_title.text : shown;
    ImGui::SetNextItemWidth(210 * s);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, {ImGui::GetStyle().FramePadding.x, (h - ImGui::GetFontSize()) / 2});
    ImGui::InputText("##title", &title, ImGuiInputTextFlags_AutoSelectAll);
    if (ImGui::IsItemActivated()) m_title = {phase.id, shown};
    if (ImGui::IsItemDeactivated()) {
        if (ImGui::IsItemDeactivatedAfterEdit() && m_title.phase == phase.id)
            edit(renamePhase(p, phase.id, m_title.text == kindTitle ? std::string() : m_title.text));
        m_title = {};
    }
    // As the field selects it all, the keyboard's first key replaces the title (empty is the kind's title).
    TextTarget titleTarget =
                  boardField("phase:" + std::to_string(phase.id), "programme.edit", false, kMaxNameBytes,
                             [id = phase.id, kindTitle](const Board& board) -> std::optional<std::string> {
                                 for (const Phase& ph : board.programme.phases)
                                     if (ph.id == id) return ph.title.empty() ? kindTitle : ph.title;
                                 return std::nullopt;
                             },
                             [id = phase.id, kindTitle](const Board& board, const std::string& text) {
                                 return programmeChange(board, renamePhase(board.programme, id, text == kindTitle ? std::string() : text));
                             });
    titleTarget.replaceFirst = true;
    OfferKeyboard(in, out, std::move(titleTarget));

    // Minutes: five at a time on the buttons, or typed.
    const int minutes = (phase.durationSeconds + 59) / 60;
    ImGui::SameLine();
    if (ImGui::Button("\xE2\x80\x93##less", {h, h})) edit(setPhaseDuration(p, phase.id, fewerMinutes(minutes) * 60));
    ImGui::SameLine(0, gap / 2);
    int typed = minutes;
    int& value = m_minutesPhase == phase.id ? m_minutes : typed;
    ImGui::SetNextItemWidth(56 * s);
    ImGui::InputInt("##minutes", &value, 0, 0);
    if (ImGui::IsItemActivated()) {
        m_minutesPhase = phase.id;
        m_minutes = minutes;
    }
    if (ImGui::IsItemDeactivated()) {
        if (ImGui::IsItemDeactivatedAfterEdit() && m_minutesPhase == phase.id)
            edit(setPhaseDuration(p, phase.id, std::clamp(m_minutes, 1, kMaxPhaseSeconds / 60) * 60));
        m_minutesPhase = kNoId;
    }
    ImGui::SameLine(0, gap / 2);
    if (ImGui::Button("+##more", {h, h})) edit(setPhaseDuration(p, phase.id, moreMinutes(minutes) * 60));
    ImGui::SameLine(0, gap / 2);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("min");

    ImGui::SameLine();
    bool skipped = phase.skipped;
    if (ImGui::Checkbox(in.tr("programme.skip").c_str(), &skipped)) edit(setPhaseSkipped(p, phase.id, skipped));
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - h);
    if (ImGui::Button("\xC3\x97##remove", {h, h})) {
        m_removing = phase.id;
        m_removeX = ImGui::GetItemRectMax().x;
        m_removeY = ImGui::GetItemRectMax().y;
    }
    tooltip(in.tr("programme.remove"));
    ImGui::PopStyleVar();
}

void ProgrammePanel::drawRemoveConfirmation(const ViewInput& in, ViewIntents& out) {
    const Phase* phase = findById(in.board.programme.phases, m_removing);
    if (phase && !ImGui::IsPopupOpen("##removephase")) ImGui::OpenPopup("##removephase");
    // Over the row, its buttons where the finger already is.
    ImGui::SetNextWindowPos({m_removeX, m_removeY}, ImGuiCond_Always, {1, 1});
    if (!ImGui::BeginPopup("##removephase")) {
        m_removing = kNoId;
        return;
    }
    if (!phase) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    const float s = static_cast<float>(in.xf.scale);
    const ImVec2 button{160 * s, kRowHeight * s};
    ImGui::Text("%s", in.tr("programme.removeQuestion").c_str());
    ImGui::PushFont(in.fonts.bold);
    ImGui::TextUnformatted(phaseTitle(*phase, in.tr).c_str());
    ImGui::PopFont();
    if (ImGui::Button(in.tr("programme.remove").c_str(), button)) {
        out.commands.push_back(programmeChange(in.board, removePhase(in.board.programme, phase->id, in.clock)));
        m_removing = kNoId;
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(in.tr("editor.cancel").c_str(), button)) {
        m_removing = kNoId;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace nt
