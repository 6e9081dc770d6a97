// The inbox of phone notes that wait for the facilitator's approval: a
// small panel at the facilitator's side (above the toolbar, at the right), one
// row per note with who sent it, its kind and its text (plain text, as
// typed), and "let in" / "reject". Shown whenever a note waits, even with
// the join card closed, so nothing sent is forgotten.
#include <imgui.h>

#include "core/layout.h"
#include "core/phone_notes.h"
#include "view/board_view.h"
#include "view/theme.h"
#include "view/touch_widgets.h"

namespace nt {

void BoardView::drawPhoneInbox(const ViewInput& in, ViewIntents& out) {
    const PhoneNoteCounts counts = countPhoneNotes(in.board);
    if (counts.pending == 0) {
        m_inboxSize = {};
        return;
    }
    const float scale = static_cast<float>(in.xf.scale);
    const float width = 440 * scale;
    const float finger = static_cast<float>(touch::kFingerHeight) * scale;
    // The board's right edge, just above the toolbar: beside the join card, not under it.
    const Vec2 corner = in.xf.toScreen({kBoardWidth - 12, tray::kToolbar.y0 - 12});
    ImGui::SetNextWindowPos({static_cast<float>(corner.x), static_cast<float>(corner.y)}, ImGuiCond_Always, {1, 1});
    ImGui::SetNextWindowSizeConstraints({width, 0}, {width, 560 * scale});
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {16 * scale, 12 * scale});
    ImGui::Begin("##phoneinbox", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::PushFont(in.fonts.bold);
    ImGui::Text("%s (%zu)", in.tr("phones.inbox").c_str(), counts.pending);
    ImGui::PopFont();
    ImGui::PushTextWrapPos(width - 16 * scale);
    int shown = 0;
    for (const Note& n : in.board.notes) {
        if (!n.pending) continue;
        if (++shown > 4) break;  // the rest follow as these are decided
        ImGui::PushID(static_cast<int>(n.id));
        ImGui::Separator();
        std::string from = in.tr("phones.anonymous") + " " + std::to_string(n.fromPhone);
        if (in.phones)
            for (const auto& d : in.phones->devices)
                if (d.device == n.fromPhone && !d.name.empty()) from = d.name;
        // The kind's colour as a chip, then who sent it.
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float chip = ImGui::GetTextLineHeight();
        ImGui::GetWindowDrawList()->AddRectFilled(p, {p.x + chip, p.y + chip}, theme::rgb(theme::noteColour(n.kind)),
                                                  4 * scale);
        ImGui::Dummy({chip, chip});
        ImGui::SameLine();
        ImGui::TextDisabled("%s · %s", in.tr(std::string("tray.") + noteKindName(n.kind)).c_str(), from.c_str());
        ImGui::TextWrapped("%s", n.text.c_str());
        const float half = (width - 32 * scale - ImGui::GetStyle().ItemSpacing.x) / 2;
        if (touch::Choice(in.tr("phones.approve").c_str(), true, {half, finger}))
            out.commands.push_back(approvePhoneNote(in.board, n.id));
        ImGui::SameLine();
        if (ImGui::Button(in.tr("phones.reject").c_str(), {half, finger}))
            out.commands.push_back(rejectPhoneNote(in.board, n.id));
        ImGui::PopID();
    }
    if (counts.pending > 4) ImGui::TextDisabled("%s %zu", in.tr("phones.inboxMore").c_str(), counts.pending - 4);
    ImGui::PopTextWrapPos();
    const ImVec2 size = ImGui::GetWindowSize();  // see drawJoinCard
    m_phonesSettling |= size.x != m_inboxSize.x || size.y != m_inboxSize.y;
    m_inboxSize = size;
    ImGui::End();
    ImGui::PopStyleVar();
}

}  // namespace nt
