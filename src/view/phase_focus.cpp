// The current phase's area and tool, drawn over the board.
#include "view/phase_focus.h"

#include "core/layout.h"
#include "core/programme.h"
#include "view/theme.h"

namespace nt {

using theme::rgb;

std::optional<layout::Rect> phaseFocusArea(PhaseKind kind) {
    switch (kind) {
        case PhaseKind::OwnPractice: return layout::kOwnPracticeCard;
        case PhaseKind::Strengths: return layout::kStrengthsColumn;
        case PhaseKind::Weaknesses: return layout::kWeaknessesColumn;
        // The bubble diagram, where the combination cards and the vote live too.
        case PhaseKind::Partners:
        case PhaseKind::Combinations:
        case PhaseKind::Scenarios:
        case PhaseKind::Vote: return layout::kDiagramArea;
        case PhaseKind::WrapUp:
        case PhaseKind::Custom: break;
    }
    return std::nullopt;
}

std::optional<int> phaseTool(PhaseKind kind) {
    switch (kind) {
        case PhaseKind::Strengths: return 0;
        case PhaseKind::Weaknesses: return 1;
        case PhaseKind::Combinations:
        case PhaseKind::Scenarios: return 2;  // ideas to hang on the cards
        case PhaseKind::Partners: return 4;
        case PhaseKind::OwnPractice:
        case PhaseKind::Vote:
        case PhaseKind::WrapUp:
        case PhaseKind::Custom: break;
    }
    return std::nullopt;
}

void DrawPhaseFocus(const CanvasContext& c, const Board& board) {
    const Phase* phase = currentPhase(board.programme);
    if (!phase) return;
    const auto area = phaseFocusArea(phase->kind);
    if (!area) return;
    // A veil of the background colour around the area, in four pieces so the
    // area itself stays untouched; the tray below keeps its full colour.
    const ImU32 veil = rgb(theme::kBackground, 150);
    const double bottom = layout::kTray.y0 - 6;
    const layout::Rect& a = *area;
    c.draw->AddRectFilled(c.at({0, 0}), c.at({kBoardWidth, a.y0}), veil);
    c.draw->AddRectFilled(c.at({0, a.y1}), c.at({kBoardWidth, bottom}), veil);
    c.draw->AddRectFilled(c.at({0, a.y0}), c.at({a.x0, a.y1}), veil);
    c.draw->AddRectFilled(c.at({a.x1, a.y0}), c.at({kBoardWidth, a.y1}), veil);
    c.draw->AddRect(c.at({a.x0 - 3, a.y0 - 3}), c.at({a.x1 + 3, a.y1 + 3}), rgb(theme::kAccent, 150), c.len(18), 0, c.len(3));
}

void DrawPhaseTool(const CanvasContext& c, const Board& board) {
    const Phase* phase = currentPhase(board.programme);
    if (!phase || board.vote.state == VoteState::Open) return;
    const auto tool = phaseTool(phase->kind);
    if (!tool) return;
    const layout::Rect r = *tool < 4 ? tray::noteChip(*tool) : layout::Rect{tray::kActorChip.x0, tray::kActorChip.y0,
                                                                               tray::kTypePicker.x1, tray::kTypePicker.y1};
    const double round = *tool < 4 ? 8 : 33;
    c.draw->AddRect(c.at({r.x0 - 5, r.y0 - 5}), c.at({r.x1 + 5, r.y1 + 5}), rgb(theme::kAccent), c.len(round), 0, c.len(4));
    // A small arrow above the chip: "this one".
    const Vec2 tip{r.centre().x, r.y0 - 9};
    c.draw->AddTriangleFilled(c.at({tip.x - 11, tip.y - 12}), c.at({tip.x + 11, tip.y - 12}), c.at(tip), rgb(theme::kAccent));
}

}  // namespace nt
