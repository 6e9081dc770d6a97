// The tabs that open the inspiration tray and the municipality box, and the
// resize handles drawn on the bubbles.
#include <cmath>

#include <imgui.h>

#include "core/bubble_placement.h"
#include "view/board_canvas.h"
#include "view/board_view.h"
#include "view/partner_tools.h"
#include "view/theme.h"

namespace nt {

using theme::rgb;

namespace {

// A tab standing on the diagram's left edge, its label read bottom to top.
// Returns true when tapped.
bool DrawTab(const ViewInput& in, const char* id, const layout::Rect& r, const std::string& label, bool active) {
    const Vec2 p0 = in.xf.toScreen({r.x0, r.y0}), p1 = in.xf.toScreen({r.x1, r.y1});
    ImGui::SetNextWindowPos({static_cast<float>(p0.x), static_cast<float>(p0.y)});
    ImGui::SetNextWindowSize({static_cast<float>(p1.x - p0.x), static_cast<float>(p1.y - p0.y)});
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {0, 0});
    ImGui::PushStyleVar(ImGuiStyleVar_WindowMinSize, {1, 1});
    ImGui::Begin(id, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoBringToFrontOnFocus);
    const ImVec2 size{static_cast<float>(p1.x - p0.x), static_cast<float>(p1.y - p0.y)};
    const bool pressed = ImGui::InvisibleButton("##tab", size);
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float round = static_cast<float>(12 * in.xf.scale);
    const ImVec2 a{static_cast<float>(p0.x), static_cast<float>(p0.y)}, b{static_cast<float>(p1.x), static_cast<float>(p1.y)};
    const std::uint32_t fill = active ? theme::kAccent : (hovered ? theme::shade(theme::kAccent, 0.75f) : theme::kCard);
    dl->AddRectFilled(a, b, rgb(fill), round, ImDrawFlags_RoundCornersRight);
    dl->AddRect(a, b, rgb(theme::kAccent), round, ImDrawFlags_RoundCornersRight, static_cast<float>(2 * in.xf.scale));
    const float px = static_cast<float>((in.fonts.boldSize + 2) * in.xf.scale);
    const ImVec2 sz = in.fonts.bold->CalcTextSizeA(px, FLT_MAX, 0, label.c_str());
    const ImVec2 centre{(a.x + b.x) / 2, (a.y + b.y) / 2};
    dl->PushClipRectFullScreen();  // the label is laid out across the tab, then turned upright
    const int first = dl->VtxBuffer.Size;
    dl->AddText(in.fonts.bold, px, {std::floor(centre.x - sz.x / 2), std::floor(centre.y - sz.y / 2)},
                rgb(active ? 0xFFFFFF : theme::kAccent), label.c_str());
    for (int i = first; i < dl->VtxBuffer.Size; ++i) {  // a quarter turn anticlockwise
        ImVec2& v = dl->VtxBuffer[i].pos;
        const float dx = v.x - centre.x, dy = v.y - centre.y;
        v = {centre.x + dy, centre.y - dx};
    }
    dl->PopClipRect();
    ImGui::End();
    ImGui::PopStyleVar(2);
    return pressed;
}

}  // namespace

void PartnerTools::frame(const ViewInput& in, ViewIntents& out) {
    if (in.board.vote.state == VoteState::Open) return;  // the vote has the table now
    CanvasContext c{ImGui::GetBackgroundDrawList(), in.xf, &in.fonts, &in.catalogue, &in.tr, in.lang};
    DrawBubbleHandles(c, in.board);
    m_tray.frame(in, out);
    // With the tray open the tabs stand on its edge.
    const double shift = m_tray.isOpen() ? partner_layout::kTray.x1 + 2 - partner_layout::kTrayTab.x0 : 0;
    auto shifted = [&](layout::Rect r) { return layout::Rect{r.x0 + shift, r.y0, r.x1 + shift, r.y1}; };
    if (DrawTab(in, "##traytab", shifted(partner_layout::kTrayTab), in.tr("partners.tab.tray"), m_tray.isOpen()))
        m_tray.toggle();
    if (DrawTab(in, "##bubbletab", shifted(partner_layout::kBubbleTab), in.tr("partners.tab.bubble"), m_picker.isOpen())) {
        if (m_picker.isOpen()) m_picker.close();
        else m_picker.open(in.board);
    }
    m_picker.frame(in, out);
}

void DrawBubbleHandles(const CanvasContext& c, const Board& board) {
    for (const Municipality& m : board.municipalities) {
        const Vec2 h = bubbleHandle(m);
        const ImVec2 p = c.at(h);
        const float r = c.len(kBubbleHandleRadius);
        c.draw->AddCircleFilled({p.x + c.len(1), p.y + c.len(2)}, r, rgb(0x000000, 35), 0);
        c.draw->AddCircleFilled(p, r, rgb(theme::kCard), 0);
        c.draw->AddCircle(p, r, rgb(theme::shade(m.colour, -0.35f)), 0, c.len(2));
        // A double arrow along the diagonal: drag outwards to grow, inwards to shrink.
        const float k = c.len(kBubbleHandleRadius * 0.5);
        const ImU32 ink = rgb(theme::kInkSoft);
        const ImVec2 a{p.x - k, p.y - k}, b{p.x + k, p.y + k};
        c.draw->AddLine(a, b, ink, c.len(2.2));
        const float t = c.len(5);
        c.draw->AddTriangleFilled(a, {a.x + t, a.y}, {a.x, a.y + t}, ink);
        c.draw->AddTriangleFilled(b, {b.x - t, b.y}, {b.x, b.y - t}, ink);
    }
}

}  // namespace nt
