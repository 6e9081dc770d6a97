// Finger-sized controls for the views used at the table.
#include "view/touch_widgets.h"

#include <imgui_stdlib.h>

#include "view/board_canvas.h"
#include "view/theme.h"

namespace nt::touch {

bool Choice(const char* label, bool chosen, ImVec2 size) {
    if (chosen) {
        ImGui::PushStyleColor(ImGuiCol_Button, theme::rgb(theme::kAccent));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, theme::rgb(theme::shade(theme::kAccent, 0.15f)));
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, theme::rgb(theme::shade(theme::kAccent, -0.15f)));
        ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb(0xFFFFFF));
    }
    const bool tapped = ImGui::Button(label, size);
    if (chosen) ImGui::PopStyleColor(4);
    return tapped;
}

namespace {

template <class Draw>
bool bound(TextField& f, const std::string& boardText, Draw draw) {
    if (!f.bound) {
        f.text = f.seen = boardText;
        f.bound = true;
    }
    draw();
    const bool finished = ImGui::IsItemDeactivatedAfterEdit();
    if (!finished && !ImGui::IsItemActive() && boardText != f.seen) f.text = f.seen = boardText;
    return finished;
}

}  // namespace

bool BoundInput(const char* id, TextField& field, const std::string& boardText, const std::string& hint) {
    return bound(field, boardText, [&] { ImGui::InputTextWithHint(id, hint.c_str(), &field.text); });
}

bool BoundMultiline(const char* id, TextField& field, const std::string& boardText, const std::string& hint, ImVec2 size) {
    return bound(field, boardText, [&] {
        ImGui::InputTextMultiline(id, &field.text, size);
        if (field.text.empty() && !ImGui::IsItemActive()) {
            const ImVec2 at = ImGui::GetItemRectMin();
            const ImVec2 pad = ImGui::GetStyle().FramePadding;
            ImGui::GetWindowDrawList()->AddText({at.x + pad.x, at.y + pad.y}, theme::rgb(theme::kInkSoft), hint.c_str());
        }
    });
}

void Label(const std::string& text) {
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb(theme::kInkSoft));
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

void Token(ImDrawList* draw, const Fonts& fonts, const BoardTransform& xf, const ActorType& type, ImVec2 centre,
           double radiusBoardUnits) {
    const CanvasContext c{draw, xf, &fonts, nullptr, nullptr, Lang::Nl};
    DrawActorToken(c, type, xf.toBoard({centre.x, centre.y}), radiusBoardUnits, false);
}

void BeginBoardCover(const char* id, const BoardTransform& xf, bool focus) {
    const Vec2 p0 = xf.toScreen({0, 0});
    ImGui::SetNextWindowPos({static_cast<float>(p0.x), static_cast<float>(p0.y)});
    ImGui::SetNextWindowSize({static_cast<float>(kBoardWidth * xf.scale), static_cast<float>(kBoardHeight * xf.scale)});
    if (focus) ImGui::SetNextWindowFocus();
    const float s = static_cast<float>(xf.scale);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, theme::rgb(theme::kBackground));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {40 * s, 28 * s});
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
    ImGui::Begin(id, nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove);
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
}

}  // namespace nt::touch
