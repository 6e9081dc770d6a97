// Long-press menus at the table: a card of rows, one action each.
#include "view/table_menu_view.h"

#include "view/theme.h"
#include "view/turned_draw.h"

namespace nt {

using theme::rgb;

namespace {

const char* labelKey(MenuAction a, const Board& board, Id item) {
    switch (a) {
        case MenuAction::Edit: return "menu.edit";
        case MenuAction::Rename: return "menu.rename";
        case MenuAction::OpenCombination: return "menu.openCombination";
        case MenuAction::KindStrength: return "tray.strength";
        case MenuAction::KindWeakness: return "tray.weakness";
        case MenuAction::KindIdea: return "tray.idea";
        case MenuAction::KindFree: return "tray.free";
        case MenuAction::TurnToMe: return "menu.turnToMe";
        case MenuAction::Delete: return findById(board.municipalities, item) ? "menu.deleteBubble" : "menu.delete";
        case MenuAction::Close: return "menu.close";
    }
    return "menu.close";
}

// The kind a row turns a note into, for its colour swatch.
bool kindOf(MenuAction a, NoteKind* kind) {
    switch (a) {
        case MenuAction::KindStrength: *kind = NoteKind::Strength; return true;
        case MenuAction::KindWeakness: *kind = NoteKind::Weakness; return true;
        case MenuAction::KindIdea: *kind = NoteKind::Idea; return true;
        case MenuAction::KindFree: *kind = NoteKind::Free; return true;
        default: return false;
    }
}

void drawMenu(const CanvasContext& c, const TableMenu& m, const Board& board) {
    const Upright u{c, c.at(m.frame.centre), static_cast<float>(c.xf.scale)};
    const TurnedDrawing turned(c.draw, u.centre, facingDegrees(m.frame.side));
    const layout::Rect r = m.localRect();
    const double row = m.rowHeight();
    const float round = u.s * static_cast<float>(row * 0.25);
    c.draw->AddRectFilled(u.at(r.x0 + 4, r.y0 + 8), u.at(r.x1 + 4, r.y1 + 8), rgb(theme::kInk, 50), round);
    c.draw->AddRectFilled(u.at(r.x0, r.y0), u.at(r.x1, r.y1), rgb(theme::kCard), round);
    c.draw->AddRect(u.at(r.x0, r.y0), u.at(r.x1, r.y1), rgb(theme::kLine), round, 0, u.s * 2);
    ImFont* font = c.fonts->ui;
    const double pad = row * 0.35;
    for (size_t i = 0; i < m.actions.size(); ++i) {
        const MenuAction a = m.actions[i];
        const layout::Rect rr = m.row(i);
        if (i > 0) c.draw->AddLine(u.at(rr.x0 + pad, rr.y0), u.at(rr.x1 - pad, rr.y0), rgb(theme::kLine), u.s * 1.5f);
        double x = rr.x0 + pad;
        NoteKind kind{};
        if (kindOf(a, &kind)) {
            const double d = row * 0.42;
            c.draw->AddRectFilled(u.at(x, rr.centre().y - d / 2), u.at(x + d, rr.centre().y + d / 2), rgb(theme::noteColour(kind)),
                                  u.s * 4);
            c.draw->AddRect(u.at(x, rr.centre().y - d / 2), u.at(x + d, rr.centre().y + d / 2), rgb(theme::kLine), u.s * 4);
            x += d + pad * 0.6;
        }
        const std::string& label = (*c.tr)(labelKey(a, board, m.item));
        const std::uint32_t ink = a == MenuAction::Delete ? theme::kBinRed : a == MenuAction::Close ? theme::kInkSoft : theme::kInk;
        // Long labels shrink to fit rather than run off the card.
        float px = u.s * static_cast<float>(row * 0.44);
        const float avail = u.s * static_cast<float>(rr.x1 - pad - x);
        const float w = font->CalcTextSizeA(px, FLT_MAX, 0, label.c_str()).x;
        if (w > avail) px *= avail / w;
        const ImVec2 p = u.at(x, rr.centre().y);
        c.draw->AddText(font, px, {p.x, p.y - px * 0.62f}, rgb(ink), label.c_str());
    }
}

}  // namespace

void DrawTableMenus(const CanvasContext& c, const TableMenus& menus, const Board& board) {
    for (const TableMenu& m : menus.menus()) drawMenu(c, m, board);
}

}  // namespace nt
