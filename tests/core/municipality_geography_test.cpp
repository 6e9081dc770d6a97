// The neighbouring municipalities suggested from geography: the positions in
// the shipped list, the nearest ones with distance and direction, and their
// bubbles placed in their real direction around the own bubble.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

#include "core/board_file.h"
#include "core/bubble_placement.h"
#include "core/layout.h"
#include "core/municipality_geography.h"
#include "core/municipality_list.h"

using namespace nt;

namespace {

const MunicipalityList& shipped() {
    static const MunicipalityList list =
        MunicipalityList::load(std::string(NT_SOURCE_ASSETS) + "/catalogue/municipalities.json");
    return list;
}

std::vector<std::string> names(const std::vector<NearbyMunicipality>& nearby) {
    std::vector<std::string> out;
    for (const auto& n : nearby) out.push_back(n.name);
    return out;
}

const NearbyMunicipality* named(const std::vector<NearbyMunicipality>& nearby, const std::string& name) {
    auto it = std::find_if(nearby.begin(), nearby.end(), [&](const auto& n) { return n.name == name; });
    return it == nearby.end() ? nullptr : &*it;
}

double bearingBetween(const char* from, const char* to) {
    return bearingDegrees(*shipped().find(from)->position, *shipped().find(to)->position);
}

// Angle between two bearings, 0..180.
double turn(double a, double b) {
    const double d = std::fmod(std::abs(a - b), 360.0);
    return d > 180 ? 360 - d : d;
}

bool clear(Vec2 a, double ra, Vec2 b, double rb) { return std::hypot(a.x - b.x, a.y - b.y) >= ra + rb; }

bool insideDiagram(const BubbleSpot& s) {
    const auto& a = layout::kDiagramArea;
    return s.centre.x - s.radius >= a.x0 && s.centre.x + s.radius <= a.x1 && s.centre.y - s.radius >= a.y0 &&
           s.centre.y + s.radius <= a.y1;
}

// Every spot clear of the own bubble and of each other, inside the diagram
// area and so off the strengths and weaknesses columns.
void expectLaidOutWell(Vec2 ownCentre, double ownRadius, const std::vector<BubbleSpot>& spots) {
    for (std::size_t i = 0; i < spots.size(); ++i) {
        const BubbleSpot& s = spots[i];
        EXPECT_FALSE(s.overlaps) << i;
        EXPECT_TRUE(insideDiagram(s)) << i;
        EXPECT_GE(s.centre.x - s.radius, layout::kStrengthsColumn.x1) << i;
        EXPECT_LE(s.centre.x + s.radius, layout::kWeaknessesColumn.x0) << i;
        EXPECT_TRUE(clear(s.centre, s.radius, ownCentre, ownRadius)) << i;
        for (std::size_t j = i + 1; j < spots.size(); ++j)
            EXPECT_TRUE(clear(s.centre, s.radius, spots[j].centre, spots[j].radius)) << i << " and " << j;
    }
}

// The direction of a spot as seen from the own bubble, as a bearing (north up).
double boardBearing(Vec2 own, Vec2 spot) {
    const double degrees = std::atan2(spot.x - own.x, own.y - spot.y) * 180 / 3.14159265358979323846;
    return std::fmod(degrees + 360, 360.0);
}

}  // namespace

// [SECTION] The positions in the shipped list

TEST(MunicipalityGeography, ShippedListHasAPositionInBelgiumForEveryMunicipality) {
    const auto& entries = shipped().entries();
    ASSERT_EQ(entries.size(), 304u);
    for (const auto& e : entries) {
        ASSERT_TRUE(e.position.has_value()) << e.name;
        EXPECT_GE(e.position->lat, 49.5) << e.name;
        EXPECT_LE(e.position->lat, 51.6) << e.name;
        EXPECT_GE(e.position->lon, 2.5) << e.name;
        EXPECT_LE(e.position->lon, 6.4) << e.name;
    }
    EXPECT_NE(shipped().source().find("zipcode-belgium"), std::string::npos);
}

TEST(MunicipalityGeography, ShippedPositionsAreWhereTheTownsAre) {
    struct Known {
        const char* name;
        GeoPosition at;
    };
    for (const Known& k : {Known{"Zottegem", {50.87, 3.81}}, Known{"Lochristi", {51.10, 3.83}},
                           Known{"Hasselt", {50.93, 5.34}}, Known{"Brussel", {50.85, 4.35}}}) {
        const MunicipalityInfo* m = shipped().find(k.name);
        ASSERT_NE(m, nullptr) << k.name;
        ASSERT_TRUE(m->position) << k.name;
        EXPECT_LT(distanceKm(*m->position, k.at), 3.0) << k.name;
    }
}

