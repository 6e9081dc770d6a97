// The join card: the QR code participants scan with their phones (qrcodegen,
// drawn as ImDrawList rectangles), the short address and session code for
// those who type, how many phones are connected, and closing joining; beside
// it the facilitator's controls: removing a phone, approving, hiding and
// clearing phone notes.
#include <imgui.h>
#include <qrcodegen.hpp>

#include "core/phone_notes.h"
#include "view/board_view.h"
#include "view/theme.h"
#include "view/touch_widgets.h"

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

// A switch as one wide button: a box at the left, ticked and filled when
// on; the label says what "on" means and stays the same either way.
bool drawSwitch(const std::string& label, bool on, ImVec2 size) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float box = size.y * 0.45f;
    const float indent = size.y * 0.3f + box;
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, {0, 0.5f});
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, {indent + size.y * 0.25f, ImGui::GetStyle().FramePadding.y});
    const bool tapped = touch::Choice(label.c_str(), on, size);
    ImGui::PopStyleVar(2);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 a{p.x + size.y * 0.3f, p.y + (size.y - box) / 2};
    const ImVec2 b{a.x + box, a.y + box};
    const ImU32 ink = on ? theme::rgb(0xFFFFFF) : theme::rgb(theme::kInk);
    dl->AddRect(a, b, ink, box * 0.15f, 0, box * 0.1f);
    if (on) {
        const ImVec2 tick[] = {{a.x + box * 0.2f, a.y + box * 0.52f}, {a.x + box * 0.42f, a.y + box * 0.74f},
                               {a.x + box * 0.8f, a.y + box * 0.28f}};
        dl->AddPolyline(tick, 3, ink, 0, box * 0.14f);
    }
    return tapped;
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
    if (!in.phones || !m_joinCardOpen) {
        m_confirmClearPhoneNotes = false;
        m_joinCardSize = {};
        return;
    }
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
    ImGui::BeginGroup();
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
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 420 * scale);
        ImGui::TextWrapped("%s", in.tr("phones.joinClosed").c_str());
        ImGui::PopTextWrapPos();
        ImGui::Dummy({420 * scale, 0});
    }
    ImGui::EndGroup();
    ImGui::SameLine(0, 32 * scale);
    drawPhoneControls(in, out);
    ImGui::Spacing();
    const ImVec2 button{0, static_cast<float>(touch::kFingerHeight) * scale};
    if (ImGui::Button(in.tr(phones.joinOpen ? "phones.closeJoin" : "phones.openJoin").c_str(), button))
        out.phonesJoinOpen = !phones.joinOpen;
    ImGui::SameLine();
    if (ImGui::Button(in.tr("phones.hide").c_str(), button)) m_joinCardOpen = false;
    // ImGui sizes an auto-resizing window from the frame before: a card that
    // appears or grows needs one more frame, even without input.
    const ImVec2 size = ImGui::GetWindowSize();
    m_phonesSettling |= size.x != m_joinCardSize.x || size.y != m_joinCardSize.y;
    m_joinCardSize = size;
    ImGui::End();
    ImGui::PopStyleVar();
}

