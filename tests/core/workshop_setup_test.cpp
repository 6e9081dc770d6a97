// A new workshop from its set-up: the fields, the own bubble in the middle,
// the neighbours in their real direction around it (north up, east right),
// clear of each other and inside the diagram; and the partner inventory of
// an earlier board coming back in the right municipality and half.
#include <gtest/gtest.h>

#include <cmath>

#include "board_builder.h"
#include "core/board_file.h"
#include "core/bubble_placement.h"
#include "core/layout.h"
#include "core/partner_reuse.h"
#include "core/placement.h"
#include "core/text_match.h"
#include "core/workshop_setup.h"

namespace nt {
namespace {

const Translations& nl() {
    static const Translations tr = Translations::load(test::sourceAsset("i18n/nl.json").string());
    return tr;
}

const Municipality& named(const Board& b, const std::string& name) {
    for (const Municipality& m : b.municipalities)
        if (m.name == name) return m;
    throw std::runtime_error("no bubble " + name);
}

void expectClearAndInside(const Board& b) {
    const auto& area = layout::kDiagramArea;
    for (size_t i = 0; i < b.municipalities.size(); ++i) {
        const Municipality& m = b.municipalities[i];
        EXPECT_GE(m.centre.x - m.radius, area.x0) << m.name;
        EXPECT_LE(m.centre.x + m.radius, area.x1) << m.name;
        EXPECT_GE(m.centre.y - m.radius, area.y0) << m.name;
        EXPECT_LE(m.centre.y + m.radius, area.y1) << m.name;
        for (size_t j = i + 1; j < b.municipalities.size(); ++j) {
            const Municipality& o = b.municipalities[j];
            EXPECT_GE(std::hypot(m.centre.x - o.centre.x, m.centre.y - o.centre.y), m.radius + o.radius)
                << m.name << " overlaps " << o.name;
        }
    }
}

WorkshopSetup zottegem() {
    WorkshopSetup s;
    s.title = "  Bibliotheek Zottegem ";
    s.organisation = "Bibliotheek Zottegem";
    s.date = "2026-12-03";
    s.lang = Lang::Nl;
    s.layout = RoomLayout::Table;
    s.ownMunicipality = "Zottegem";
    // Bearings and distances roughly as the map has them.
    s.neighbours = {{"Herzele", 0.0, 7.0},        {"Brakel", 180.0, 9.0},   {"Sint-Lievens-Houtem", 60.0, 10.0},
                    {"Oosterzele", 330.0, 10.0}, {"Zwalm", 270.0, 8.0},    {"Lierde", 120.0, 8.0},
                    {"Brussel", std::nullopt, std::nullopt}};
    s.programme = ProgrammeTemplate::Short;
    return s;
}

TEST(WorkshopSetup, SetsTheFieldsTheLayoutAndTheProgramme) {
    const Board b = createWorkshopBoard(zottegem(), nl());
    EXPECT_EQ(b.workshop.title, "Bibliotheek Zottegem");
    EXPECT_EQ(b.workshop.organisation, "Bibliotheek Zottegem");
    EXPECT_EQ(b.workshop.date, "2026-12-03");
    EXPECT_EQ(b.display.layout, RoomLayout::Table);
    EXPECT_EQ(b.programme, programmeFromTemplate(ProgrammeTemplate::Short, b.programme.phases.front().id, nl()));
    EXPECT_TRUE(b.actors.empty());
    EXPECT_TRUE(b.notes.empty());
    // Every id is unique and below nextId, so the board saves and loads.
    EXPECT_EQ(boardFromJsonText(boardToJsonText(b), "new.json"), b);
}

TEST(WorkshopSetup, TheOwnBubbleIsOwnAndInTheMiddle) {
    const Board b = createWorkshopBoard(zottegem(), nl());
    ASSERT_EQ(b.municipalities.size(), 8u);
    const Municipality& own = named(b, "Zottegem");
    EXPECT_TRUE(own.own);
    EXPECT_EQ(std::count_if(b.municipalities.begin(), b.municipalities.end(), [](const Municipality& m) { return m.own; }), 1);
    EXPECT_NEAR(own.centre.x, layout::kDiagramArea.centre().x, 40);
    EXPECT_NEAR(own.centre.y, layout::kDiagramArea.centre().y, 40);
}

TEST(WorkshopSetup, NeighboursLieInTheirRealDirection) {
    const Board b = createWorkshopBoard(zottegem(), nl());
    const Vec2 o = named(b, "Zottegem").centre;
    auto at = [&](const std::string& name) {
        const Vec2 c = named(b, name).centre;
        return Vec2{c.x - o.x, c.y - o.y};
    };
    const Vec2 west = at("Zwalm"), north = at("Herzele"), south = at("Brakel");
    EXPECT_LT(west.x, 0) << "270° is left of the own bubble";
    EXPECT_GT(std::abs(west.x), std::abs(west.y));
    EXPECT_LT(north.y, 0) << "0° is above it";
    EXPECT_GT(std::abs(north.y), std::abs(north.x));
    EXPECT_GT(south.y, 0) << "180° is below it";
    EXPECT_GT(std::abs(south.y), std::abs(south.x));
    EXPECT_GT(at("Sint-Lievens-Houtem").x, 0) << "60°: to the right";
    EXPECT_LT(at("Sint-Lievens-Houtem").y, 0) << "... and up";
    EXPECT_LT(at("Oosterzele").x, 0) << "330°: to the left";
    EXPECT_LT(at("Oosterzele").y, 0) << "... and up";
    EXPECT_GT(at("Lierde").x, 0) << "120°: to the right";
    EXPECT_GT(at("Lierde").y, 0) << "... and down";
    expectClearAndInside(b);
}

TEST(WorkshopSetup, WithoutBearingsNeighboursGoWhereNewBubblesGo) {
    WorkshopSetup s = zottegem();
    s.neighbours = {{"Herzele", std::nullopt, std::nullopt}, {"Brakel", std::nullopt, std::nullopt}};
    const Board b = createWorkshopBoard(s, nl());
    Board expected;
    expected.municipalities.push_back(named(b, "Zottegem"));
    EXPECT_EQ(named(b, "Herzele").centre, newBubbleSpot(expected, false).centre);
    expectClearAndInside(b);
}

TEST(WorkshopSetup, FarAwayLiesFurtherOutThanNextDoor) {
    WorkshopSetup s = zottegem();
    s.neighbours = {{"Aalst", 90.0, 60.0}, {"Zwalm", 270.0, 5.0}};
    const Board b = createWorkshopBoard(s, nl());
    const Vec2 o = named(b, "Zottegem").centre;
    const double far = named(b, "Aalst").centre.x - o.x, near = o.x - named(b, "Zwalm").centre.x;
    EXPECT_GT(far, near + 40);
}

TEST(WorkshopSetup, DoubleAndEmptyNeighboursAreLeftOut) {
    WorkshopSetup s = zottegem();
    s.neighbours = {{"zottegem", 10.0, 1.0}, {" ", std::nullopt, std::nullopt}, {"Sint-Lievens-Houtem", 60.0, 10.0},
                    {"sint lievens houtem", 60.0, 10.0}};
    const Board b = createWorkshopBoard(s, nl());
    ASSERT_EQ(b.municipalities.size(), 2u);
    EXPECT_EQ(b.municipalities[1].name, "Sint-Lievens-Houtem");
}

TEST(WorkshopSetup, ManyNeighboursStayClearAndInside) {
    WorkshopSetup s = zottegem();
    s.neighbours.clear();
    for (int i = 0; i < 8; ++i) s.neighbours.push_back({"Buur " + std::to_string(i), i * 45.0, 5.0 + i});
    const Board b = createWorkshopBoard(s, nl());
    EXPECT_EQ(b.municipalities.size(), 9u);
    expectClearAndInside(b);
}

// [SECTION] Reusing the partners of an earlier board

// Last year's board: Zottegem (own) with a library up and a school down,
// Brakel with a welfare centre down, a custom type, one partner not placed,
// and everything a workshop adds around partners.
Board lastYear() {
    test::BoardBuilder bb;
    bb.municipality("Zottegem", {700, 500}, 200, true);
    bb.municipality("BRAKEL", {1200, 500}, 150);
    bb.customType("eigen-repaircafe", "Repaircafé", Sector::NonCultural);
    const Id lib = bb.actor("Bibliotheek Zottegem", {650, 420});
    const Id school = bb.actor("Basisschool De Linde", {760, 600}, "basisschool");
    bb.actor("CAW Brakel", {1200, 560}, "caw");
    bb.actor("Repaircafé Zottegem", {620, 560}, "eigen-repaircafe");
    bb.actor("Hogeschool Gent", {1450, 900}, "hoger-onderwijs");
    const Id combo = bb.combination("Lezen op school", {lib, school});
    bb.note("Grote zaal", {100, 100}, NoteKind::Strength);
    bb.vote(combo, "seat-1");
    Board b = bb.build();
    findById(b.actors, lib)->arena.importance = 4;
    findById(b.actors, lib)->rotation = 90;
    return b;
}

const Actor& actorNamed(const Board& b, const std::string& name) {
    for (const Actor& a : b.actors)
        if (a.name == name) return a;
    throw std::runtime_error("no partner " + name);
}

TEST(ReusePartners, PartnersComeBackInTheirMunicipalityAndHalf) {
    const Board earlier = lastYear();
    WorkshopSetup s = zottegem();
    s.reuseFrom = &earlier;
    const Board b = createWorkshopBoard(s, nl());
    ASSERT_EQ(b.actors.size(), earlier.actors.size());
    for (const Actor& old : earlier.actors) {
        const Actor& a = actorNamed(b, old.name);
        EXPECT_EQ(a.type, old.type);
        EXPECT_EQ(a.sector, old.sector) << a.name;
        if (old.municipality == kNoId) {
            EXPECT_EQ(a.municipality, kNoId) << "not placed stays not placed";
            EXPECT_EQ(placementAt(b, a.pos).municipality, kNoId) << "... and does not look placed";
            continue;
        }
        const Municipality* was = findById(earlier.municipalities, old.municipality);
        const Municipality* now = findById(b.municipalities, a.municipality);
        ASSERT_NE(now, nullptr) << a.name;
        EXPECT_EQ(foldForSearch(now->name), foldForSearch(was->name)) << a.name;
        // Where it is drawn agrees with where it belongs.
        EXPECT_EQ(placementAt(b, a.pos), (Placement{a.municipality, a.sector})) << a.name;
    }
    // "BRAKEL" was matched to the set-up's "Brakel"; nothing was added.
    EXPECT_EQ(b.municipalities.size(), 8u);
    EXPECT_EQ(actorNamed(b, "Bibliotheek Zottegem").sector, Sector::Cultural);
    EXPECT_EQ(actorNamed(b, "Basisschool De Linde").sector, Sector::NonCultural);
    EXPECT_EQ(boardFromJsonText(boardToJsonText(b), "reuse.json"), b);
}

TEST(ReusePartners, FreshIdsAndNothingButTheCards) {
    const Board earlier = lastYear();
    Board b = createWorkshopBoard(zottegem(), nl());
    const Id firstFresh = b.nextId;
    const ReusedPartners r = reusePartners(b, earlier);
    EXPECT_EQ(r.partners, 5);
    EXPECT_EQ(r.bubblesAdded, 0);
    for (const Actor& a : b.actors) {
        EXPECT_GE(a.id, firstFresh);
        EXPECT_LT(a.id, b.nextId);
        EXPECT_EQ(a.arena, ArenaAssessment{}) << a.name;
        EXPECT_EQ(a.rotation, 0);
        EXPECT_EQ(a.version, 1u);
    }
    EXPECT_TRUE(b.notes.empty());
    EXPECT_TRUE(b.votes.empty());
    EXPECT_TRUE(b.combinations.empty());
    EXPECT_EQ(b.customTypes, earlier.customTypes);
}

TEST(ReusePartners, AMissingMunicipalityGetsABubbleAndTheOwnOneWhenThereIsNone) {
    const Board earlier = lastYear();
    Board b;
    const ReusedPartners r = reusePartners(b, earlier);
    EXPECT_EQ(r.bubblesAdded, 2);
    EXPECT_TRUE(named(b, "Zottegem").own);
    EXPECT_FALSE(named(b, "BRAKEL").own);
    const Actor& caw = actorNamed(b, "CAW Brakel");
    EXPECT_EQ(caw.municipality, named(b, "BRAKEL").id);
    EXPECT_EQ(placementAt(b, caw.pos), (Placement{caw.municipality, Sector::NonCultural}));
    expectClearAndInside(b);
}

TEST(ReusePartners, ReusingTwiceAddsNothingTheSecondTime) {
    const Board earlier = lastYear();
    Board b = createWorkshopBoard(zottegem(), nl());
    reusePartners(b, earlier);
    const Board once = b;
    const ReusedPartners again = reusePartners(b, earlier);
    EXPECT_EQ(again.partners, 0);
    EXPECT_EQ(again.skipped, 5);
    EXPECT_EQ(b, once);
}

}  // namespace
}  // namespace nt
