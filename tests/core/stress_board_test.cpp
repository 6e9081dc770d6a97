// Generated stress boards: the size asked for, the same board for the same
// seed, and placements that agree with the placement rule.
#include <gtest/gtest.h>

#include <set>

#include "board_builder.h"
#include "core/layout.h"
#include "core/placement.h"
#include "core/stress_board.h"

namespace nt {
namespace {

Catalogue smallCatalogue() {
    return Catalogue({ActorType{"bibliotheek", "Bibliotheek", "Library", "BIB", Sector::Cultural, 0x4A7FB5},
                      ActorType{"caw", "CAW", "Welfare centre", "CAW", Sector::NonCultural, 0xC46A3C}});
}

TEST(StressBoard, HasTheSizeAskedFor) {
    const Board b = makeStressBoard(smallCatalogue(), {7, 123, 45});
    EXPECT_EQ(b.municipalities.size(), 7u);
    EXPECT_EQ(b.actors.size(), 123u);
    EXPECT_EQ(b.notes.size(), 45u);

    const Board d = makeStressBoard(smallCatalogue(), {});
    EXPECT_EQ(d.municipalities.size(), 40u);
    EXPECT_EQ(d.actors.size(), 1000u);
    EXPECT_EQ(d.notes.size(), 1000u);

    const Board empty = makeStressBoard(smallCatalogue(), {0, 0, 0});
    EXPECT_TRUE(empty.municipalities.empty());
    EXPECT_TRUE(empty.actors.empty());
    EXPECT_TRUE(empty.notes.empty());
}

TEST(StressBoard, IdsAreUniqueAndBelowNextId) {
    const Board b = makeStressBoard(smallCatalogue(), {12, 300, 200});
    std::set<Id> ids;
    auto take = [&](Id id) {
        EXPECT_NE(id, kNoId);
        EXPECT_LT(id, b.nextId);
        EXPECT_TRUE(ids.insert(id).second) << id;
    };
    for (const auto& m : b.municipalities) take(m.id);
    for (const auto& a : b.actors) take(a.id);
    for (const auto& n : b.notes) take(n.id);
}

TEST(StressBoard, DeterministicForASeed) {
    EXPECT_EQ(makeStressBoard(smallCatalogue(), {10, 200, 100}, 7), makeStressBoard(smallCatalogue(), {10, 200, 100}, 7));
    EXPECT_NE(makeStressBoard(smallCatalogue(), {10, 200, 100}, 7), makeStressBoard(smallCatalogue(), {10, 200, 100}, 8));
}

TEST(StressBoard, StoredPlacementMatchesThePlacementRule) {
    const Board b = makeStressBoard(smallCatalogue(), {});
    std::set<Sector> seen;
    for (const Actor& a : b.actors) {
        EXPECT_EQ((Placement{a.municipality, a.sector}), placementAt(b, a.pos)) << a.id;
        seen.insert(a.sector);
    }
    // A believable board has actors in both halves and some outside.
    EXPECT_EQ(seen, (std::set<Sector>{Sector::Cultural, Sector::NonCultural, Sector::Unassigned}));
}

TEST(StressBoard, ItemsStayOnTheBoard) {
    const Board b = makeStressBoard(smallCatalogue(), {});
    for (const auto& m : b.municipalities) {
        EXPECT_TRUE(layout::kDiagramArea.contains({m.centre.x - m.radius, m.centre.y - m.radius})) << m.name;
        EXPECT_TRUE(layout::kDiagramArea.contains({m.centre.x + m.radius, m.centre.y + m.radius})) << m.name;
    }
    const layout::Rect board{0, 0, kBoardWidth, kBoardHeight};
    for (const auto& a : b.actors) EXPECT_TRUE(layout::kDiagramArea.contains(a.pos)) << a.id;
    for (const auto& n : b.notes) EXPECT_TRUE(board.contains(n.pos)) << n.id;
}

TEST(StressBoard, UsesTheCatalogueTypes) {
    const Board b = makeStressBoard(smallCatalogue(), {3, 10, 0});
    std::set<std::string> types;
    for (const auto& a : b.actors) types.insert(a.type);
    EXPECT_EQ(types, (std::set<std::string>{"bibliotheek", "caw"}));
    EXPECT_EQ(makeStressBoard(Catalogue{}, {1, 1, 0}).actors[0].type, "unknown");
}

}  // namespace
}  // namespace nt
