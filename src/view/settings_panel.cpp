// The facilitator's settings, opened from the toolbar: the language, how the board
// faces the room (projector or table), the on-screen keyboards' layout
// (AZERTY or QWERTY) and the size of the panels' text. Each choice is one
// SetDisplaySettings command, saved with the board.
#include <cmath>
#include <memory>

#include <imgui.h>

#include "core/layout.h"
#include "view/board_view.h"
#include "view/settings_panel.h"
#include "view/theme.h"

namespace nt {

namespace {

// The UI scales the facilitator can pick; 0 follows the screen.
constexpr double kScales[] = {0, 0.75, 1, 1.25, 1.5, 2, 3};

std::string scaleLabel(double scale, const Translations& tr) {
    if (scale == 0) return tr("settings.scale.auto");
    return std::to_string(static_cast<int>(std::lround(scale * 100))) + "%";
}

}  // namespace

bool DrawSettingsButton(const std::string& label, float size) {
    const bool pressed = ImGui::Button(("##" + label).c_str(), {size, size});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", label.c_str());
    // A gear: eight teeth round a ring.
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const ImVec2 c{(a.x + b.x) / 2, (a.y + b.y) / 2};
    const float r = size * 0.22f;
    const ImU32 ink = theme::rgb(theme::kInk);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (int i = 0; i < 8; ++i) {
        const float angle = static_cast<float>(i) * 3.14159265f / 4;
        const ImVec2 dir{std::cos(angle), std::sin(angle)};
        draw->AddLine({c.x + dir.x * r * 0.8f, c.y + dir.y * r * 0.8f}, {c.x + dir.x * r * 1.45f, c.y + dir.y * r * 1.45f},
                      ink, r * 0.5f);
    }
    draw->AddCircle(c, r, ink, 24, r * 0.55f);
    return pressed;
}

void BoardView::drawSettings(const ViewInput& in, ViewIntents& out) {
    if (m_settingsPending) {
        ImGui::OpenPopup("##settings");
        m_settingsPending = false;
    }
    const Vec2 anchor = in.xf.toScreen({tray::kToolbar.x1, tray::kToolbar.y0 - 8});
    ImGui::SetNextWindowPos({static_cast<float>(anchor.x), static_cast<float>(anchor.y)}, ImGuiCond_Appearing, {1, 1});
    if (!ImGui::BeginPopup("##settings")) return;
    const DisplaySettings& now = in.board.display;
    DisplaySettings next = now;
    ImGui::TextUnformatted(in.tr("settings.title").c_str());
    ImGui::Separator();

    // The language first: the popup grows upwards from the toolbar, so the rows below keep their place.
    ImGui::TextDisabled("%s", in.tr("settings.language").c_str());
    if (ImGui::RadioButton("Nederlands", in.lang == Lang::Nl) && in.lang != Lang::Nl) out.lang = Lang::Nl;
    ImGui::SameLine();
    if (ImGui::RadioButton("English", in.lang == Lang::En) && in.lang != Lang::En) out.lang = Lang::En;
    ImGui::Spacing();

    ImGui::TextDisabled("%s", in.tr("settings.layout").c_str());
    if (ImGui::RadioButton(in.tr("settings.layout.projector").c_str(), now.layout == RoomLayout::Projector))
        next.layout = RoomLayout::Projector;
    if (ImGui::RadioButton(in.tr("settings.layout.table").c_str(), now.layout == RoomLayout::Table))
        next.layout = RoomLayout::Table;
    ImGui::Spacing();

    ImGui::TextDisabled("%s", in.tr("settings.keyboard").c_str());
    if (ImGui::RadioButton("AZERTY", now.keyboard == KeyboardLayout::Azerty)) next.keyboard = KeyboardLayout::Azerty;
    ImGui::SameLine();
    if (ImGui::RadioButton("QWERTY", now.keyboard == KeyboardLayout::Qwerty)) next.keyboard = KeyboardLayout::Qwerty;
    ImGui::Spacing();

    ImGui::TextDisabled("%s", in.tr("settings.scale").c_str());
    for (double scale : kScales) {
        if (scale != kScales[0]) ImGui::SameLine();
        const std::string label = scaleLabel(scale, in.tr);
        if (ImGui::RadioButton(label.c_str(), now.uiScale == scale)) next.uiScale = scale;
    }
    ImGui::Spacing();
    if (ImGui::Button(in.tr("settings.close").c_str())) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();

    if (next != now) out.commands.push_back(named(std::make_unique<SetDisplaySettings>(now, next), "step.display"));
}

}  // namespace nt