// The facilitator's side of the card: the phones that joined (each can be
// removed), approval of phone notes, hiding them, and clearing them.
void BoardView::drawPhoneControls(const ViewInput& in, ViewIntents& out) {
    const PhoneStatus& phones = *in.phones;
    const float scale = static_cast<float>(in.xf.scale);
    const float width = 480 * scale;
    const float finger = static_cast<float>(touch::kFingerHeight) * scale;
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::PushFont(in.fonts.bold);
    ImGui::Text("%s %zu", in.tr("phones.connected").c_str(), phones.connected);
    ImGui::PopFont();
    // The list of phones, each with its remove button; four rows tall
    // whatever the count (it scrolls), so the card does not jump as phones join.
    const float rowHeight = finger * 0.8f + ImGui::GetStyle().ItemSpacing.y;
    ImGui::BeginChild("##devices", {width, rowHeight * 4 + 2 * ImGui::GetStyle().WindowPadding.y}, true);
    if (phones.devices.empty()) ImGui::TextWrapped("%s", in.tr("phones.noDevices").c_str());
    for (const auto& d : phones.devices) {
        ImGui::PushID(d.device);
        const std::string name = d.name.empty() ? in.tr("phones.anonymous") + " " + std::to_string(d.device) : d.name;
        const float y = ImGui::GetCursorPosY();
        ImGui::SetCursorPosY(y + (finger * 0.8f - ImGui::GetTextLineHeight()) / 2);
        ImVec4 ink = ImGui::GetStyleColorVec4(ImGuiCol_Text);
        if (!d.connected) ink.w = 0.5f;  // a phone that went quiet
        ImGui::TextColored(ink, "%s", name.c_str());
        const std::string remove = in.tr("phones.remove");
        const float removeWidth = ImGui::CalcTextSize(remove.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x;
        ImGui::SameLine(ImGui::GetContentRegionMax().x - removeWidth);
        ImGui::SetCursorPosY(y);
        if (ImGui::Button(remove.c_str(), {removeWidth, finger * 0.8f})) out.removeDevice = d.device;
        ImGui::PopID();
    }
    ImGui::EndChild();
    ImGui::Spacing();

    // Notes from phones: counted, so nothing seems lost while they are hidden or waiting.
    const PhoneNoteCounts counts = countPhoneNotes(in.board);
    ImGui::PushFont(in.fonts.bold);
    ImGui::TextUnformatted(in.tr("phones.notesTitle").c_str());
    ImGui::PopFont();
    std::string summary = in.tr(in.board.phones.hideNotes ? "phones.notesHidden" : "phones.notesOnBoard") + " " +
                          std::to_string(counts.onBoard);
    if (counts.pending > 0) summary += " · " + in.tr("phones.notesWaiting") + " " + std::to_string(counts.pending);
    ImGui::TextWrapped("%s", summary.c_str());
    const bool approve = in.board.phones.approveNotes;
    if (drawSwitch(in.tr("phones.approveSwitch"), approve, {width, finger}))
        out.commands.push_back(setApprovePhoneNotes(in.board, !approve));
    const bool hidden = in.board.phones.hideNotes;
    if (drawSwitch(in.tr("phones.hideSwitch"), hidden, {width, finger}))
        out.commands.push_back(setHidePhoneNotes(in.board, !hidden));
    const size_t all = counts.onBoard + counts.pending;
    if (!m_confirmClearPhoneNotes) {
        ImGui::BeginDisabled(all == 0);
        const std::string label = in.tr("phones.clear") + " (" + std::to_string(all) + ")";
        if (ImGui::Button(label.c_str(), {width, finger})) m_confirmClearPhoneNotes = true;
        ImGui::EndDisabled();
        // The room the question takes, kept free, so the card does not jump when it is asked.
        ImGui::Dummy({width, ImGui::CalcTextSize(in.tr("phones.clearAsk").c_str(), nullptr, false, width).y});
    } else {
        ImGui::TextWrapped("%s", in.tr("phones.clearAsk").c_str());
        ImGui::PushStyleColor(ImGuiCol_Button, theme::rgb(theme::kBinRed));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, theme::rgb(theme::shade(theme::kBinRed, 0.12f)));
        ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb(0xFFFFFF));
        const float half = (width - ImGui::GetStyle().ItemSpacing.x) / 2;
        if (ImGui::Button(in.tr("phones.clearYes").c_str(), {half, finger})) {
            if (CommandPtr clear = clearPhoneNotes(in.board)) out.commands.push_back(std::move(clear));
            m_confirmClearPhoneNotes = false;
        }
        ImGui::PopStyleColor(3);
        ImGui::SameLine();
        if (ImGui::Button(in.tr("phones.clearNo").c_str(), {half, finger})) m_confirmClearPhoneNotes = false;
    }
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
}

}  // namespace nt
