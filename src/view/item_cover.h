// What of the board's notes and partners nobody can see.
//
// On a full board items lie on items: the stress board (1,000 notes, 1,000
// partners) covers its screen about twenty times over, and a software
// renderer shades and blends every one of those pixels, though only the top
// one shows. A note's paper and a partner's disc are opaque: whatever lies
// under them, drawn before them, cannot show there. Before the items are
// drawn, the cover learns each item's opaque rectangle in the order they
// will be drawn; while they are drawn it says which parts of an item still
// show. The item atlas then draws an item's quads only there
// (ItemAtlas::replace), and an item that shows nowhere is left out.
//
// The picture stays exactly as it was: a pixel left out lies under an opaque
// pixel of an item drawn later, and the last item whose opaque rectangle
// holds a pixel is itself drawn there.
#pragma once

#include <cstdint>
#include <cstddef>
#include <vector>

#include "core/model.h"

namespace nt {

// Screen pixels [x0, x1) × [y0, y1): the pixels whose centres lie within.
struct PixelRect {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool empty() const { return x0 >= x1 || y0 >= y1; }
    bool operator==(const PixelRect&) const = default;
};
PixelRect Intersection(const PixelRect& a, const PixelRect& b);

class ItemCover {
public:
    // Items are drawn within `area` (the list's clip rectangle): nothing is
    // said of what lies outside it.
    explicit ItemCover(PixelRect area) : m_area(area) {}

    // Before drawing: the items in the order they will be drawn, each with
    // the pixels it paints opaque (empty: none).
    void add(Id item, PixelRect opaque);
    std::size_t size() const { return m_items.size(); }

    // While drawing, item after item: the parts of `bounds` (all the item
    // paints) that an opaque rectangle of an item drawn after it does not
    // hide, as rectangles that do not overlap. Empty: the item shows
    // nowhere. The cover keeps squares of kCell pixels: a square counts as
    // hidden when one such rectangle holds all of it, so what is shown
    // reaches up to kCell - 1 pixels under an edge (drawn, and painted over
    // again). An item out of the announced order is shown whole (`bounds`),
    // and so is every item after it: leaving something out is only safe in
    // that order.
    const std::vector<PixelRect>& shown(Id item, PixelRect bounds);
    // The same for what the item draws before its own opaque part (a
    // shadow): under its own opaque rectangle too. For the item `shown`
    // was last asked about; computed when asked.
    const std::vector<PixelRect>& shownBeneath();
    // What `shown` last said.
    const std::vector<PixelRect>& lastShown() const { return m_shown; }
    // Every item announced was drawn, in that order (else an item drawn
    // before may have been left out under one that was never drawn).
    bool allDrawn() const { return !m_lost && m_next == m_items.size(); }
    // Items drawn so far that showed nowhere.
    std::size_t hidden() const { return m_hidden; }

    static constexpr int kCell = 8;
    // A part of an item in hiding reaches over at most one band of rows of
    // the screen, this high: what changes over an item changes its parts
    // only in the bands it reaches.
    static constexpr int kBand = 64;

private:
    struct Item {
        Id id = 0;
        PixelRect opaque;
    };
    // The squares wholly within r, in squares: [x0, x1) × [y0, y1) of the grid.
    PixelRect squaresWithin(const PixelRect& r) const;
    void index();
    void cut(const PixelRect& bounds, const PixelRect& ownSquares, std::vector<PixelRect>& out);

    PixelRect m_area;
    std::vector<Item> m_items;
    std::size_t m_next = 0;      // the item to be drawn next
    bool m_lost = false;         // an item came out of order
    std::size_t m_hidden = 0;
    // For each square of the grid, the last item (1 + its place in the
    // order) whose opaque rectangle holds all of it; 0: none.
    bool m_indexed = false;
    int m_gridX0 = 0, m_gridY0 = 0, m_columns = 0, m_rows = 0;  // in squares
    std::vector<std::uint32_t> m_lastOver;
    // Of the item last asked about.
    PixelRect m_bounds;
    std::size_t m_self = SIZE_MAX;   // its place in the order; none: out of order
    bool m_beneathKnown = false;
    std::vector<PixelRect> m_shown, m_beneath;
    std::vector<PixelRect> m_open, m_nextRow;  // scratch of cut()
    std::vector<std::uint8_t> m_rowHidden;
};

}  // namespace nt
