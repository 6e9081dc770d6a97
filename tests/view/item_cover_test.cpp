// What of the board's items shows (view/item_cover.h), without GL: an item
// under the opaque part of an item drawn after it is left out there, and
// nowhere else; items drawn before it never hide it; out of order, nothing
// is left out.
#include <gtest/gtest.h>

#include <random>

#include "view/item_cover.h"

namespace nt {
namespace {

long long areaOf(const std::vector<PixelRect>& rects) {
    long long a = 0;
    for (const PixelRect& r : rects) a += static_cast<long long>(r.x1 - r.x0) * (r.y1 - r.y0);
    return a;
}

bool holds(const PixelRect& r, int x, int y) { return x >= r.x0 && x < r.x1 && y >= r.y0 && y < r.y1; }

TEST(ItemCover, AnItemUnderAnOpaqueItemDrawnAfterItShowsNowhere) {
    ItemCover cover;
    cover.add(1, {100, 100, 140, 130});
    cover.add(2, {90, 90, 200, 200});
    EXPECT_TRUE(cover.shown(1, {95, 95, 150, 140}).empty());
    EXPECT_EQ(cover.shown(2, {80, 80, 210, 210}), std::vector<PixelRect>{PixelRect({80, 80, 210, 210})});
    EXPECT_EQ(cover.hidden(), 1u);
}

TEST(ItemCover, OnlyItemsDrawnAfterItHideIt) {
    ItemCover cover;
    cover.add(1, {0, 0, 500, 500});
    cover.add(2, {10, 10, 20, 20});
    EXPECT_EQ(areaOf(cover.shown(1, {0, 0, 500, 500})), 500 * 500 - 100);
    EXPECT_EQ(cover.shown(2, {5, 5, 25, 25}), std::vector<PixelRect>{PixelRect({5, 5, 25, 25})})
        << "the first item's paper lies under it";
}

TEST(ItemCover, ACornerUnderAnotherItemLeavesTwoRectangles) {
    ItemCover cover;
    cover.add(1, {});
    cover.add(2, {50, 40, 300, 300});
    const auto& shown = cover.shown(1, {0, 0, 100, 80});
    EXPECT_EQ(shown.size(), 2u);
    EXPECT_EQ(areaOf(shown), 100 * 80 - 50 * 40);
}

TEST(ItemCover, WhatShowsIsExactlyWhatNoOpaqueItemDrawnAfterItCovers) {
    std::mt19937 random(11);  // fixed: the same items on every machine
    const auto between = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); };
    struct Item {
        PixelRect bounds, opaque;
    };
    std::vector<Item> items;
    ItemCover cover;
    for (int i = 0; i < 300; ++i) {
        const int x = between(-40, 400), y = between(-40, 300), w = between(1, 120), h = between(1, 90);
        const PixelRect bounds{x, y, x + w, y + h};
        PixelRect opaque{};
        if (between(0, 3) > 0) opaque = {x + between(0, w / 3), y + between(0, h / 3), x + w - between(0, w / 3), y + h - between(0, h / 3)};
        items.push_back({bounds, opaque});
        cover.add(static_cast<Id>(i + 1), opaque);
    }
    std::size_t hidden = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::vector<PixelRect> shown = cover.shown(static_cast<Id>(i + 1), items[i].bounds);
        hidden += shown.empty();
        const PixelRect b = items[i].bounds;
        for (int y = b.y0; y < b.y1; ++y)
            for (int x = b.x0; x < b.x1; ++x) {
                bool covered = false;
                for (std::size_t j = i + 1; j < items.size() && !covered; ++j) covered = holds(items[j].opaque, x, y);
                int times = 0;
                for (const PixelRect& r : shown) times += holds(r, x, y);
                ASSERT_EQ(times, covered ? 0 : 1) << "item " << i << ", pixel " << x << "," << y;
            }
        for (const PixelRect& r : shown) {
            EXPECT_FALSE(r.empty());
            EXPECT_EQ(Intersection(r, b), r) << "within the item's bounds";
        }
    }
    EXPECT_EQ(cover.hidden(), hidden);
    EXPECT_GT(hidden, 10u) << "the case the cover is for: items hidden whole";
}

TEST(ItemCover, WhatItDrawsUnderItsOwnOpaquePartShowsLess) {
    ItemCover cover;
    cover.add(1, {10, 10, 90, 60});
    cover.add(2, {80, 0, 200, 200});
    EXPECT_EQ(areaOf(cover.shown(1, {0, 0, 100, 70})), 100 * 70 - 20 * 70);
    EXPECT_EQ(areaOf(cover.shownBeneath()), 100 * 70 - 20 * 70 - 70 * 50) << "less its own paper, which lies over it";
    EXPECT_EQ(areaOf(cover.lastShown()), 100 * 70 - 20 * 70);
}

TEST(ItemCover, AnItemOutOfOrderAndAllAfterItShowWhole) {
    ItemCover cover;
    cover.add(1, {});
    cover.add(2, {0, 0, 100, 100});
    cover.add(3, {0, 0, 100, 100});
    EXPECT_TRUE(cover.shown(2, {0, 0, 50, 50}).size() == 1) << "not the item announced first: shown whole";
    EXPECT_EQ(areaOf(cover.shown(1, {0, 0, 50, 50})), 2500);
    EXPECT_EQ(areaOf(cover.shown(3, {0, 0, 50, 50})), 2500);
    EXPECT_EQ(cover.hidden(), 0u);
}

}  // namespace
}  // namespace nt
