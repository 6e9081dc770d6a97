// The join card: the QR code participants scan with their phones (qrcodegen,
// drawn as ImDrawList rectangles), the short address and session code for
// those who type, how many phones are connected, and closing joining.
#include <imgui.h>
#include <qrcodegen.hpp>

#include "view/board_view.h"
#include "view/theme.h"

namespace nt {

namespace {

// Dark modules on white with the quiet zone of four modules the standard asks for.
void drawQr(const std::string& text, float side) {
    const qrcodegen::QrCode qr = qrcodegen::QrCode::encodeText(text.c_str(), qrcodegen::QrCode::Ecc::MEDIUM);
    const int n = qr.getSize();
    const float module = side / static_cast<float>(n + 8);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(origin, {origin.x + side, origin.y + side}, IM_COL32(255, 255, 255, 255));
    for (int y = 0; y < n; ++y) {
        for (int x = 0; x < n; ++x) {
            if (!qr.getModule(x, y)) continue;
            const ImVec2 a{origin.x + (static_cast<float>(x) + 4) * module, origin.y + (static_cast<float>(y) + 4) * module};
            dl->AddRectFilled(a, {a.x + module, a.y + module}, IM_COL32(0, 0, 0, 255));
        }
    }
    ImGui::Dummy({side, side});
}

}  // namespace

// A square toolbar button with a small QR sign and the number of phones
// connected: the toolbar has no room for another word.
void BoardView::drawPhonesButton(const ViewInput& in, float height) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    if (ImGui::Button("##phones", {height * 1.4f, height})) m_joinCardOpen = !m_joinCardOpen;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", in.tr("toolbar.phones").c_str());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
    const float u = height / 10;  // the sign is 6 by 6 units, centred in the left part
    const ImVec2 o{p.x + 1.5f * u, p.y + 2 * u};
    auto finder = [&](float x, float y) {
        dl->AddRect({o.x + x * u, o.y + y * u}, {o.x + (x + 2.6f) * u, o.y + (y + 2.6f) * u}, ink, 0, 0, 0.8f * u);
    };
    finder(0, 0);
    finder(3.4f, 0);
    finder(0, 3.4f);
    dl->AddRectFilled({o.x + 3.6f * u, o.y + 3.6f * u}, {o.x + 4.6f * u, o.y + 4.6f * u}, ink);
    dl->AddRectFilled({o.x + 5 * u, o.y + 5 * u}, {o.x + 6 * u, o.y + 6 * u}, ink);
    const std::string count = std::to_string(in.phones->connected);
    dl->AddText({o.x + 7 * u, p.y + (height - ImGui::GetTextLineHeight()) / 2}, ink, count.c_str());
}

void BoardView::drawJoinCard(const ViewInput& in, ViewIntents& out) {
    if (!in.phones || !m_joinCardOpen) return;
    const PhoneStatus& phones = *in.phones;
    const float scale = static_cast<float>(in.xf.scale);
    const ImVec2 centre = ImGui::GetMainViewport()->GetCenter();
    ImGui::SetNextWindowPos(centre, ImGuiCond_Always, {0.5f, 0.5f});
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {24 * scale, 20 * scale});
    ImGui::Begin("##joincard", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::PushFont(in.fonts.heading);
    ImGui::TextUnformatted(in.tr("phones.title").c_str());
    ImGui::PopFont();
    ImGui::Spacing();
    if (phones.joinOpen) {
        drawQr(phones.joinUrl, 420 * scale);
        ImGui::Spacing();
        // Big enough to read from the back of the room.
        ImGui::TextUnformatted(in.tr("phones.orType").c_str());
        ImGui::PushFont(in.fonts.heading);
        ImGui::TextUnformatted(phones.shortUrl.c_str());
        ImGui::PopFont();
        ImGui::TextUnformatted(in.tr("phones.code").c_str());
        ImGui::PushFont(in.fonts.heading);
        ImGui::SetWindowFontScale(1.6f);
        ImGui::TextUnformatted(phones.code.c_str());
        ImGui::SetWindowFontScale(1.0f);
        ImGui::PopFont();
    } else {
        ImGui::TextWrapped("%s", in.tr("phones.joinClosed").c_str());
    }
    ImGui::Spacing();
    ImGui::Text("%s %zu", in.tr("phones.connected").c_str(), phones.connected);
    ImGui::Spacing();
    if (ImGui::Button(in.tr(phones.joinOpen ? "phones.closeJoin" : "phones.openJoin").c_str()))
        out.phonesJoinOpen = !phones.joinOpen;
    ImGui::SameLine();
    if (ImGui::Button(in.tr("phones.hide").c_str())) m_joinCardOpen = false;
    ImGui::End();
    ImGui::PopStyleVar();
}

}  // namespace nt