TEST(MunicipalityGeography, ListReadsPositionsAndRefusesHalfOrImpossibleOnes) {
    const auto list = MunicipalityList::fromJsonText(
        R"({"type": "netwerktafel-municipalities", "municipalities": [
              {"name": "A", "region": "R", "lat": 50.5, "lon": 4.25},
              {"name": "B", "region": "R"}]})",
        "x.json");
    ASSERT_EQ(list.entries().size(), 2u);
    EXPECT_EQ(list.entries()[0].position, (GeoPosition{50.5, 4.25}));
    EXPECT_FALSE(list.entries()[1].position);
    for (const char* entry : {R"({"name": "A", "region": "R", "lat": 50.5})", R"({"name": "A", "region": "R", "lon": 4})",
                              R"({"name": "A", "region": "R", "lat": "50.5", "lon": 4})",
                              R"({"name": "A", "region": "R", "lat": 95, "lon": 4})",
                              R"({"name": "A", "region": "R", "lat": 50, "lon": -200})"}) {
        const std::string text =
            std::string(R"({"type": "netwerktafel-municipalities", "municipalities": [)") + entry + "]}";
        EXPECT_THROW(MunicipalityList::fromJsonText(text, "x.json"), LoadError) << entry;
    }
}

// [SECTION] Distance and direction

TEST(MunicipalityGeography, BearingsAreClockwiseFromNorth) {
    const GeoPosition here{51.0, 4.0};
    EXPECT_NEAR(bearingDegrees(here, {51.1, 4.0}), 0, 1e-6);
    EXPECT_NEAR(bearingDegrees(here, {51.0, 4.1}), 90, 0.1);
    EXPECT_NEAR(bearingDegrees(here, {50.9, 4.0}), 180, 1e-6);
    EXPECT_NEAR(bearingDegrees(here, {51.0, 3.9}), 270, 0.1);
    EXPECT_EQ(bearingDegrees(here, here), 0);
    EXPECT_NEAR(distanceKm(here, {52.0, 4.0}), 111.2, 0.2);  // one degree of latitude
    EXPECT_EQ(distanceKm(here, here), 0);
}

TEST(MunicipalityGeography, BearingsOfKnownPairs) {
    EXPECT_NEAR(bearingBetween("Lochristi", "Gent"), 250, 40);     // Gent lies west-south-west of Lochristi
    EXPECT_NEAR(bearingBetween("Gent", "Brussel"), 110, 30);       // Brussel lies east-south-east of Gent
    EXPECT_NEAR(bearingBetween("Brussel", "Gent"), 290, 30);
    EXPECT_NEAR(bearingBetween("Gent", "Oostende"), 290, 25);      // the coast is west of Gent
    EXPECT_LT(turn(bearingBetween("Brussel", "Antwerpen"), 0), 30);  // Antwerpen north of Brussel
    EXPECT_NEAR(bearingBetween("Zottegem", "Oosterzele"), 0, 30);  // Oosterzele north of Zottegem
    EXPECT_NEAR(bearingBetween("Zottegem", "Brakel"), 200, 30);    // Brakel south-south-west
}

// [SECTION] The nearest municipalities

TEST(MunicipalityGeography, ZottegemsNearestFiveAllBorderOnIt) {
    // Zottegem's bordering municipalities (since 2025 unchanged): Oosterzele,
    // Sint-Lievens-Houtem, Herzele, Lierde, Brakel, Zwalm and Gavere.
    const std::set<std::string> bordering{"Oosterzele", "Sint-Lievens-Houtem", "Herzele", "Lierde",
                                          "Brakel",     "Zwalm",               "Gavere"};
    const auto nearest = nearestMunicipalities(shipped(), "Zottegem", 5);
    ASSERT_EQ(nearest.size(), 5u);
    for (const auto& n : nearest) {
        EXPECT_TRUE(bordering.count(n.name)) << n.name << " does not border Zottegem";
        EXPECT_GT(n.distanceKm, 2);
        EXPECT_LT(n.distanceKm, 15);
        EXPECT_GE(n.bearing, 0);
        EXPECT_LT(n.bearing, 360);
    }
    for (std::size_t i = 1; i < nearest.size(); ++i) EXPECT_LE(nearest[i - 1].distanceKm, nearest[i].distanceKm);
}

TEST(MunicipalityGeography, LochristisNearestIncludeGentAndLokerenAndNotItself) {
    const auto nearest = nearestMunicipalities(shipped(), "Lochristi", 6);
    ASSERT_EQ(nearest.size(), 6u);
    const auto list = names(nearest);
    EXPECT_TRUE(named(nearest, "Gent")) << testing::PrintToString(list);
    EXPECT_TRUE(named(nearest, "Lokeren")) << testing::PrintToString(list);
    EXPECT_TRUE(named(nearest, "Destelbergen")) << testing::PrintToString(list);
    EXPECT_FALSE(named(nearest, "Lochristi"));
    EXPECT_NEAR(named(nearest, "Lokeren")->bearing, 90, 30);  // Lokeren lies east
    // The whole list, asked for in full, is every other municipality once.
    EXPECT_EQ(nearestMunicipalities(shipped(), "lochristi", 1000).size(), 303u);
}

