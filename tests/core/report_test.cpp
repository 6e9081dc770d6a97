// The results report: every combination in rank order with its details, the
// chosen follow-ups and reflections; typed text never becomes markup or a
// spreadsheet formula.
#include <gtest/gtest.h>

#include "board_builder.h"
#include "core/catalogue.h"
#include "core/dates.h"
#include "core/report.h"
#include "core/translations.h"

namespace nt {
namespace {

struct Fixture {
    Board board;
    Catalogue catalogue = Catalogue::load(test::sourceAsset("catalogue/actor_types.json").string());
    Translations nl = Translations::load(test::sourceAsset("i18n/nl.json").string());
    Translations en = Translations::load(test::sourceAsset("i18n/en.json").string());
};

Fixture votedBoard() {
    test::BoardBuilder b;
    b.board().workshop.title = "Netwerkdag";
    b.board().workshop.date = "2026-11-23";
    b.municipality("Lochristi", {700, 500}, 200, true);
    const Id bib = b.actor("Bibliotheek", {700, 420});
    const Id wzc = b.actor("WZC Ter Linde", {700, 580}, "woonzorgcentrum");
    const Id loose = b.actor("Hogeschool", {1500, 950}, "hoger-onderwijs");
    const Id strength = b.note("Grote zaal", {100, 200}, NoteKind::Strength);
    b.note("Te smal publiek", {1700, 200}, NoteKind::Weakness);
    const Id idea = b.note("Voorleesnamiddag", {600, 900}, NoteKind::Idea);
    b.note("Vrije tijdspas", {900, 900}, NoteKind::Idea);
    const Id first = b.combination("Eerst gemaakt", {bib, loose});
    const Id second = b.combination("Meeste stemmen", {bib, wzc});
    const Id third = b.combination("<img src=x onerror=alert(1)> *vet*", {wzc});
    b.vote(second, "seat-1");
    b.vote(second, "seat-2");
    b.vote(first, "seat-3");
    Board board = b.build();
    board.vote.state = VoteState::Closed;
    Combination* c = findById(board.combinations, second);
    c->followUp = true;
    c->origin = strength;
    c->ideas = {idea};
    c->motives = {"shared_challenge"};
    c->form = CollaborationForm::Network;
    c->targetGroups = {"senioren"};
    c->roles = {{wzc, PartnerRole::Carrier}};
    c->scenario = "Samen voorlezen\nen zingen";
    (void)third;
    board.workshop.reflections["agreements"] = "=SOM(A1) elk kwartaal; \"samen\"";
    Fixture f;
    f.board = std::move(board);
    return f;
}

TEST(Report, MarkdownListsCombinationsInRankOrderWithTheirDetails) {
    const Fixture f = votedBoard();
    const std::string md = reportMarkdown({f.board, f.catalogue, f.nl, Lang::Nl});
    const auto most = md.find("### 1. Meeste stemmen");
    const auto made = md.find("### 2. Eerst gemaakt");
    const auto none = md.find("### 3. ");
    ASSERT_NE(most, std::string::npos) << md;
    ASSERT_NE(made, std::string::npos) << md;
    ASSERT_NE(none, std::string::npos) << md;
    EXPECT_LT(most, made);
    EXPECT_LT(made, none);
    EXPECT_NE(md.find("2 stemmen"), std::string::npos);
    EXPECT_NE(md.find("*1 stem*"), std::string::npos);
    EXPECT_NE(md.find("*2 stemmen · Gaan we opvolgen*"), std::string::npos);
    EXPECT_NE(md.find("WZC Ter Linde (Dragende partner, Lochristi)"), std::string::npos);
    EXPECT_NE(md.find("**Vertrekpunt:** Grote zaal"), std::string::npos);
    EXPECT_NE(md.find("Voorleesnamiddag"), std::string::npos);
    EXPECT_NE(md.find("Netwerk: samen voor de lange duur"), std::string::npos);
    EXPECT_NE(md.find("maandag 23 november 2026"), std::string::npos);
    // The chosen follow-up, the loose idea and the reflection answer.
    EXPECT_NE(md.find("## Gekozen om op te volgen\n\n1. Meeste stemmen"), std::string::npos) << md;
    EXPECT_NE(md.find("- Vrije tijdspas"), std::string::npos);
    EXPECT_EQ(md.find("- Voorleesnamiddag"), std::string::npos);  // attached to a combination, not "other"
    EXPECT_NE(md.find("Hogeschool — "), std::string::npos);     // outside every bubble, still listed
}

TEST(Report, TypedTextStaysText) {
    const Fixture f = votedBoard();
    const std::string md = reportMarkdown({f.board, f.catalogue, f.nl, Lang::Nl});
    EXPECT_EQ(md.find("<img"), std::string::npos);
    EXPECT_NE(md.find("&lt;img src=x onerror=alert(1)&gt; \\*vet\\*"), std::string::npos) << md;
    EXPECT_NE(md.find("Samen voorlezen  \n  en zingen"), std::string::npos);
}

TEST(Report, CsvIsForBelgianSpreadsheets) {
    const Fixture f = votedBoard();
    const std::string csv = reportCsv({f.board, f.catalogue, f.nl, Lang::Nl});
    EXPECT_EQ(csv.rfind("\xEF\xBB\xBFsection;rank;name;", 0), 0u);
    EXPECT_NE(csv.find("combination;1;Meeste stemmen;;;;"), std::string::npos) << csv;
    EXPECT_NE(csv.find("combination;2;Eerst gemaakt;"), std::string::npos);
    EXPECT_LT(csv.find("Meeste stemmen"), csv.find("Eerst gemaakt"));
    // A formula stays text, separators and quotes are quoted.
    EXPECT_NE(csv.find("\"'=SOM(A1) elk kwartaal; \"\"samen\"\"\""), std::string::npos) << csv;
    EXPECT_NE(csv.find("actor;;WZC Ter Linde;Woonzorgcentrum;Lochristi;niet-cultureel;"), std::string::npos) << csv;
    // Every row has the same number of fields (ten: nine separators outside quotes).
    size_t rows = 0;
    bool quoted = false;
    int separators = 0;
    for (char ch : csv) {
        if (ch == '"') quoted = !quoted;
        if (quoted) continue;
        if (ch == ';') ++separators;
        if (ch == '\n') {
            EXPECT_EQ(separators, 9) << "row " << rows;
            separators = 0;
            ++rows;
        }
    }
    EXPECT_GT(rows, 10u);
}

TEST(Report, EnglishHasNoDutchHeadings) {
    const Fixture f = votedBoard();
    const std::string md = reportMarkdown({f.board, f.catalogue, f.en, Lang::En});
    EXPECT_NE(md.find("Monday 23 November 2026"), std::string::npos);
    EXPECT_NE(md.find("## Chosen to follow up"), std::string::npos);
    EXPECT_EQ(md.find("Gekozen"), std::string::npos);
}

TEST(Report, BeforeAnyVoteTheBoardOrderStandsWithoutCounts) {
    Fixture f = votedBoard();
    f.board.votes.clear();
    f.board.vote.state = VoteState::NotStarted;
    const std::string md = reportMarkdown({f.board, f.catalogue, f.nl, Lang::Nl});
    EXPECT_LT(md.find("Eerst gemaakt"), md.find("Meeste stemmen"));
    EXPECT_EQ(md.find("stemmen ·"), std::string::npos);
}

TEST(Dates, WrittenOutInDutchAndEnglish) {
    EXPECT_EQ(longDate("2026-11-23", Lang::Nl), "maandag 23 november 2026");
    EXPECT_EQ(longDate("2025-01-01", Lang::En), "Wednesday 1 January 2025");
    EXPECT_EQ(longDate("2024-02-29", Lang::Nl), "donderdag 29 februari 2024");
    EXPECT_EQ(shortDate("2026-11-23", Lang::Nl), "23 november 2026");
    EXPECT_EQ(shortDate("2025-01-01", Lang::En), "1 January 2025");
    for (const char* bad : {"", "2026-13-01", "2023-02-29", "23/11/2026", "2026-11-2x", "morgen"}) {
        EXPECT_EQ(longDate(bad, Lang::Nl), bad);
        EXPECT_EQ(shortDate(bad, Lang::Nl), bad);
    }
}

}  // namespace
}  // namespace nt
