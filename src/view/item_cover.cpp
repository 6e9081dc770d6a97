// What of the board's items nobody can see (see item_cover.h).
#include "view/item_cover.h"

#include <algorithm>
#include <climits>

namespace nt {

PixelRect Intersection(const PixelRect& a, const PixelRect& b) {
    return {std::max(a.x0, b.x0), std::max(a.y0, b.y0), std::min(a.x1, b.x1), std::min(a.y1, b.y1)};
}

namespace {

int floorDiv(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }
int ceilDiv(int a, int b) { return -floorDiv(-a, b); }

}  // namespace

void ItemCover::add(Id item, PixelRect opaque) {
    m_items.push_back({item, opaque});
    m_indexed = false;
}

PixelRect ItemCover::squaresWithin(const PixelRect& r) const {
    const PixelRect in = Intersection(r, m_area);
    if (in.empty()) return {};
    return {ceilDiv(in.x0, kCell), ceilDiv(in.y0, kCell), floorDiv(in.x1, kCell), floorDiv(in.y1, kCell)};
}

void ItemCover::index() {
    m_indexed = true;
    int x0 = INT_MAX, y0 = INT_MAX, x1 = INT_MIN, y1 = INT_MIN;
    for (const Item& it : m_items)
        if (const PixelRect s = squaresWithin(it.opaque); !s.empty())
            x0 = std::min(x0, s.x0), y0 = std::min(y0, s.y0), x1 = std::max(x1, s.x1), y1 = std::max(y1, s.y1);
    m_lastOver.clear();
    m_columns = m_rows = 0;
    if (x0 >= x1) return;
    m_gridX0 = x0, m_gridY0 = y0, m_columns = x1 - x0, m_rows = y1 - y0;
    m_lastOver.assign(static_cast<std::size_t>(m_columns) * static_cast<std::size_t>(m_rows), 0);
    // In drawing order: a later item's number overwrites an earlier one's.
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const PixelRect s = squaresWithin(m_items[i].opaque);
        if (s.empty()) continue;
        for (int y = s.y0; y < s.y1; ++y) {
            auto row = m_lastOver.begin() + static_cast<std::ptrdiff_t>(y - m_gridY0) * m_columns;
            std::fill(row + (s.x0 - m_gridX0), row + (s.x1 - m_gridX0), static_cast<std::uint32_t>(i + 1));
        }
    }
}

const std::vector<PixelRect>& ItemCover::shown(Id item, PixelRect bounds) {
    m_shown.clear();
    m_bounds = bounds;
    m_self = SIZE_MAX;
    m_beneathKnown = false;
    if (m_lost || m_next >= m_items.size() || m_items[m_next].id != item) {
        m_lost = true;
        if (!bounds.empty()) m_shown.push_back(bounds);
        return m_shown;
    }
    m_self = m_next++;
    m_bounds = Intersection(bounds, m_area);
    if (!m_indexed) index();
    if (!m_bounds.empty()) cut(m_bounds, {}, m_shown);
    if (m_shown.empty()) ++m_hidden;
    return m_shown;
}

const std::vector<PixelRect>& ItemCover::shownBeneath() {
    if (m_beneathKnown) return m_beneath;
    m_beneathKnown = true;
    m_beneath.clear();
    const PixelRect own = m_self < m_items.size() ? squaresWithin(m_items[m_self].opaque) : PixelRect{};
    if (own.empty() || m_shown.empty()) m_beneath = m_shown;
    else cut(m_bounds, own, m_beneath);
    return m_beneath;
}

// The bounds less the squares an item after this one holds wholly (or that
// `own` holds), into `out`: each row of squares in runs of those that show,
// a run joined with the row above's where it spans the same pixels.
void ItemCover::cut(const PixelRect& bounds, const PixelRect& own, std::vector<PixelRect>& out) {
    const std::uint32_t self = static_cast<std::uint32_t>(m_self + 1);
    const int sx0 = floorDiv(bounds.x0, kCell), sx1 = ceilDiv(bounds.x1, kCell);
    const int sy0 = floorDiv(bounds.y0, kCell), sy1 = ceilDiv(bounds.y1, kCell);
    m_open.clear();
    const std::size_t width = static_cast<std::size_t>(sx1 - sx0);
    const std::size_t first = out.size();
    bool anyHidden = false;
    for (int sy = sy0; sy < sy1; ++sy) {
        const int py0 = std::max(bounds.y0, sy * kCell), py1 = std::min(bounds.y1, (sy + 1) * kCell);
        // Which squares of the row are hidden.
        m_rowHidden.assign(width, 0);
        std::uint8_t* hiddenRow = m_rowHidden.data();
        if (const int gy = sy - m_gridY0; gy >= 0 && gy < m_rows) {
            const std::uint32_t* row = m_lastOver.data() + static_cast<std::ptrdiff_t>(gy) * m_columns;
            const int from = std::max(sx0, m_gridX0), to = std::min(sx1, m_gridX0 + m_columns);
            std::uint8_t any = 0;
            for (int sx = from; sx < to; ++sx) any |= hiddenRow[sx - sx0] = row[sx - m_gridX0] > self;
            anyHidden = anyHidden || any;
        }
        if (sy >= own.y0 && sy < own.y1 && own.x0 < sx1 && own.x1 > sx0) {
            std::fill(hiddenRow + (std::max(sx0, own.x0) - sx0), hiddenRow + (std::min(sx1, own.x1) - sx0), 1);
            anyHidden = true;
        }
        const auto hidden = [&](int sx) { return hiddenRow[sx - sx0] != 0; };
        // A band of rows begins: what the rows above made is done. Parts
        // then change only in the bands a change reaches (the still layer
        // draws again where parts changed).
        if (sy * kCell % kBand == 0) {
            out.insert(out.end(), m_open.begin(), m_open.end());
            m_open.clear();
        }
        std::size_t above = 0;
        for (int sx = sx0; sx < sx1;) {
            if (hidden(sx)) {
                ++sx;
                continue;
            }
            int end = sx + 1;
            while (end < sx1 && !hidden(end)) ++end;
            const int px0 = std::max(bounds.x0, sx * kCell), px1 = std::min(bounds.x1, end * kCell);
            while (above < m_open.size() && m_open[above].x0 < px0) out.push_back(m_open[above++]);
            if (above < m_open.size() && m_open[above].x0 == px0 && m_open[above].x1 == px1) {
                m_nextRow.push_back(m_open[above++]);  // the same columns: it grows down
                m_nextRow.back().y1 = py1;
            } else {
                m_nextRow.push_back({px0, py0, px1, py1});
            }
            sx = end;
        }
        while (above < m_open.size()) out.push_back(m_open[above++]);
        m_open.swap(m_nextRow);
        m_nextRow.clear();
    }
    out.insert(out.end(), m_open.begin(), m_open.end());
    if (!anyHidden) {  // shown whole: one part
        out.resize(first);
        out.push_back(bounds);
    }
}

}  // namespace nt