TEST(MunicipalityGeography, UnknownOwnNameOrNoPositionGivesNothing) {
    EXPECT_TRUE(nearestMunicipalities(shipped(), "Atlantis", 5).empty());
    EXPECT_TRUE(nearestMunicipalities(shipped(), "", 5).empty());
    EXPECT_TRUE(nearestMunicipalities(shipped(), "Zottegem", 0).empty());
    EXPECT_TRUE(nearestMunicipalities(MunicipalityList{}, "Zottegem", 5).empty());
    const MunicipalityList unplaced({{"Zottegem", "Oost-Vlaanderen", "Vlaams Gewest"},
                                     {"Herzele", "Oost-Vlaanderen", "Vlaams Gewest", GeoPosition{50.85, 3.90}}});
    EXPECT_TRUE(nearestMunicipalities(unplaced, "Zottegem", 5).empty());
    // A neighbour without a position is left out, not put at 0° 0°.
    const MunicipalityList half({{"Zottegem", "Oost-Vlaanderen", "Vlaams Gewest", GeoPosition{50.87, 3.81}},
                                 {"Herzele", "Oost-Vlaanderen", "Vlaams Gewest"}});
    EXPECT_TRUE(nearestMunicipalities(half, "Zottegem", 5).empty());
    EXPECT_TRUE(neighbourBubbleSpots(Vec2{960, 568}, kOwnBubbleRadius, {}).empty());
}

// [SECTION] Their bubbles on the board

TEST(MunicipalityGeography, NeighboursOfLochristiSitInTheirDirectionWithoutOverlapping) {
    const BubbleSpot own = newBubbleSpot(Board{}, true);
    const auto nearest = nearestMunicipalities(shipped(), "Lochristi", 6);
    const auto spots = neighbourBubbleSpots(own.centre, own.radius, nearest);
    ASSERT_EQ(spots.size(), nearest.size());
    expectLaidOutWell(own.centre, own.radius, spots);
    for (std::size_t i = 0; i < spots.size(); ++i) {
        EXPECT_LE(turn(boardBearing(own.centre, spots[i].centre), nearest[i].bearing), 35.5) << nearest[i].name;
        if (nearest[i].name == "Gent") {
            EXPECT_LT(spots[i].centre.x, own.centre.x - own.radius);  // left of Lochristi
        }
        if (nearest[i].name == "Lokeren") {
            EXPECT_GT(spots[i].centre.x, own.centre.x + own.radius);  // right of it
        }
    }
}

TEST(MunicipalityGeography, NeighboursOfZottegemAllFitAroundItAndFartherOnesSitFurtherOut) {
    const BubbleSpot own = newBubbleSpot(Board{}, true);
    const auto nearest = nearestMunicipalities(shipped(), "Zottegem", 7);
    const auto spots = neighbourBubbleSpots(own.centre, own.radius, nearest);
    ASSERT_EQ(spots.size(), 7u);
    expectLaidOutWell(own.centre, own.radius, spots);
    for (std::size_t i = 0; i < spots.size(); ++i) {
        const double b = boardBearing(own.centre, spots[i].centre);
        EXPECT_LE(turn(b, nearest[i].bearing), 35.5) << nearest[i].name;
    }
    // Brussel (50 km) goes further out than Herzele (6 km) would in the same spot.
    const auto far = neighbourBubbleSpots(own.centre, own.radius, {{"Brussel", 50, 90}});
    const auto near = neighbourBubbleSpots(own.centre, own.radius, {{"Herzele", 6, 90}});
    ASSERT_EQ(far.size(), 1u);
    ASSERT_EQ(near.size(), 1u);
    EXPECT_GT(far[0].centre.x, near[0].centre.x);
}

TEST(MunicipalityGeography, NeighboursOnABoardKeepClearOfTheBubblesAlreadyThere) {
    Board board;
    const BubbleSpot ownSpot = newBubbleSpot(board, true);
    Municipality own;
    own.id = 1;
    own.name = "Lochristi";
    own.centre = ownSpot.centre;
    own.radius = ownSpot.radius;
    own.own = true;
    board.municipalities.push_back(own);
    Municipality there;  // already on the board, to the west
    there.id = 2;
    there.name = "Evergem";
    there.radius = 120;
    there.centre = {own.centre.x - own.radius - kBubbleGap - there.radius, own.centre.y};
    board.municipalities.push_back(there);
    const auto spots = neighbourBubbleSpots(board, nearestMunicipalities(shipped(), "Lochristi", 4));
    ASSERT_EQ(spots.size(), 4u);
    expectLaidOutWell(own.centre, own.radius, spots);
    for (const BubbleSpot& s : spots) EXPECT_TRUE(clear(s.centre, s.radius, there.centre, there.radius));
}
