// The partner tools' core: the shipped municipality list, type-ahead
// matching, automatic bubble placement, the own municipality, resizing,
// custom actor types and the inspiration list's grouping and search.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "core/bubble_placement.h"
#include "core/board_file.h"
#include "core/catalogue.h"
#include "core/custom_types.h"
#include "core/history.h"
#include "core/layout.h"
#include "core/municipality_list.h"
#include "core/text_match.h"

using namespace nt;

namespace {

const MunicipalityList& shipped() {
    static const MunicipalityList list = MunicipalityList::load(std::string(NT_SOURCE_ASSETS) + "/catalogue/municipalities.json");
    return list;
}

Catalogue shippedCatalogue() { return Catalogue::load(std::string(NT_SOURCE_ASSETS) + "/catalogue/actor_types.json"); }

bool overlaps(const Municipality& a, const Municipality& b) {
    return std::hypot(a.centre.x - b.centre.x, a.centre.y - b.centre.y) < a.radius + b.radius;
}

bool insideDiagram(const Municipality& m) {
    const auto& a = layout::kDiagramArea;
    return m.centre.x - m.radius >= a.x0 && m.centre.x + m.radius <= a.x1 && m.centre.y - m.radius >= a.y0 &&
           m.centre.y + m.radius <= a.y1;
}

}  // namespace

// [SECTION] The municipality list

TEST(MunicipalityList, Holds285FlemishAnd19BrusselsMunicipalitiesWithoutDuplicates) {
    const auto& entries = shipped().entries();
    EXPECT_EQ(entries.size(), 304u);
    std::set<std::string> names;
    int flemish = 0, brussels = 0;
    for (const auto& e : entries) {
        EXPECT_TRUE(names.insert(e.name).second) << "twice: " << e.name;
        if (e.region == "Vlaams Gewest") {
            ++flemish;
            EXPECT_TRUE(std::set<std::string>({"Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen"})
                            .count(e.province))
                << e.name << " in " << e.province;
        } else {
            EXPECT_EQ(e.region, "Brussels Hoofdstedelijk Gewest");
            EXPECT_TRUE(e.province.empty());
            ++brussels;
        }
    }
    EXPECT_EQ(flemish, 285);
    EXPECT_EQ(brussels, 19);
    EXPECT_NE(shipped().source().find("Statbel"), std::string::npos);
}

TEST(MunicipalityList, FollowsTheMergersOfJanuary2025) {
    for (const char* gone : {"Borsbeek", "Kruibeke", "Zwijndrecht", "Hoeselt", "Borgloon", "Galmaarden", "Gooik", "Herne",
                             "Kortessem", "Ham", "Moerbeke", "Wachtebeke", "Melle", "De Pinte", "Meulebeke", "Ruiselede",
                             "Beveren", "Bilzen", "Tongeren", "Merelbeke", "Nazareth", "Tessenderlo"})
        EXPECT_EQ(shipped().find(gone), nullptr) << gone;
    for (const char* now : {"Antwerpen", "Beveren-Kruibeke-Zwijndrecht", "Bilzen-Hoeselt", "Tongeren-Borgloon", "Pajottegem",
                            "Hasselt", "Tessenderlo-Ham", "Lokeren", "Lochristi", "Merelbeke-Melle", "Nazareth-De Pinte",
                            "Tielt", "Wingene"})
        EXPECT_NE(shipped().find(now), nullptr) << now;
    const MunicipalityInfo* bkz = shipped().find("Beveren-Kruibeke-Zwijndrecht");
    ASSERT_NE(bkz, nullptr);
    EXPECT_EQ(bkz->province, "Oost-Vlaanderen");  // Zwijndrecht left the province of Antwerp
    EXPECT_EQ(shipped().find("Pajottegem")->province, "Vlaams-Brabant");
}

TEST(MunicipalityList, RefusesAFileThatIsNotAList) {
    EXPECT_THROW(MunicipalityList::fromJsonText("{\"type\": \"other\"}", "x.json"), LoadError);
    EXPECT_THROW(MunicipalityList::fromJsonText("[1,2]", "x.json"), LoadError);
    EXPECT_THROW(MunicipalityList::fromJsonText(
                     R"({"type": "netwerktafel-municipalities", "municipalities": [{"province": "Limburg"}]})", "x.json"),
                 LoadError);
}

// [SECTION] Type-ahead

