// The printable HTML report: the combinations in rank order with their
// details, typed text escaped (never markup), the board picture inside as
// base64, the page in the chosen language, and the files' names.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "board_builder.h"
#include "core/atomic_file.h"
#include "core/catalogue.h"
#include "core/report.h"
#include "core/report_html.h"
#include "core/translations.h"
#include "temp_dir.h"

namespace nt {
namespace {

struct Fixture {
    Board board;
    Catalogue catalogue = Catalogue::load(test::sourceAsset("catalogue/actor_types.json").string());
    Translations nl = Translations::load(test::sourceAsset("i18n/nl.json").string());
    Translations en = Translations::load(test::sourceAsset("i18n/en.json").string());
    std::string html(Lang lang, std::string_view png = {}) const {
        return reportHtml({board, catalogue, lang == Lang::En ? en : nl, lang}, png);
    }
};

Fixture votedBoard() {
    test::BoardBuilder b;
    b.board().workshop.title = "Netwerkdag <script>alert(1)</script> & co";
    b.board().workshop.organisation = "CC \"De Kruisboog\"";
    b.board().workshop.date = "2026-11-23";
    b.board().workshop.whatWeDo = "Voorstellingen\n& workshops";
    b.municipality("Lochristi", {700, 500}, 200, true);
    const Id bib = b.actor("Bibliotheek", {700, 420});
    const Id wzc = b.actor("WZC Ter Linde", {700, 580}, "woonzorgcentrum");
    const Id loose = b.actor("Hogeschool", {1500, 950}, "hoger-onderwijs");
    b.note("Grote zaal", {100, 200}, NoteKind::Strength);
    b.note("<b>Te smal</b> publiek", {1700, 200}, NoteKind::Weakness);
    const Id idea = b.note("Voorleesnamiddag", {600, 900}, NoteKind::Idea);
    const Id first = b.combination("Eerst gemaakt", {bib, loose});
    const Id second = b.combination("Meeste stemmen", {bib, wzc});
    b.combination("<img src=x onerror=alert(1)>", {wzc});
    b.vote(second, "seat-1");
    b.vote(second, "seat-2");
    b.vote(first, "seat-3");
    Board board = b.build();
    board.vote.state = VoteState::Closed;
    Combination* c = findById(board.combinations, second);
    c->followUp = true;
    c->ideas = {idea};
    c->motives = {"shared_challenge"};
    c->form = CollaborationForm::Network;
    c->roles = {{wzc, PartnerRole::Carrier}};
    c->scenario = "Samen voorlezen\nen zingen";
    board.workshop.reflections["agreements"] = "Elk kwartaal samen </p><script>x()</script>";
    Fixture f;
    f.board = std::move(board);
    return f;
}

TEST(ReportHtml, CombinationsComeInRankOrderWithTheirDetails) {
    const Fixture f = votedBoard();
    const std::string html = f.html(Lang::Nl);
    const auto most = html.find("<span class=\"rank\">1</span><h3>Meeste stemmen</h3>");
    const auto made = html.find("<span class=\"rank\">2</span><h3>Eerst gemaakt</h3>");
    const auto none = html.find("<span class=\"rank\">3</span><h3>&lt;img");
    ASSERT_NE(most, std::string::npos) << html;
    ASSERT_NE(made, std::string::npos);
    ASSERT_NE(none, std::string::npos);
    EXPECT_LT(most, made);
    EXPECT_LT(made, none);
    // Its votes, the follow-up, members with role and municipality, form, motives, ideas, scenario.
    const std::string card = html.substr(most, made - most);
    EXPECT_NE(card.find("2 stemmen"), std::string::npos) << card;
    EXPECT_NE(card.find("Gaan we opvolgen"), std::string::npos);
    EXPECT_NE(card.find("WZC Ter Linde <span class=\"soft\">— Dragende partner · Lochristi</span>"), std::string::npos);
    EXPECT_NE(card.find("Netwerk: samen voor de lange duur"), std::string::npos);
    EXPECT_NE(card.find("Voorleesnamiddag"), std::string::npos);
    EXPECT_NE(card.find("Samen voorlezen<br>en zingen"), std::string::npos);
    // The chosen follow-ups, the reflections and the partners per half.
    EXPECT_NE(html.find("<ol>\n<li>Meeste stemmen</li>\n</ol>"), std::string::npos);
    EXPECT_NE(html.find("Hoe en waarover maken we afspraken?"), std::string::npos);
    EXPECT_NE(html.find("<h4>niet-cultureel</h4>\n<ul>\n<li>WZC Ter Linde"), std::string::npos) << html;
    EXPECT_NE(html.find("maandag 23 november 2026"), std::string::npos);
}

TEST(ReportHtml, TypedTextIsEscapedNeverMarkup) {
    const Fixture f = votedBoard();
    const std::string html = f.html(Lang::Nl);
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("<img src=x"), std::string::npos);
    EXPECT_EQ(html.find("<b>"), std::string::npos);
    EXPECT_NE(html.find("<title>Netwerkdag &lt;script&gt;alert(1)&lt;/script&gt; &amp; co</title>"), std::string::npos);
    EXPECT_NE(html.find("<h1>Netwerkdag &lt;script&gt;alert(1)&lt;/script&gt; &amp; co</h1>"), std::string::npos);
    EXPECT_NE(html.find("CC &quot;De Kruisboog&quot;"), std::string::npos);
    EXPECT_NE(html.find("Voorstellingen<br>&amp; workshops"), std::string::npos);
    EXPECT_NE(html.find("&lt;b&gt;Te smal&lt;/b&gt; publiek"), std::string::npos);
    EXPECT_NE(html.find("samen &lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;"), std::string::npos);
    EXPECT_EQ(htmlEscaped("a<b>&\"c'd"), "a&lt;b&gt;&amp;&quot;c&#39;d");
}

TEST(ReportHtml, TheBoardPictureIsInsideAsBase64) {
    const Fixture f = votedBoard();
    EXPECT_EQ(base64(""), "");
    EXPECT_EQ(base64("f"), "Zg==");
    EXPECT_EQ(base64("fo"), "Zm8=");
    EXPECT_EQ(base64("foo"), "Zm9v");
    EXPECT_EQ(base64("foobar"), "Zm9vYmFy");
    EXPECT_EQ(base64(std::string("\x89PNG\r\n\x1a\n\xff\x00", 10)), "iVBORw0KGgr/AA==");
    const std::string png("\x89PNG\r\n\x1a\n\xff\x00\xfe", 11);
    const std::string html = f.html(Lang::Nl, png);
    EXPECT_NE(html.find("<img src=\"data:image/png;base64,iVBORw0KGgr/AP4=\" alt=\"Het bord aan het einde van de workshop\">"),
              std::string::npos)
        << html.substr(0, 200);
    EXPECT_EQ(f.html(Lang::Nl).find("<img"), std::string::npos);  // no picture: no empty image
}

TEST(ReportHtml, ThePageIsInTheChosenLanguageAndPrintsToA4) {
    const Fixture f = votedBoard();
    const std::string nl = f.html(Lang::Nl);
    const std::string en = f.html(Lang::En);
    EXPECT_EQ(nl.rfind("<!DOCTYPE html>\n<html lang=\"nl\">", 0), 0u);
    EXPECT_EQ(en.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0), 0u);
    EXPECT_NE(nl.find("<meta charset=\"utf-8\">"), std::string::npos);
    EXPECT_NE(nl.find("<h2>Gekozen om op te volgen</h2>"), std::string::npos);
    EXPECT_NE(en.find("<h2>Chosen to follow up</h2>"), std::string::npos);
    EXPECT_NE(en.find("Monday 23 November 2026"), std::string::npos);
    EXPECT_NE(en.find("2 votes"), std::string::npos);
    for (const char* dutch : {"Gekozen", "Combinaties", "Sterktes", "maandag", "2 stemmen"}) EXPECT_EQ(en.find(dutch), std::string::npos) << dutch;
    EXPECT_NE(nl.find("@page { size:A4"), std::string::npos);
    EXPECT_NE(nl.find("break-inside:avoid"), std::string::npos);
}

