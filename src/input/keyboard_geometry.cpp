// Keyboard frames, key rectangles and placement.
#include "input/keyboard_geometry.h"

#include <algorithm>

namespace nt {

namespace {

constexpr double kMargin = 8;  // between a keyboard and the board's edge

bool overlaps(const layout::Rect& a, const layout::Rect& b) {
    return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

bool onBoard(const layout::Rect& r) {
    return r.x0 >= kMargin && r.y0 >= kMargin && r.x1 <= kBoardWidth - kMargin && r.y1 <= kBoardHeight - kMargin;
}

Vec2 clampOnBoard(const KeyboardFrame& f) {
    const layout::Rect b = f.boardBounds();
    const double hw = b.width() / 2, hh = b.height() / 2;
    return {std::clamp(f.centre.x, kMargin + hw, std::max(kMargin + hw, kBoardWidth - kMargin - hw)),
            std::clamp(f.centre.y, kMargin + hh, std::max(kMargin + hh, kBoardHeight - kMargin - hh))};
}

}  // namespace

double KeyboardFrame::width() const {
    return std::max(layerWidth(layout, KeyLayer::Letters), layerWidth(layout, KeyLayer::Symbols)) * unit + 2 * padding();
}

double KeyboardFrame::height() const {
    return titleHeight() + static_cast<double>(keyRows(layout, KeyLayer::Letters).size()) * unit + 2 * padding();
}

layout::Rect KeyboardFrame::titleRect() const {
    const layout::Rect r = localRect();
    return {r.x0, r.y0, r.x1, r.y0 + padding() + titleHeight()};
}

Vec2 KeyboardFrame::toLocal(Vec2 board) const { return toFacing(side, {board.x - centre.x, board.y - centre.y}); }

Vec2 KeyboardFrame::toBoard(Vec2 local) const {
    const Vec2 v = fromFacing(side, local);
    return {centre.x + v.x, centre.y + v.y};
}

layout::Rect KeyboardFrame::boardBounds() const {
    const bool across = side == Side::Left || side == Side::Right;
    const double hw = (across ? height() : width()) / 2, hh = (across ? width() : height()) / 2;
    return {centre.x - hw, centre.y - hh, centre.x + hw, centre.y + hh};
}

double keyUnitFor(double boardUnitsPerMm, KeyboardLayout layout) {
    const double wanted = kKeyPitchMm * boardUnitsPerMm;
    // Width = widest row + padding (0.4 of a unit): keep it within 92% of the board's height.
    const double widest = std::max(layerWidth(layout, KeyLayer::Letters), layerWidth(layout, KeyLayer::Symbols)) + 0.4;
    return std::clamp(wanted, 24.0, 0.92 * kBoardHeight / widest);
}

std::vector<KeyPlace> keyPlaces(const KeyboardFrame& frame, KeyLayer layer) {
    std::vector<KeyPlace> out;
    const auto& rows = keyRows(frame.layout, layer);
    const layout::Rect r = frame.localRect();
    const double g = frame.gap() / 2;
    double y = r.y0 + frame.padding() + frame.titleHeight();
    for (int row = 0; row < static_cast<int>(rows.size()); ++row) {
        double rowWidth = 0;
        for (const Key& k : rows[row]) rowWidth += k.width;
        double x = -rowWidth * frame.unit / 2;
        for (int col = 0; col < static_cast<int>(rows[row].size()); ++col) {
            const double w = rows[row][col].width * frame.unit;
            out.push_back({row, col, {x + g, y + g, x + w - g, y + frame.unit - g}});
            x += w;
        }
        y += frame.unit;
    }
    return out;
}

std::vector<layout::Rect> accentPlaces(const KeyboardFrame& frame, const layout::Rect& keyFace, size_t choices) {
    std::vector<layout::Rect> out;
    const double w = frame.unit, n = static_cast<double>(choices);
    const layout::Rect kb = frame.localRect();
    // Centred over the key, kept within the keyboard's width.
    double x0 = (keyFace.x0 + keyFace.x1) / 2 - n * w / 2;
    x0 = std::clamp(x0, kb.x0, std::max(kb.x0, kb.x1 - n * w));
    const double y1 = keyFace.y0 - frame.gap();
    for (size_t i = 0; i < choices; ++i) {
        const double x = x0 + static_cast<double>(i) * w;
        out.push_back({x + frame.gap() / 2, y1 - w, x + w - frame.gap() / 2, y1});
    }
    return out;
}

Vec2 placeKeyboard(KeyboardFrame frame, Vec2 notePos, Vec2 halfSize, const std::vector<layout::Rect>& others) {
    const bool across = frame.side == Side::Left || frame.side == Side::Right;
    // The field's half extents as the person sees it.
    const double noteHalfY = across ? halfSize.x : halfSize.y;
    const double noteHalfX = across ? halfSize.y : halfSize.x;
    const double gap = 16;
    const double dy = noteHalfY + gap + frame.height() / 2, dx = noteHalfX + gap + frame.width() / 2;
    const Vec2 offsets[] = {{0, dy}, {0, -dy}, {dx, 0}, {-dx, 0}};
    std::optional<Vec2> firstFit;
    for (const Vec2& local : offsets) {
        const Vec2 v = fromFacing(frame.side, local);
        frame.centre = {notePos.x + v.x, notePos.y + v.y};
        const layout::Rect b = frame.boardBounds();
        if (!onBoard(b)) continue;
        if (!firstFit) firstFit = frame.centre;
        if (std::none_of(others.begin(), others.end(), [&](const layout::Rect& o) { return overlaps(b, o); }))
            return frame.centre;
    }
    if (firstFit) return *firstFit;
    // Nowhere beside the note: towards the person, pushed onto the board.
    const Vec2 v = fromFacing(frame.side, offsets[0]);
    frame.centre = {notePos.x + v.x, notePos.y + v.y};
    return clampOnBoard(frame);
}

}  // namespace nt
