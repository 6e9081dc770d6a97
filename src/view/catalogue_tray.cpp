// The inspiration tray: every actor type of the catalogue and the board's
// own types, cultural beside non-cultural, each with its token, searchable.
// The entries are drawn on the board and picked up by the pointer router
// (any finger, several at once); the header with the search field and the
// custom-type form is an ImGui window above them.
#include <algorithm>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/custom_types.h"
#include "view/board_canvas.h"
#include "view/board_view.h"
#include "view/keyboard_field.h"
#include "view/partner_tools.h"
#include "view/theme.h"

namespace nt {

using theme::rgb;

namespace {

constexpr double kColumnGap = 12;
constexpr double kMaxRow = 42, kMinRow = 30;

ImVec2 toImVec(Vec2 v) { return {static_cast<float>(v.x), static_cast<float>(v.y)}; }

}  // namespace

void CatalogueTray::frame(const ViewInput& in, ViewIntents& out) {
    if (!m_open) return;
    const auto& t = partner_layout::kTray;
    CanvasContext c{ImGui::GetBackgroundDrawList(), in.xf, &in.fonts, &in.catalogue, &in.tr, in.lang};
    c.draw->AddRectFilled(c.at({t.x0 + 3, t.y0 + 5}), c.at({t.x1 + 3, t.y1 + 5}), rgb(0x000000, 30), c.len(16));
    c.draw->AddRectFilled(c.at({t.x0, t.y0}), c.at({t.x1, t.y1}), rgb(theme::shade(theme::kBackground, 0.5f)), c.len(16));
    c.draw->AddRect(c.at({t.x0, t.y0}), c.at({t.x1, t.y1}), rgb(theme::kLine), c.len(16), 0, c.len(2));
    drawHeader(in, out);

    const std::vector<TypeEntry> entries = typeEntries(in.catalogue, in.board, in.lang, m_query);
    const double colW = (t.width() - 24 - kColumnGap) / 2;
    const double top = m_headerBottom + 10;
    const double headingH = 34;
    std::size_t rowsNeeded = 0;
    for (Sector s : {Sector::Cultural, Sector::NonCultural})
        rowsNeeded = std::max<std::size_t>(rowsNeeded, static_cast<std::size_t>(std::count_if(
                                                           entries.begin(), entries.end(), [&](const auto& e) { return e.sector == s; })));
    const double avail = t.y1 - 12 - top - headingH;
    const double rowH = std::clamp(rowsNeeded ? avail / static_cast<double>(rowsNeeded) : kMaxRow, kMinRow, kMaxRow);
    const auto maxRows = static_cast<std::size_t>(avail / rowH);

    for (int col = 0; col < 2; ++col) {
        const Sector sector = col == 0 ? Sector::Cultural : Sector::NonCultural;
        const double x0 = t.x0 + 12 + col * (colW + kColumnGap);
        c.draw->AddText(in.fonts.bold, c.len(in.fonts.boldSize + 2), c.at({x0 + 4, top + 4}), rgb(theme::kAccent),
                        in.tr(col == 0 ? "picker.cultural" : "picker.noncultural").c_str());
        std::size_t row = 0, hidden = 0;
        for (const TypeEntry& e : entries) {
            if (e.sector != sector) continue;
            if (row >= maxRows) {
                ++hidden;
                continue;
            }
            const double y = top + headingH + static_cast<double>(row) * rowH;
            const layout::Rect r{x0, y, x0 + colW, y + rowH - 4};
            ++row;
            const bool chosen = e.id == in.router.actorType();
            c.draw->AddRectFilled(c.at({r.x0, r.y0}), c.at({r.x1, r.y1}), rgb(theme::kCard), c.len(10));
            c.draw->AddRect(c.at({r.x0, r.y0}), c.at({r.x1, r.y1}), chosen ? rgb(theme::kAccent) : rgb(theme::kLine), c.len(10),
                            0, c.len(chosen ? 3 : 1.2));
            const double tokenR = std::min(17.0, r.height() / 2 - 3);
            ActorType look{e.id, e.name, e.name, e.monogram, e.sector, e.colour};
            DrawActorToken(c, look, {r.x0 + 8 + tokenR, r.centre().y}, tokenR, false);
            const float px = in.fonts.bodySize - (rowH < 38 ? 2.f : 0.f);
            const double textX = r.x0 + 16 + 2 * tokenR;
            const ImVec2 sz = in.fonts.body->CalcTextSizeA(c.len(px), FLT_MAX, c.len(r.x1 - 8 - textX), e.name.c_str());
            const double textH = sz.y / in.xf.scale;
            DrawTextLeft(c, in.fonts.body, px, {textX, r.centre().y - std::min(textH, r.height() - 4) / 2}, r.x1 - 8 - textX,
                         e.name, rgb(theme::kInk), r.height() > 2.2 * px ? 2 : 1);
            out.layout.typeSources.push_back({r, e.id, e.name});
        }
        if (hidden > 0) {
            const std::string more = in.tr("partners.tray.more") + " " + std::to_string(hidden);
            c.draw->AddText(in.fonts.body, c.len(in.fonts.bodySize - 2), c.at({x0 + 6, t.y1 - 34}), rgb(theme::kInkSoft),
                            more.c_str());
        }
        if (row == 0 && hidden == 0)
            DrawTextLeft(c, in.fonts.body, in.fonts.bodySize - 1, {x0 + 6, top + headingH + 6}, colW - 12,
                         in.tr("partners.tray.none"), rgb(theme::kInkSoft), 3);
    }
}

void CatalogueTray::drawHeader(const ViewInput& in, ViewIntents& out) {
    const auto& t = partner_layout::kTray;
    ImGui::SetNextWindowPos(toImVec(in.xf.toScreen({t.x0 + 8, t.y0 + 8})));
    const float width = static_cast<float>((t.width() - 16) * in.xf.scale);
    ImGui::SetNextWindowSizeConstraints({width, 0}, {width, FLT_MAX});  // fixed width, height to fit
    ImGui::PushStyleColor(ImGuiCol_WindowBg, 0);
    ImGui::PushStyleColor(ImGuiCol_Border, 0);
    ImGui::Begin("##inspiration", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::PushFont(in.fonts.heading);
    ImGui::TextUnformatted(in.tr("partners.tray.title").c_str());
    ImGui::PopFont();
    const std::string close = in.tr("partners.tray.close");
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(close.c_str()).x -
                    ImGui::GetStyle().FramePadding.x * 2);
    if (ImGui::Button(close.c_str())) m_open = false;
    // Where an on-screen keyboard would write: this field (and the form's name field).
    // Asked once; the loop keeps drawing a few frames (settling) so the field has the
    // keyboard before the first key comes.
    if (m_focusSearch) ImGui::SetKeyboardFocusHere();
    m_focusSearch = false;
    if (m_settleFrames > 0) --m_settleFrames;
    ImGui::SetNextItemWidth(-1);
    FollowKeyboard(in, "tray:search", m_query, m_queryTyping);
    ImGui::InputTextWithHint("##search", in.tr("partners.tray.search").c_str(), &m_query);
    OfferKeyboard(in, out, viewField("tray:search", "partners.tray.search", m_query, kMaxNameBytes));
    if (m_adding) {
        drawCustomTypeForm(in, out);
    } else {
        if (ImGui::Button(in.tr("partners.tray.addType").c_str())) {
            m_adding = true;
            m_newRefused = false;
        }
        ImGui::SameLine();
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("%s", in.tr("partners.tray.hint").c_str());
        ImGui::PopTextWrapPos();
    }
    m_headerBottom = in.xf.toBoard({0, ImGui::GetWindowPos().y + ImGui::GetWindowHeight()}).y;
    ImGui::End();
    ImGui::PopStyleColor(2);
}

void CatalogueTray::drawCustomTypeForm(const ViewInput& in, ViewIntents& out) {
    ImGui::Separator();
    ImGui::TextUnformatted(in.tr("partners.type.title").c_str());
    ImGui::SetNextItemWidth(-1);
    FollowKeyboard(in, "tray:typename", m_newName, m_newNameTyping);
    ImGui::InputTextWithHint("##typename", in.tr("partners.type.name").c_str(), &m_newName);
    OfferKeyboard(in, out, viewField("tray:typename", "partners.type.name", m_newName, kMaxNameBytes));
    if (ImGui::RadioButton(in.tr("picker.cultural").c_str(), m_newSector == Sector::Cultural)) m_newSector = Sector::Cultural;
    ImGui::SameLine();
    if (ImGui::RadioButton(in.tr("picker.noncultural").c_str(), m_newSector == Sector::NonCultural))
        m_newSector = Sector::NonCultural;
    const auto& palette = customTypePalette();
    const float d = ImGui::GetFrameHeight();
    for (std::size_t i = 0; i < palette.size(); ++i) {
        if (i > 0) ImGui::SameLine();
        ImGui::PushID(static_cast<int>(i));
        const ImVec2 p = ImGui::GetCursorScreenPos();
        if (ImGui::InvisibleButton("##colour", {d, d})) m_newColour = i;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddCircleFilled({p.x + d / 2, p.y + d / 2}, d * 0.42f, rgb(palette[i]));
        if (m_newColour == i) dl->AddCircle({p.x + d / 2, p.y + d / 2}, d * 0.5f, rgb(theme::kInk), 0, 2.5f);
        ImGui::PopID();
    }
    if (m_newRefused) ImGui::TextColored(ImVec4(0.76f, 0.33f, 0.25f, 1.f), "%s", in.tr("partners.type.refused").c_str());
    if (ImGui::Button(in.tr("partners.type.add").c_str())) {
        std::string id;
        CommandPtr cmd = addCustomType(in.board, m_newName, m_newSector, palette[m_newColour % palette.size()], &id);
        if (cmd) {
            out.commands.push_back(std::move(cmd));
            out.actorType = id;
            m_adding = false;
            m_newName.clear();
            m_newRefused = false;
        } else {
            m_newRefused = true;
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(in.tr("editor.cancel").c_str())) m_adding = false;
}

}  // namespace nt
