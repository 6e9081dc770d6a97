// What of the board's items shows (view/item_cover.h), without GL: an item
// under the opaque part of an item drawn after it is left out there, and
// nowhere else; items drawn before it never hide it; out of order, nothing
// is left out.
#include <gtest/gtest.h>

#include <random>

#include "view/item_cover.h"

namespace nt {
namespace {

const PixelRect kScreen{0, 0, 1920, 1080};

long long areaOf(const std::vector<PixelRect>& rects) {
    long long a = 0;
    for (const PixelRect& r : rects) a += static_cast<long long>(r.x1 - r.x0) * (r.y1 - r.y0);
    return a;
}

bool holds(const PixelRect& r, int x, int y) { return x >= r.x0 && x < r.x1 && y >= r.y0 && y < r.y1; }

TEST(ItemCover, AnItemUnderAnOpaqueItemDrawnAfterItShowsNowhere) {
    ItemCover cover(kScreen);
    cover.add(1, {100, 100, 140, 130});
    cover.add(2, {88, 88, 200, 200});
    EXPECT_TRUE(cover.shown(1, {95, 95, 150, 140}).empty());
    EXPECT_EQ(cover.shown(2, {80, 80, 210, 210}), std::vector<PixelRect>{PixelRect({80, 80, 210, 210})});
    EXPECT_EQ(cover.hidden(), 1u);
}

TEST(ItemCover, OnlyItemsDrawnAfterItHideIt) {
    ItemCover cover(kScreen);
    cover.add(1, {0, 0, 500, 500});
    cover.add(2, {16, 16, 32, 32});
    EXPECT_EQ(areaOf(cover.shown(1, {0, 0, 500, 500})), 500 * 500 - 256);
    EXPECT_EQ(cover.shown(2, {5, 5, 25, 25}), std::vector<PixelRect>{PixelRect({5, 5, 25, 25})})
        << "the first item's paper lies under it";
}

TEST(ItemCover, ACornerUnderAnotherItemLeavesTwoRectangles) {
    ItemCover cover(kScreen);
    cover.add(1, {});
    cover.add(2, {48, 32, 300, 300});
    const auto& shown = cover.shown(1, {0, 0, 100, 60});
    EXPECT_EQ(shown.size(), 2u);
    EXPECT_EQ(areaOf(shown), 100 * 60 - 52 * 28);
}

TEST(ItemCover, ACoverThatMovesChangesTheItemsPartsOnlyInTheBandsItReaches) {
    const auto partsUnder = [](PixelRect opaque) {
        ItemCover cover(kScreen);
        cover.add(1, {});
        cover.add(2, opaque);
        std::vector<PixelRect> above;  // the parts above the third band
        for (const PixelRect& r : cover.shown(1, {0, 0, 100, 300}))
            if (r.y1 <= 2 * ItemCover::kBand) above.push_back(r);
        return above;
    };
    EXPECT_EQ(partsUnder({48, 160, 300, 400}), partsUnder({24, 200, 300, 400}));
    EXPECT_EQ(areaOf(partsUnder({48, 160, 300, 400})), 100 * 2 * ItemCover::kBand);
}

TEST(ItemCover, AnEdgeOffTheGridHidesOnlyWholeSquares) {
    ItemCover cover(kScreen);
    cover.add(1, {});
    constexpr int k = ItemCover::kCell;
    cover.add(2, {k + 1, 0, 100, 100});  // the squares wholly within: from the second on
    EXPECT_EQ(cover.shown(1, {0, 0, 30, 10}), std::vector<PixelRect>{PixelRect({0, 0, 2 * k, 10})});
}

TEST(ItemCover, WhatShowsIsAllThatNoOpaqueItemDrawnAfterItCoversAndLittleMore) {
    std::mt19937 random(11);  // fixed: the same items on every machine
    const auto between = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); };
    struct Item {
        PixelRect bounds, opaque;
    };
    std::vector<Item> items;
    const PixelRect area{-20, -10, 420, 300};
    ItemCover cover(area);
    for (int i = 0; i < 300; ++i) {
        const int x = between(-40, 400), y = between(-40, 300), w = between(1, 120), h = between(1, 90);
        const PixelRect bounds{x, y, x + w, y + h};
        PixelRect opaque{};
        if (between(0, 3) > 0)
            opaque = {x + between(0, w / 3), y + between(0, h / 3), x + w - between(0, w / 3), y + h - between(0, h / 3)};
        items.push_back({bounds, opaque});
        cover.add(static_cast<Id>(i + 1), opaque);
    }
    const auto squareOf = [](int v) { return v >= 0 ? v / ItemCover::kCell : -((-v + ItemCover::kCell - 1) / ItemCover::kCell); };
    std::size_t hidden = 0;
    long long shownUnderLater = 0, underLater = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::vector<PixelRect> shown = cover.shown(static_cast<Id>(i + 1), items[i].bounds);
        const std::vector<PixelRect> beneath = cover.shownBeneath();
        hidden += shown.empty();
        const PixelRect own = Intersection(items[i].opaque, area);
        const PixelRect b = Intersection(items[i].bounds, area);
        for (int y = b.y0; y < b.y1; ++y)
            for (int x = b.x0; x < b.x1; ++x) {
                // Under a later item's opaque part; and its whole square under one such part.
                bool covered = false, squareCovered = false;
                const int sx = squareOf(x) * ItemCover::kCell, sy = squareOf(y) * ItemCover::kCell;
                for (std::size_t j = i + 1; j < items.size(); ++j) {
                    const PixelRect o = Intersection(items[j].opaque, area);
                    covered = covered || holds(o, x, y);
                    squareCovered = squareCovered || (holds(o, sx, sy) && holds(o, sx + ItemCover::kCell - 1, sy + ItemCover::kCell - 1));
                }
                int times = 0, timesBeneath = 0;
                for (const PixelRect& r : shown) times += holds(r, x, y);
                for (const PixelRect& r : beneath) timesBeneath += holds(r, x, y);
                ASSERT_EQ(times, squareCovered ? 0 : 1) << "item " << i << ", pixel " << x << "," << y;
                const bool underOwn = holds(own, sx, sy) && holds(own, sx + ItemCover::kCell - 1, sy + ItemCover::kCell - 1);
                ASSERT_EQ(timesBeneath, squareCovered || underOwn ? 0 : 1) << "beneath item " << i << ", pixel " << x << "," << y;
                underLater += covered;
                shownUnderLater += covered && times;
            }
        for (const PixelRect& r : shown) {
            EXPECT_FALSE(r.empty());
            EXPECT_EQ(Intersection(r, b), r) << "within the item's bounds and the area";
        }
    }
    EXPECT_EQ(cover.hidden(), hidden);
    EXPECT_GT(hidden, 10u) << "the case the cover is for: items hidden whole";
    EXPECT_LT(shownUnderLater * 3, underLater) << "what is drawn though hidden: the edges of squares";
}