TEST(TypeAhead, IgnoresCaseAccentsHyphensAndApostrophes) {
    EXPECT_EQ(foldForSearch("Café"), "cafe");
    EXPECT_EQ(foldForSearch("  Sint-Niklaas "), "sint niklaas");
    EXPECT_EQ(foldForSearch("Jeugdhuis ’t Kapelleke"), "jeugdhuis t kapelleke");
    EXPECT_EQ(foldForSearch("ÉÈÊËÀÇÙÔ"), "eeeeacuo");
    EXPECT_EQ(matchRank("Café De Zwaan", "cafe"), 1);
    EXPECT_EQ(matchRank("Sint-Niklaas", "sint niklaas"), 0);
    EXPECT_EQ(matchRank("Beveren-Kruibeke-Zwijndrecht", "kruib"), 2);
    EXPECT_EQ(matchRank("Lochristi", "christ"), 3);
    EXPECT_EQ(matchRank("Lochristi", "gent"), -1);
    EXPECT_EQ(matchRank("Lochristi", "   "), -1);
    EXPECT_EQ(foldForSearch(std::string("a\xC3") + "b\xFF"), "ab");  // broken UTF-8 drops out, nothing crashes
}

TEST(TypeAhead, SuggestsBestMatchesFirst) {
    const auto hits = shipped().suggest("lo", 5);
    ASSERT_EQ(hits.size(), 5u);
    for (const auto* h : hits) EXPECT_EQ(foldForSearch(h->name).rfind("lo", 0), 0u) << h->name;  // prefixes before the rest
    const auto kruib = shipped().suggest("KRUIB", 10);
    ASSERT_EQ(kruib.size(), 1u);
    EXPECT_EQ(kruib[0]->name, "Beveren-Kruibeke-Zwijndrecht");
    EXPECT_TRUE(shipped().suggest("", 10).empty());
    EXPECT_EQ(shipped().find("sint-truiden")->name, "Sint-Truiden");
    EXPECT_EQ(shipped().find("oudergem")->region, "Brussels Hoofdstedelijk Gewest");
}

// [SECTION] Automatic placement

TEST(BubblePlacement, OwnGoesToTheCentreOthersAroundWithoutOverlap) {
    History h;
    h.apply(addMunicipalityBubble(h.board(), h.newId(), "Lochristi", true));
    const Municipality own = h.board().municipalities[0];
    EXPECT_TRUE(own.own);
    EXPECT_NEAR(own.centre.x, layout::kDiagramArea.centre().x, 6);
    EXPECT_NEAR(own.centre.y, layout::kDiagramArea.centre().y, 12);  // a little lower: room for its name on top
    for (const char* name : {"Lokeren", "Gent", "Destelbergen", "Wachtebeke"}) h.apply(addMunicipalityBubble(h.board(), h.newId(), name, false));
    const auto& ms = h.board().municipalities;
    ASSERT_EQ(ms.size(), 5u);
    for (size_t i = 0; i < ms.size(); ++i) {
        EXPECT_TRUE(insideDiagram(ms[i])) << ms[i].name;
        for (size_t j = i + 1; j < ms.size(); ++j) EXPECT_FALSE(overlaps(ms[i], ms[j])) << ms[i].name << " / " << ms[j].name;
    }
    // Neighbours stay near the own bubble: the first one touches its ring.
    const double d = std::hypot(ms[1].centre.x - own.centre.x, ms[1].centre.y - own.centre.y);
    EXPECT_LT(d, own.radius + ms[1].radius + kBubbleGap + 20);
    EXPECT_NE(ms[1].colour, ms[2].colour);
}

TEST(BubblePlacement, AFullDiagramStillPlacesTheBubbleOnTheBoard) {
    History h;
    for (int i = 0; i < 30; ++i) h.apply(addMunicipalityBubble(h.board(), h.newId(), "M" + std::to_string(i), i == 0));
    const auto& ms = h.board().municipalities;
    ASSERT_EQ(ms.size(), 30u);
    for (const auto& m : ms) {
        EXPECT_TRUE(layout::kDiagramArea.contains(m.centre)) << m.name;
        EXPECT_GE(m.radius, kMinRadius);
    }
    EXPECT_TRUE(newBubbleSpot(h.board(), false).overlaps);
}

TEST(BubblePlacement, ExactlyOneOwnMunicipality) {
    History h;
    h.apply(addMunicipalityBubble(h.board(), h.newId(), "Gent", true));
    h.apply(addMunicipalityBubble(h.board(), h.newId(), "Lochristi", true));  // a new own one takes over
    auto owns = [&] { return std::count_if(h.board().municipalities.begin(), h.board().municipalities.end(), [](auto& m) { return m.own; }); };
    EXPECT_EQ(owns(), 1);
    EXPECT_TRUE(h.board().municipalities[1].own);
    h.apply(markOwnMunicipality(h.board(), h.board().municipalities[0].id));
    EXPECT_EQ(owns(), 1);
    EXPECT_TRUE(h.board().municipalities[0].own);
    EXPECT_EQ(markOwnMunicipality(h.board(), h.board().municipalities[0].id), nullptr);  // already: no empty step
    ASSERT_TRUE(h.undo());
    EXPECT_TRUE(h.board().municipalities[1].own);
    EXPECT_EQ(owns(), 1);
}

