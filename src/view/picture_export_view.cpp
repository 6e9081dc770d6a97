// The picture sizes to choose from and the export's progress card.
#include "view/picture_export_view.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "core/picture_export.h"
#include "view/board_canvas.h"
#include "view/board_view.h"
#include "view/theme.h"

namespace nt {

namespace {

std::string sizeLabel(const ViewInput& in, int width) {
    for (const PictureSize& size : kPictureSizes)
        if (size.width == width) return in.tr(size.labelKey) + " · " + std::to_string(width) + " px";
    return std::to_string(width) + " px";
}

}  // namespace

void DrawPictureSizeChoices(const ViewInput& in, float itemHeight, ViewIntents& out) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::rgb(theme::kInkSoft));
    ImGui::TextUnformatted(in.tr("picture.heading").c_str());
    ImGui::PopStyleColor();
    ImGui::BeginDisabled(in.picture && in.picture->running());
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, {0, 0.5f});
    for (const PictureSize& size : kPictureSizes) {
        if (ImGui::Selectable(sizeLabel(in, size.width).c_str(), false, 0, {0, itemHeight})) out.savePicture = size.width;
        const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        out.layout.buttons.push_back({"picture" + std::to_string(size.width), {a.x, a.y, b.x, b.y}});
    }
    ImGui::PopStyleVar();
    ImGui::EndDisabled();
}

void DrawPictureProgress(const ViewInput& in) {
    if (!in.picture || !in.picture->running()) return;
    const PictureProgress& p = *in.picture;
    CanvasContext c{ImGui::GetForegroundDrawList(), in.xf, &in.fonts, &in.catalogue, &in.tr, in.lang};
    const double w = 520, h = 104, x0 = (kBoardWidth - w) / 2, y0 = 806;
    const ImVec2 p0 = c.at({x0, y0}), p1 = c.at({x0 + w, y0 + h});
    c.draw->AddRectFilled({p0.x + c.len(2), p0.y + c.len(4)}, {p1.x + c.len(2), p1.y + c.len(4)},
                          theme::rgb(theme::kInk, 40), c.len(14));
    c.draw->AddRectFilled(p0, p1, theme::rgb(theme::kCard), c.len(14));
    c.draw->AddRect(p0, p1, theme::rgb(theme::kLine), c.len(14), 0, c.len(1.5));

    const float pad = c.len(22);
    const float titlePx = c.len(in.fonts.bodySize);
    const std::string title = p.report ? in.tr("report.making") : in.tr("picture.making") + " · " + sizeLabel(in, p.width);
    c.draw->PushClipRect(p0, p1, true);
    c.draw->AddText(in.fonts.bold, titlePx, {p0.x + pad, p0.y + c.len(16)}, theme::rgb(theme::kInk), title.c_str());

    // The bar: the whole job, drawing and writing included.
    const float barY = p0.y + c.len(54), barH = c.len(12);
    const ImVec2 b0{p0.x + pad, barY}, b1{p1.x - pad - c.len(64), barY + barH};
    c.draw->AddRectFilled(b0, b1, theme::rgb(theme::kLine), barH / 2);
    const float fill = static_cast<float>(std::clamp(p.fraction(), 0.0, 1.0));
    if (fill > 0) c.draw->AddRectFilled(b0, {b0.x + std::max(barH, (b1.x - b0.x) * fill), b1.y}, theme::rgb(theme::kAccent), barH / 2);
    const std::string percent = std::to_string(static_cast<int>(std::lround(fill * 100))) + " %";
    const float smallPx = c.len(in.fonts.bodySize - 3);
    const ImVec2 percentSize = in.fonts.body->CalcTextSizeA(smallPx, FLT_MAX, 0, percent.c_str());
    c.draw->AddText(in.fonts.body, smallPx, {p1.x - pad - percentSize.x, barY + barH / 2 - percentSize.y / 2},
                    theme::rgb(theme::kInkSoft), percent.c_str());

    const char* stageKey = p.stage == PictureStage::Rendering  ? "picture.drawing"
                           : p.stage == PictureStage::Encoding ? "picture.packing"
                                                               : "picture.writing";
    c.draw->AddText(in.fonts.body, smallPx, {p0.x + pad, barY + barH + c.len(10)}, theme::rgb(theme::kInkSoft),
                    in.tr(stageKey).c_str());
    c.draw->PopClipRect();
}

}  // namespace nt