TEST(ReportHtml, FilesGoBesideTheBoardNamedAfterIt) {
    EXPECT_EQ(reportPathFor("/home/an/Netwerktafel/workshop.netwerktafel", Lang::Nl, ".html"),
              "/home/an/Netwerktafel/workshop-verslag.html");
    EXPECT_EQ(reportPathFor("/tmp/dag 2.json", Lang::En, ".csv"), "/tmp/dag 2-report.csv");
    EXPECT_EQ(reportPathFor("bord.json", Lang::Nl, ".md"), "bord-verslag.md");
}

using ReportFiles = test::TempDir;

std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

TEST_F(ReportFiles, AllThreeGoBesideTheBoardFile) {
    const Fixture f = votedBoard();
    const std::string board = (dir / "workshop.netwerktafel").string();
    const std::string page = writeReportFiles({f.board, f.catalogue, f.nl, Lang::Nl}, "PNG!", board);
    EXPECT_EQ(page, (dir / "workshop-verslag.html").string());
    EXPECT_EQ(slurp(dir / "workshop-verslag.md"), reportMarkdown({f.board, f.catalogue, f.nl, Lang::Nl}));
    EXPECT_EQ(slurp(dir / "workshop-verslag.csv"), reportCsv({f.board, f.catalogue, f.nl, Lang::Nl}));
    EXPECT_NE(slurp(page).find("base64,UE5HIQ==\""), std::string::npos);
}

TEST_F(ReportFiles, AFailureIsToldAndLeavesTheOldReport) {
    // A folder where the Markdown should go: no write can replace it, not even root's.
    const Fixture f = votedBoard();
    std::filesystem::create_directory(dir / "workshop-report.md");
    writeFileAtomically((dir / "workshop-report.csv").string(), "the old report");
    EXPECT_THROW(writeReportFiles({f.board, f.catalogue, f.en, Lang::En}, "", (dir / "workshop.json").string()), SaveError);
    EXPECT_EQ(slurp(dir / "workshop-report.csv"), "the old report");
    EXPECT_FALSE(std::filesystem::exists(dir / "workshop-report.html"));
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), {}), 2) << "no temp file left";
}

}  // namespace
}  // namespace nt
