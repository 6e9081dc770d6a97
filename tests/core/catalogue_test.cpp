// The actor-type catalogue: the shipped list is complete and consistent, and
// lookups of unknown or custom types always give something drawable.
#include <gtest/gtest.h>

#include <set>

#include "board_builder.h"
#include "core/board_file.h"
#include "core/catalogue.h"

namespace nt {
namespace {

Catalogue shipped() { return Catalogue::load(test::sourceAsset("catalogue/actor_types.json").string()); }

// Number of code points in valid UTF-8, or -1 when it is not valid UTF-8.
int utf8Length(const std::string& s) {
    int n = 0;
    for (size_t i = 0; i < s.size(); ++n) {
        const auto c = static_cast<unsigned char>(s[i]);
        const size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (len == 0 || i + len > s.size()) return -1;
        for (size_t k = 1; k < len; ++k)
            if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2) return -1;
        i += len;
    }
    return n;
}

const char* const kSmall = R"({"type": "netwerktafel-catalogue", "actorTypes": [
  {"id": "bibliotheek", "nl": "Bibliotheek", "en": "Library", "monogram": "BIB", "sector": "cultural", "colour": "#4A7FB5"},
  {"id": "caw", "nl": "Centrum Algemeen Welzijnswerk", "en": "General welfare centre", "monogram": "CAW",
   "sector": "non_cultural", "colour": "#c46a3c"}
]})";

TEST(Catalogue, ShippedCatalogueLoadsWithCompleteTypes) {
    const Catalogue c = shipped();
    ASSERT_FALSE(c.types().empty());
    for (const ActorType& t : c.types()) {
        SCOPED_TRACE(t.id);
        EXPECT_FALSE(t.nameNl.empty());
        EXPECT_FALSE(t.nameEn.empty());
        const int letters = utf8Length(t.monogram);
        EXPECT_GE(letters, 1);
        EXPECT_LE(letters, 3);
        EXPECT_TRUE(t.sector == Sector::Cultural || t.sector == Sector::NonCultural);
        EXPECT_LE(t.colour, 0xFFFFFFu);
    }
}

TEST(Catalogue, ShippedCatalogueHasUniqueIdsAndBothSectors) {
    const Catalogue c = shipped();
    std::set<std::string> ids;
    std::set<Sector> sectors;
    for (const ActorType& t : c.types()) {
        EXPECT_TRUE(ids.insert(t.id).second) << "duplicate id " << t.id;
        sectors.insert(t.sector);
    }
    EXPECT_EQ(sectors, (std::set<Sector>{Sector::Cultural, Sector::NonCultural}));
}

TEST(Catalogue, ParsesEveryField) {
    const Catalogue c = Catalogue::fromJsonText(kSmall, "klein.json");
    ASSERT_EQ(c.types().size(), 2u);
    const ActorType& caw = c.find("caw");
    EXPECT_EQ(caw.name(Lang::Nl), "Centrum Algemeen Welzijnswerk");
    EXPECT_EQ(caw.name(Lang::En), "General welfare centre");
    EXPECT_EQ(caw.monogram, "CAW");
    EXPECT_EQ(caw.sector, Sector::NonCultural);
    EXPECT_EQ(caw.colour, 0xC46A3Cu);
}

TEST(Catalogue, UnknownIdGivesANeutralFallback) {
    const Catalogue c = Catalogue::fromJsonText(kSmall, "klein.json");
    const ActorType& t = c.find("zwembad");
    EXPECT_EQ(t.id, "zwembad");
    EXPECT_EQ(t.name(Lang::Nl), "zwembad");
    EXPECT_FALSE(t.monogram.empty());
    EXPECT_EQ(c.find("").monogram, "?");
    EXPECT_EQ(c.types().size(), 2u);  // the list itself is unchanged
}

TEST(Catalogue, FallbackReferencesStayValid) {
    // The view holds on to a found type while it looks up the next one.
    const Catalogue c = Catalogue::fromJsonText(kSmall, "klein.json");
    const ActorType& first = c.find("onbekend-0");
    for (int i = 1; i < 100; ++i) c.find("onbekend-" + std::to_string(i));
    EXPECT_EQ(first.id, "onbekend-0");
}