TEST(ItemCover, WhatItDrawsUnderItsOwnOpaquePartShowsLess) {
    ItemCover cover(kScreen);
    cover.add(1, {16, 16, 96, 64});
    cover.add(2, {80, 0, 200, 200});
    EXPECT_EQ(areaOf(cover.shown(1, {0, 0, 100, 70})), 100 * 70 - 20 * 70);
    EXPECT_EQ(areaOf(cover.shownBeneath()), 100 * 70 - 20 * 70 - 64 * 48) << "less its own paper, which lies over it";
    EXPECT_EQ(areaOf(cover.lastShown()), 100 * 70 - 20 * 70);
}

TEST(ItemCover, AnItemOutOfOrderAndAllAfterItShowWhole) {
    ItemCover cover(kScreen);
    cover.add(1, {});
    cover.add(2, {0, 0, 100, 100});
    cover.add(3, {0, 0, 100, 100});
    EXPECT_EQ(areaOf(cover.shown(2, {0, 0, 50, 50})), 2500) << "not the item announced first: shown whole";
    EXPECT_EQ(areaOf(cover.shown(1, {0, 0, 50, 50})), 2500);
    EXPECT_EQ(areaOf(cover.shown(3, {0, 0, 50, 50})), 2500);
    EXPECT_EQ(cover.hidden(), 0u);
}

TEST(ItemCover, NothingIsSaidOutsideTheArea) {
    ItemCover cover({0, 0, 96, 96});
    cover.add(1, {});
    cover.add(2, {-1000000, -1000000, 1000000, 1000000});  // a board's far corner: the grid stays the area's
    EXPECT_TRUE(cover.shown(1, {50, 50, 150, 150}).empty());
    ItemCover far({0, 0, 100, 100});
    far.add(1, {});
    EXPECT_TRUE(far.shown(1, {500, 500, 600, 600}).empty()) << "off the area: nothing of it is drawn";
}

}  // namespace
}  // namespace nt
