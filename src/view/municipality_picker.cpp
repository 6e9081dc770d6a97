// The box that adds a municipality bubble: type part of a name, pick it from
// the list of Flemish and Brussels municipalities (or keep a name that is not
// on it, after a hint), say whether it is the own municipality.
#include <algorithm>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/municipality_list.h"
#include "view/board_view.h"
#include "view/keyboard_field.h"
#include "view/partner_tools.h"
#include "view/theme.h"

namespace nt {

namespace {
constexpr std::size_t kSuggestions = 6;
}

void MunicipalityPicker::open(const Board& board) {
    m_open = true;
    m_focus = true;
    m_settleFrames = kSettleFrames;
    m_text.clear();
    // The first bubble is usually the own municipality (METHOD.md: start with your own).
    m_own = std::none_of(board.municipalities.begin(), board.municipalities.end(), [](const auto& m) { return m.own; });
}

void MunicipalityPicker::add(ViewIntents& out, const std::string& name) {
    out.newBubble = ViewIntents::NewBubble{name, m_own};
    m_open = false;
    m_text.clear();
}

void MunicipalityPicker::frame(const ViewInput& in, ViewIntents& out) {
    if (!m_open) return;
    const float s = static_cast<float>(in.xf.scale);
    const Vec2 pos = in.xf.toScreen({partner_layout::kTrayTab.x1 + 16, partner_layout::kTrayTab.y0});
    ImGui::SetNextWindowPos({static_cast<float>(pos.x), static_cast<float>(pos.y)});
    ImGui::SetNextWindowSizeConstraints({560 * s, 0}, {560 * s, FLT_MAX});  // fixed width, height to fit
    ImGui::Begin("##municipality", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::PushFont(in.fonts.heading);
    ImGui::TextUnformatted(in.tr("partners.bubble.title").c_str());
    ImGui::PopFont();
    // Where an on-screen keyboard would write: this field.
    // Asked once; the loop keeps drawing a few frames (settling) so the field has the
    // keyboard before the first key comes.
    if (m_focus) ImGui::SetKeyboardFocusHere();
    m_focus = false;
    if (m_settleFrames > 0) --m_settleFrames;
    ImGui::SetNextItemWidth(-1);
    // An on-screen keyboard's "done" is Enter.
    const bool typed = FollowKeyboard(in, "municipality", m_text, m_typing);
    const bool enter = ImGui::InputTextWithHint("##name", in.tr("partners.bubble.hint").c_str(), &m_text,
                                                ImGuiInputTextFlags_EnterReturnsTrue) ||
                       typed;
    OfferKeyboard(in, out, viewField("municipality", "partners.bubble.hint", m_text, kMaxMunicipalityNameBytes), true);
    const MunicipalityList empty;
    const MunicipalityList& list = in.municipalities ? *in.municipalities : empty;
    const auto suggestions = list.suggest(m_text, kSuggestions);
    const MunicipalityInfo* exact = list.find(m_text);
    std::string picked;
    for (const MunicipalityInfo* m : suggestions) {
        const std::string where = m->province.empty() ? m->region : m->province;
        const std::string label = m->name + "   ·   " + where;
        // The one Enter would take is highlighted.
        if (ImGui::Selectable(label.c_str(), m == (exact ? exact : suggestions.front()))) picked = m->name;
    }
    std::string trimmed = m_text;
    while (!trimmed.empty() && trimmed.back() == ' ') trimmed.pop_back();
    while (!trimmed.empty() && trimmed.front() == ' ') trimmed.erase(trimmed.begin());
    const bool unknown = !trimmed.empty() && !exact;
    if (unknown && suggestions.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(ImVec4(0.60f, 0.29f, 0.20f, 1.f), "%s", in.tr("partners.bubble.unknown").c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::Checkbox(in.tr("partners.bubble.own").c_str(), &m_own);
    if (exact) {
        if (ImGui::Button(in.tr("partners.bubble.add").c_str())) picked = exact->name;
    } else {
        ImGui::BeginDisabled(trimmed.empty());
        if (ImGui::Button(in.tr("partners.bubble.addAnyway").c_str())) picked = trimmed;
        ImGui::EndDisabled();
    }
    ImGui::SameLine();
    if (ImGui::Button(in.tr("editor.cancel").c_str()) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) m_open = false;
    if (enter && picked.empty()) {
        // Enter takes the name as typed when it is on the list, else the best suggestion.
        if (exact) picked = exact->name;
        else if (!suggestions.empty()) picked = suggestions.front()->name;
    }
    ImGui::End();
    if (!picked.empty()) add(out, picked);
}

}  // namespace nt
