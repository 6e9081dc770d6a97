// What of the board's items nobody can see (see item_cover.h).
#include "view/item_cover.h"

#include <algorithm>
#include <climits>

namespace nt {

PixelRect Intersection(const PixelRect& a, const PixelRect& b) {
    return {std::max(a.x0, b.x0), std::max(a.y0, b.y0), std::min(a.x1, b.x1), std::min(a.y1, b.y1)};
}

namespace {

int cellOf(int pixel, int cell) { return pixel >= 0 ? pixel / cell : -((-pixel + cell - 1) / cell); }

}  // namespace

void ItemCover::add(Id item, PixelRect opaque) {
    m_items.push_back({item, opaque});
    m_indexed = false;
}

void ItemCover::index() {
    m_indexed = true;
    int x0 = INT_MAX, y0 = INT_MAX, x1 = INT_MIN, y1 = INT_MIN;
    for (const Item& it : m_items)
        if (!it.opaque.empty()) {
            x0 = std::min(x0, cellOf(it.opaque.x0, kCell)), y0 = std::min(y0, cellOf(it.opaque.y0, kCell));
            x1 = std::max(x1, cellOf(it.opaque.x1 - 1, kCell)), y1 = std::max(y1, cellOf(it.opaque.y1 - 1, kCell));
        }
    m_cellStart.clear();
    m_cellItems.clear();
    m_seen.assign(m_items.size(), 0);
    m_query = 0;
    if (x0 > x1) {
        m_columns = m_rows = 0;
        return;
    }
    m_cellX0 = x0, m_cellY0 = y0, m_columns = x1 - x0 + 1, m_rows = y1 - y0 + 1;
    // Counted first, then filled: one array for all cells.
    m_cellStart.assign(static_cast<std::size_t>(m_columns) * static_cast<std::size_t>(m_rows) + 1, 0);
    const auto eachCell = [&](const PixelRect& r, auto&& f) {
        for (int cy = cellOf(r.y0, kCell) - m_cellY0; cy <= cellOf(r.y1 - 1, kCell) - m_cellY0; ++cy)
            for (int cx = cellOf(r.x0, kCell) - m_cellX0; cx <= cellOf(r.x1 - 1, kCell) - m_cellX0; ++cx)
                f(static_cast<std::size_t>(cy) * static_cast<std::size_t>(m_columns) + static_cast<std::size_t>(cx));
    };
    for (const Item& it : m_items)
        if (!it.opaque.empty()) eachCell(it.opaque, [&](std::size_t cell) { ++m_cellStart[cell + 1]; });
    for (std::size_t i = 1; i < m_cellStart.size(); ++i) m_cellStart[i] += m_cellStart[i - 1];
    m_cellItems.resize(m_cellStart.back());
    std::vector<std::uint32_t> fill(m_cellStart.begin(), m_cellStart.end() - 1);
    for (std::size_t i = 0; i < m_items.size(); ++i)
        if (!m_items[i].opaque.empty())
            eachCell(m_items[i].opaque, [&](std::size_t cell) { m_cellItems[fill[cell]++] = static_cast<std::uint32_t>(i); });
}

const std::vector<PixelRect>& ItemCover::shown(Id item, PixelRect bounds) {
    m_shown.clear();
    m_over.clear();
    m_bounds = bounds;
    m_self = SIZE_MAX;
    m_beneathKnown = false;
    if (m_lost || m_next >= m_items.size() || m_items[m_next].id != item) {
        m_lost = true;
        if (!bounds.empty()) m_shown.push_back(bounds);
        return m_shown;
    }
    const std::size_t self = m_next++;
    m_self = self;
    if (bounds.empty()) return m_shown;
    if (!m_indexed) index();

    // The opaque rectangles of items drawn later that reach into the bounds.
    if (m_columns > 0) {
        ++m_query;
        const int cx0 = std::max(cellOf(bounds.x0, kCell) - m_cellX0, 0);
        const int cy0 = std::max(cellOf(bounds.y0, kCell) - m_cellY0, 0);
        const int cx1 = std::min(cellOf(bounds.x1 - 1, kCell) - m_cellX0, m_columns - 1);
        const int cy1 = std::min(cellOf(bounds.y1 - 1, kCell) - m_cellY0, m_rows - 1);
        for (int cy = cy0; cy <= cy1; ++cy)
            for (int cx = cx0; cx <= cx1; ++cx) {
                const std::size_t cell = static_cast<std::size_t>(cy) * static_cast<std::size_t>(m_columns) +
                                         static_cast<std::size_t>(cx);
                const auto begin = m_cellItems.begin() + m_cellStart[cell], end = m_cellItems.begin() + m_cellStart[cell + 1];
                for (auto it = std::upper_bound(begin, end, static_cast<std::uint32_t>(self)); it != end; ++it) {
                    if (m_seen[*it] == m_query) continue;
                    m_seen[*it] = m_query;
                    const PixelRect over = Intersection(m_items[*it].opaque, bounds);
                    if (over.empty()) continue;
                    m_over.push_back(over);
                    if (over == bounds) {  // under one item whole
                        ++m_hidden;
                        return m_shown;
                    }
                }
            }
    }
    if (m_over.empty()) {
        m_shown.push_back(bounds);
        return m_shown;
    }
    cut(bounds, m_shown);
    if (m_shown.empty()) ++m_hidden;
    return m_shown;
}

const std::vector<PixelRect>& ItemCover::shownBeneath() {
    if (m_beneathKnown) return m_beneath;
    m_beneathKnown = true;
    m_beneath.clear();
    const PixelRect own = m_self < m_items.size() ? Intersection(m_items[m_self].opaque, m_bounds) : PixelRect{};
    if (own.empty() || m_shown.empty()) {
        m_beneath = m_shown;
        return m_beneath;
    }
    m_over.push_back(own);
    cut(m_bounds, m_beneath);
    m_over.pop_back();
    return m_beneath;
}

// The bounds less the rectangles in m_over, into `out`: on the grid of all
// their edges each cell is wholly under some rectangle or under none; rows of
// cells under none become rectangles, joined with the row above where they
// span the same columns.
void ItemCover::cut(const PixelRect& bounds, std::vector<PixelRect>& out) {
    m_xs.assign({bounds.x0, bounds.x1});
    m_ys.assign({bounds.y0, bounds.y1});
    for (const PixelRect& r : m_over) {
        m_xs.push_back(r.x0), m_xs.push_back(r.x1);
        m_ys.push_back(r.y0), m_ys.push_back(r.y1);
    }
    std::sort(m_xs.begin(), m_xs.end());
    m_xs.erase(std::unique(m_xs.begin(), m_xs.end()), m_xs.end());
    std::sort(m_ys.begin(), m_ys.end());
    m_ys.erase(std::unique(m_ys.begin(), m_ys.end()), m_ys.end());
    const std::size_t columns = m_xs.size() - 1, rows = m_ys.size() - 1;
    m_covered.assign(columns * rows, 0);
    const auto at = [](const std::vector<int>& edges, int v) {
        return static_cast<std::size_t>(std::lower_bound(edges.begin(), edges.end(), v) - edges.begin());
    };
    for (const PixelRect& r : m_over) {
        const std::size_t c0 = at(m_xs, r.x0), c1 = at(m_xs, r.x1), r0 = at(m_ys, r.y0), r1 = at(m_ys, r.y1);
        for (std::size_t y = r0; y < r1; ++y) std::fill_n(m_covered.begin() + static_cast<std::ptrdiff_t>(y * columns + c0), c1 - c0, 1);
    }
    // Rectangles reaching down to the row's top edge, left to right.
    m_open.clear();
    for (std::size_t y = 0; y < rows; ++y) {
        std::size_t above = 0;
        for (std::size_t x = 0; x < columns;) {
            if (m_covered[y * columns + x]) {
                ++x;
                continue;
            }
            std::size_t end = x;
            while (end < columns && !m_covered[y * columns + end]) ++end;
            const int x0 = m_xs[x], x1 = m_xs[end];
            while (above < m_open.size() && m_open[above].x0 < x0) out.push_back(m_open[above++]);
            if (above < m_open.size() && m_open[above].x0 == x0 && m_open[above].x1 == x1) {
                m_nextRow.push_back(m_open[above++]);  // the same columns: it grows down
                m_nextRow.back().y1 = m_ys[y + 1];
            } else {
                m_nextRow.push_back({x0, m_ys[y], x1, m_ys[y + 1]});
            }
            x = end;
        }
        while (above < m_open.size()) out.push_back(m_open[above++]);
        m_open.swap(m_nextRow);
        m_nextRow.clear();
    }
    out.insert(out.end(), m_open.begin(), m_open.end());
}

}  // namespace nt
