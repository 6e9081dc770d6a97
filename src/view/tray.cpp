// The tray along the bottom: note chips to pull out, the actor chip with its
// type picker, and the bin. The chips are part of the board (every finger
// can use them at once); the picker is an ImGui popup.
#include <cmath>

#include "core/layout.h"
#include "view/board_canvas.h"
#include "view/combinations_canvas.h"
#include "view/board_view.h"
#include "view/theme.h"

namespace nt {

using theme::rgb;

namespace {

const char* noteKindKey(NoteKind k) {
    switch (k) {
        case NoteKind::Strength: return "tray.strength";
        case NoteKind::Weakness: return "tray.weakness";
        case NoteKind::Idea: return "tray.idea";
        case NoteKind::Free: break;
    }
    return "tray.free";
}

void drawPlus(const CanvasContext& c, Vec2 centre, double size, ImU32 colour) {
    c.draw->AddLine(c.at({centre.x - size, centre.y}), c.at({centre.x + size, centre.y}), colour, c.len(3));
    c.draw->AddLine(c.at({centre.x, centre.y - size}), c.at({centre.x, centre.y + size}), colour, c.len(3));
}

void drawBinIcon(const CanvasContext& c, Vec2 centre, ImU32 colour) {
    const float t = c.len(2.5);
    c.draw->AddLine(c.at({centre.x - 13, centre.y - 10}), c.at({centre.x + 13, centre.y - 10}), colour, t);
    c.draw->AddLine(c.at({centre.x - 5, centre.y - 14}), c.at({centre.x + 5, centre.y - 14}), colour, t);
    c.draw->AddQuad(c.at({centre.x - 10, centre.y - 6}), c.at({centre.x + 10, centre.y - 6}),
                    c.at({centre.x + 8, centre.y + 14}), c.at({centre.x - 8, centre.y + 14}), colour, t);
    for (int i = -1; i <= 1; ++i)
        c.draw->AddLine(c.at({centre.x + i * 4.0, centre.y - 2}), c.at({centre.x + i * 3.5, centre.y + 10}), colour, c.len(1.8));
}

}  // namespace

void BoardView::drawTray(const ViewInput& in, ViewIntents& out) {
    (void)out;
    CanvasContext c{ImGui::GetBackgroundDrawList(), in.xf, &in.fonts, &in.catalogue, &in.tr, in.lang};
    const auto& t = layout::kTray;
    c.draw->AddRectFilled(c.at({t.x0, t.y0}), c.at({t.x1, t.y1}), rgb(theme::shade(theme::kBackground, -0.05f)), c.len(14));

    if (in.board.vote.state == VoteState::Open) {
        // During the vote the tray holds the seats' dots instead of new notes.
        DrawSeatTrays(c, in.board);
        drawBin(c, in);
        return;
    }
    for (int i = 0; i < 4; ++i) {
        const auto r = tray::noteChip(i);
        const std::uint32_t colour = theme::noteColour(tray::kNoteKinds[i]);
        c.draw->AddRectFilled(c.at({r.x0 + 2, r.y0 + 3}), c.at({r.x1 + 2, r.y1 + 3}), rgb(0x000000, 25), c.len(6));
        c.draw->AddRectFilled(c.at({r.x0, r.y0}), c.at({r.x1, r.y1}), rgb(colour), c.len(6));
        drawPlus(c, {r.x0 + 24, r.centre().y}, 8, rgb(theme::kInk));
        DrawTextCentred(c, in.fonts.bold, in.fonts.boldSize, {r.x0 + 90, r.centre().y - 12}, r.width() - 44,
                        in.tr(noteKindKey(tray::kNoteKinds[i])), rgb(theme::kInk), 1);
    }

    // The actor chip shows the type it creates; the arrow opens the picker.
    const auto& a = tray::kActorChip;
    const auto& p = tray::kTypePicker;
    c.draw->AddRectFilled(c.at({a.x0, a.y0}), c.at({p.x1, p.y1}), rgb(theme::kCard), c.len(31));
    c.draw->AddRect(c.at({a.x0, a.y0}), c.at({p.x1, p.y1}), rgb(theme::kLine), c.len(31), 0, c.len(1.5));
    const ActorType& type = in.catalogue.find(in.router.actorType(), &in.board);
    DrawActorToken(c, type, {a.x0 + 34, a.centre().y}, 20, false);
    c.draw->AddText(in.fonts.bold, c.len(in.fonts.boldSize), c.at({a.x0 + 64, a.y0 + 7}), rgb(theme::kInk),
                    in.tr("tray.actor").c_str());
    DrawTextLeft(c, in.fonts.body, in.fonts.bodySize - 2, {a.x0 + 64, a.y0 + 31}, a.width() - 74, type.name(in.lang),
                 rgb(theme::kInkSoft));
    c.draw->AddLine(c.at({p.x0, p.y0 + 10}), c.at({p.x0, p.y1 - 10}), rgb(theme::kLine), c.len(1.5));
    const Vec2 pc = p.centre();
    c.draw->AddTriangleFilled(c.at({pc.x - 10, pc.y - 5}), c.at({pc.x + 10, pc.y - 5}), c.at({pc.x, pc.y + 7}),
                              rgb(theme::kInk));

    drawBin(c, in);
}

void BoardView::drawBin(const CanvasContext& c, const ViewInput& in) {
    const auto& b = tray::kBin;
    const bool hot = in.router.anyDragOverBin();
    c.draw->AddRectFilled(c.at({b.x0, b.y0}), c.at({b.x1, b.y1}), rgb(hot ? theme::kBinRed : theme::kCard), c.len(12));
    c.draw->AddRect(c.at({b.x0, b.y0}), c.at({b.x1, b.y1}), rgb(theme::kBinRed, hot ? 255 : 120), c.len(12), 0, c.len(2));
    const ImU32 ink = hot ? rgb(0xFFFFFF) : rgb(theme::kBinRed);
    drawBinIcon(c, {b.x0 + 30, b.centre().y}, ink);
    DrawTextCentred(c, in.fonts.bold, in.fonts.boldSize, {b.x0 + 98, b.centre().y - 12}, b.width() - 60,
                    in.tr(hot ? "tray.bin.release" : "tray.bin"), ink, 1);
}

void BoardView::drawTypePicker(const ViewInput& in, ViewIntents& out) {
    const float s = static_cast<float>(in.xf.scale);
    if (m_pickerPending) {
        ImGui::OpenPopup("##typepicker");
        m_pickerPending = false;
    }
    const ImVec2 anchor{static_cast<float>(in.xf.toScreen({tray::kActorChip.x0, tray::kActorChip.y0 - 8}).x),
                        static_cast<float>(in.xf.toScreen({0, tray::kActorChip.y0 - 8}).y)};
    ImGui::SetNextWindowPos(anchor, ImGuiCond_Appearing, {0, 1});
    ImGui::SetNextWindowSizeConstraints({0, 0}, {1400 * s, 900 * s});
    if (!ImGui::BeginPopup("##typepicker")) return;
    ImGui::TextUnformatted(in.tr("picker.title").c_str());
    ImGui::Separator();
    for (Sector sector : {Sector::Cultural, Sector::NonCultural}) {
        ImGui::PushFont(in.fonts.bold);
        ImGui::TextColored(ImVec4(0.24f, 0.44f, 0.56f, 1.f), "%s",
                           in.tr(sector == Sector::Cultural ? "picker.cultural" : "picker.noncultural").c_str());
        ImGui::PopFont();
        if (ImGui::BeginTable(sector == Sector::Cultural ? "##cult" : "##noncult", 3)) {
            for (const ActorType& type : in.catalogue.types()) {
                if (type.sector != sector) continue;
                ImGui::TableNextColumn();
                ImGui::PushID(type.id.c_str());
                const ImVec2 pos = ImGui::GetCursorScreenPos();
                const float h = ImGui::GetFrameHeight();
                if (ImGui::Selectable("##pick", type.id == in.router.actorType(), 0, {0, h})) {
                    out.actorType = type.id;
                    ImGui::CloseCurrentPopup();
                }
                ImDrawList* dl = ImGui::GetWindowDrawList();
                dl->AddCircleFilled({pos.x + h / 2, pos.y + h / 2}, h * 0.42f, theme::rgb(type.colour));
                ImGui::SameLine(h * 1.2f + ImGui::GetStyle().ItemSpacing.x);
                ImGui::SetCursorScreenPos({pos.x + h * 1.2f, pos.y + ImGui::GetStyle().FramePadding.y});
                ImGui::TextUnformatted(type.name(in.lang).c_str());
                ImGui::PopID();
            }
            ImGui::EndTable();
        }
    }
    ImGui::EndPopup();
}

}  // namespace nt