TEST(Catalogue, CustomTypesOfTheBoardAreUsed) {
    const Catalogue c = Catalogue::fromJsonText(kSmall, "klein.json");
    test::BoardBuilder b;
    b.customType("buurtkoor", "Buurtkoor De Vink", Sector::NonCultural, 0x123456);
    const Board board = b.build();
    const ActorType& t = c.find("buurtkoor", &board);
    EXPECT_EQ(t.name(Lang::Nl), "Buurtkoor De Vink");
    EXPECT_EQ(t.name(Lang::En), "Buurtkoor De Vink");
    EXPECT_EQ(t.sector, Sector::NonCultural);
    EXPECT_EQ(t.colour, 0x123456u);
    EXPECT_EQ(t.monogram, "B");
}

TEST(Catalogue, CustomTypesFollowTheBoardThatIsOpen) {
    // One catalogue lives as long as the app; boards are opened one after
    // another and may use the same custom id for different things.
    const Catalogue c = Catalogue::fromJsonText(kSmall, "klein.json");
    test::BoardBuilder first, second;
    first.customType("eigen", "Fanfare", Sector::Cultural);
    second.customType("eigen", "Voedselbank", Sector::NonCultural);
    const Board a = first.build(), b = second.build();
    EXPECT_EQ(c.find("eigen", &a).nameNl, "Fanfare");
    EXPECT_EQ(c.find("eigen", &b).nameNl, "Voedselbank");
    EXPECT_EQ(c.find("eigen", &b).sector, Sector::NonCultural);
}

TEST(Catalogue, CustomMonogramIsAWholeCharacter) {
    const Catalogue c = Catalogue::fromJsonText(kSmall, "klein.json");
    test::BoardBuilder b;
    b.customType("ecole", "École de musique", Sector::Cultural);
    const Board board = b.build();
    EXPECT_EQ(c.find("ecole", &board).monogram, "É");
}

TEST(Catalogue, CatalogueTypesWinOverCustomTypes) {
    const Catalogue c = Catalogue::fromJsonText(kSmall, "klein.json");
    test::BoardBuilder b;
    b.customType("bibliotheek", "Iets anders", Sector::NonCultural);
    const Board board = b.build();
    EXPECT_EQ(c.find("bibliotheek", &board).nameNl, "Bibliotheek");
}

TEST(Catalogue, BrokenTextGivesALoadError) {
    auto message = [](const std::string& text) -> std::string {
        try {
            Catalogue::fromJsonText(text, "cat.json");
            return "(no error)";
        } catch (const LoadError& e) {
            return e.what();
        } catch (const std::exception& e) {
            return std::string("(not a LoadError: ") + e.what() + ")";
        }
    };
    const std::string entry = R"({"id": "x", "nl": "X", "en": "X", "monogram": "X", "sector": "cultural", "colour": "#000000"})";
    auto with = [&](const std::string& e) {
        return R"({"type": "netwerktafel-catalogue", "actorTypes": [)" + e + "]}";
    };
    EXPECT_EQ(message(with(entry)), "(no error)");
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"", "cat.json"},
        {"hello", "cat.json"},
        {"[]", "cat.json"},
        {R"({"type": "netwerktafel-board", "actorTypes": []})", "/type"},
        {R"({"type": 5, "actorTypes": []})", "/type"},
        {R"({"type": "netwerktafel-catalogue"})", "/actorTypes"},
        {R"({"type": "netwerktafel-catalogue", "actorTypes": {}})", "/actorTypes"},
        {with("3"), "/actorTypes/0"},
        {with(R"({"id": "x", "en": "X", "monogram": "X", "sector": "cultural", "colour": "#000000"})"),
         "/actorTypes/0/nl"},
        {with(R"({"id": "x", "nl": "X", "en": "X", "monogram": "X", "sector": "unassigned", "colour": "#000000"})"),
         "/actorTypes/0/sector"},
        {with(R"({"id": "x", "nl": "X", "en": "X", "monogram": "X", "sector": "cultural", "colour": "red"})"),
         "/actorTypes/0/colour"},
    };
    for (const auto& [text, place] : cases) {
        const std::string msg = message(text);
        EXPECT_EQ(msg.rfind("cat.json", 0), 0u) << text << " → " << msg;
        EXPECT_NE(msg.find(place), std::string::npos) << text << " → " << msg;
    }
}

TEST(Catalogue, MissingFileIsALoadError) {
    EXPECT_THROW(Catalogue::load(test::testData("bestaat-niet.json").string()), LoadError);
}

}  // namespace
}  // namespace nt