TEST(BubblePlacement, ResizingKeepsPartnersInsideAndInTheirHalf) {
    Board b;
    b.municipalities.push_back(Municipality{1, 1, "Lochristi", {900, 500}, 200, 0xCFE3F3, true});
    b.actors.push_back(Actor{2, 1, "Bib", "bibliotheek", {900, 380}, 1, Sector::Cultural, {}});
    b.actors.push_back(Actor{3, 1, "WZC", "woonzorgcentrum", {1050, 600}, 1, Sector::NonCultural, {}});
    b.nextId = 4;
    History h(b);
    h.apply(resizeBubble(h.board(), 1, 100));
    EXPECT_EQ(h.board().municipalities[0].radius, 100);
    EXPECT_EQ(h.board().actors[0].pos, (Vec2{900, 440}));
    EXPECT_EQ(h.board().actors[1].pos, (Vec2{975, 550}));
    for (const Actor& a : h.board().actors) EXPECT_EQ(a.municipality, 1u);
    h.apply(resizeBubble(h.board(), 1, 1e9));
    EXPECT_EQ(h.board().municipalities[0].radius, kMaxRadius);
    h.apply(resizeBubble(h.board(), 1, -5));
    EXPECT_EQ(h.board().municipalities[0].radius, kMinRadius);
    EXPECT_LT(h.board().actors[0].pos.y, 500);  // still above the line
    EXPECT_EQ(resizeBubble(h.board(), 1, NAN), nullptr);
    EXPECT_EQ(resizeBubble(h.board(), 99, 120), nullptr);
}

// [SECTION] Custom types and the inspiration list

TEST(CustomTypes, AddIsSavedOnTheBoardAndUndone) {
    History h;
    std::string id;
    h.apply(addCustomType(h.board(), "  Café De Zwaan ", Sector::NonCultural, 0x5B7F95, &id));
    ASSERT_EQ(h.board().customTypes.size(), 1u);
    EXPECT_EQ(id, "eigen-cafe-de-zwaan");
    EXPECT_EQ(h.board().customTypes[0], (CustomActorType{"eigen-cafe-de-zwaan", "Café De Zwaan", Sector::NonCultural, 0x5B7F95}));
    EXPECT_EQ(addCustomType(h.board(), "cafe de zwaan", Sector::Cultural, 0), nullptr);  // already there
    EXPECT_EQ(addCustomType(h.board(), "   ", Sector::Cultural, 0), nullptr);
    h.apply(addCustomType(h.board(), "Café De Zwaan!", Sector::Cultural, 0x7A6C9B, &id));
    EXPECT_EQ(id, "eigen-cafe-de-zwaan-2");
    ASSERT_TRUE(h.undo());
    ASSERT_TRUE(h.undo());
    EXPECT_TRUE(h.board().customTypes.empty());
    ASSERT_TRUE(h.redo());
    EXPECT_EQ(h.board().customTypes.size(), 1u);
}

TEST(InspirationList, GroupsCulturalBeforeNonCulturalWithCustomTypesInTheirGroup) {
    const Catalogue catalogue = shippedCatalogue();
    Board b;
    b.customTypes.push_back({"eigen-cafe", "Café De Zwaan", Sector::NonCultural, 0x5B7F95});
    b.customTypes.push_back({"eigen-fanfare", "Fanfare", Sector::Cultural, 0x7A6C9B});
    const auto all = typeEntries(catalogue, b, Lang::Nl);
    ASSERT_EQ(all.size(), catalogue.types().size() + 2);
    const auto firstNon = std::find_if(all.begin(), all.end(), [](auto& e) { return e.sector == Sector::NonCultural; });
    EXPECT_TRUE(std::all_of(all.begin(), firstNon, [](auto& e) { return e.sector == Sector::Cultural; }));
    EXPECT_TRUE(std::all_of(firstNon, all.end(), [](auto& e) { return e.sector == Sector::NonCultural; }));
    EXPECT_EQ(std::prev(firstNon)->id, "eigen-fanfare");
    EXPECT_EQ(all.back().id, "eigen-cafe");
    EXPECT_TRUE(all.back().custom);
    EXPECT_EQ(all.front().name, "Cultuurcentrum");
    EXPECT_EQ(typeEntries(catalogue, b, Lang::En).front().name, "Culture centre");

    const auto cafe = typeEntries(catalogue, b, Lang::Nl, "cafe");  // accent-insensitive
    ASSERT_EQ(cafe.size(), 1u);
    EXPECT_EQ(cafe[0].id, "eigen-cafe");
    const auto zorg = typeEntries(catalogue, b, Lang::Nl, "ZORG");
    EXPECT_TRUE(std::any_of(zorg.begin(), zorg.end(), [](auto& e) { return e.id == "woonzorgcentrum"; }));
    EXPECT_EQ(typeEntries(catalogue, b, Lang::Nl, "library").front().id, "bibliotheek");  // either language
    EXPECT_TRUE(typeEntries(catalogue, b, Lang::Nl, "xyzzy").empty());
}
