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
    ImGui::PushFont(in.fonts.bold);
    ImGui::TextUnformatted(in.tr("phones.title").c_str());
    ImGui::PopFont();
    ImGui::Spacing();
    if (phones.joinOpen) {
        drawQr(phones.joinUrl, 420 * scale);
        ImGui::Spacing();
        ImGui::TextUnformatted(in.tr("phones.orType").c_str());
        ImGui::PushFont(in.fonts.bold);
        ImGui::TextUnformatted(phones.shortUrl.c_str());
        ImGui::TextUnformatted((in.tr("phones.code") + " " + phones.code).c_str());
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
