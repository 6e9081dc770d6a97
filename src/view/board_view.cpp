// One frame of the whole screen, and the requests and toasts that drive it.
#include "view/board_view.h"

#include "view/board_canvas.h"
#include "view/theme.h"

namespace nt {

void BoardView::handle(const std::vector<UiRequest>& requests) {
    m_pending.insert(m_pending.end(), requests.begin(), requests.end());
}

void BoardView::toast(std::string message, double now, bool isError) {
    m_toast = {std::move(message), now + (isError ? 6.0 : 3.0), isError};
}

std::optional<double> BoardView::nextDeadline() const {
    if (!m_toast.text.empty()) return m_toast.until;
    return std::nullopt;
}

ViewIntents BoardView::frame(const ViewInput& in) {
    ViewIntents out;
    for (const UiRequest& r : std::exchange(m_pending, {})) {
        switch (r.kind) {
            case RequestKind::EditNote:
            case RequestKind::RenameActor: openEditor(in.board, r.item, out); break;
            case RequestKind::ContextMenu: m_menu = {true, r.item, r.pos}; break;
            case RequestKind::PickActorType:
                m_pickerPending = true;
                m_pickerPos = r.pos;
                break;
        }
    }

    CanvasContext c{ImGui::GetBackgroundDrawList(), in.xf, &in.fonts, &in.catalogue, &in.tr, in.lang};
    const auto held = in.router.held();
    DrawBoardBackground(c, in.board);
    DrawBubbles(c, in.board, held);
    DrawNotes(c, in.board, held);
    DrawActors(c, in.board, held);
    drawTray(in, out);
    drawToolbar(in, out);
    drawEditor(in, out);
    drawContextMenu(in, out);
    drawTypePicker(in, out);
    drawToast(in);
    return out;
}

void BoardView::drawToast(const ViewInput& in) {
    if (m_toast.text.empty()) return;
    if (in.now >= m_toast.until) {
        m_toast = {};
        return;
    }
    CanvasContext c{ImGui::GetForegroundDrawList(), in.xf, &in.fonts, &in.catalogue, &in.tr, in.lang};
    const float px = c.len(in.fonts.bodySize + 2);
    const ImVec2 sz = in.fonts.body->CalcTextSizeA(px, FLT_MAX, c.len(900), m_toast.text.c_str());
    const ImVec2 centre = c.at({kBoardWidth / 2, 940});
    const float pad = c.len(16);
    const ImVec2 p0{centre.x - sz.x / 2 - pad, centre.y - sz.y / 2 - pad / 2};
    const ImVec2 p1{centre.x + sz.x / 2 + pad, centre.y + sz.y / 2 + pad / 2};
    c.draw->AddRectFilled(p0, p1, theme::rgb(m_toast.error ? theme::kBinRed : theme::kInk, 235), c.len(12));
    c.draw->AddText(in.fonts.body, px, {p0.x + pad, p0.y + pad / 2}, theme::rgb(0xFFFFFF), m_toast.text.c_str(), nullptr,
                    c.len(900));
}

}  // namespace nt
