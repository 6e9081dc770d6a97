// A table's board as the plenary sees it: cut down to what a miniature and
// the projector show, within one message however full the board, checked
// like a board file on arrival; and where the tables' maps meet.
#include <gtest/gtest.h>

#include "core/board_file.h"
#include "core/room_messages.h"
#include "core/room_sketch.h"
#include "core/stress_board.h"

using namespace nt;
using namespace nt::room;

namespace {

Board tableBoard() {
    Board b;
    b.workshop.title = "Ons netwerk";
    b.municipalities.push_back(Municipality{1, 1, "Lochristi", {700, 500}, 200, 0xCFE3F3, true});
    b.municipalities.push_back(Municipality{2, 1, "Lokeren", {1200, 500}, 200, 0xDCEAF5, false});
    Actor bib{3, 1, "Bibliotheek", "bibliotheek", {700, 420}, 1, Sector::Cultural, {}};
    bib.arena.resources = "Leesclubs";
    b.actors.push_back(bib);
    b.actors.push_back(Actor{4, 1, "WZC Ter Linde", "woonzorgcentrum", {1200, 600}, 2, Sector::NonCultural, {}});
    Note note;
    note.id = 5;
    note.kind = NoteKind::Idea;
    note.text = std::string(500, 'x');
    note.pos = {300, 900};
    b.notes.push_back(note);
    Combination c;
    c.id = 6;
    c.name = "Leesclub";
    c.members = {3, 4};
    c.cardPos = {900, 800};
    c.scenario = "Elke maand";
    c.ideas = {5};
    b.combinations.push_back(c);
    b.votes.push_back(Vote{7, 1, 6, "seat-1", "t"});
    b.vote.state = VoteState::Open;
    b.nextId = 8;
    return b;
}

}  // namespace

TEST(RoomSketch, ATablesBoardTravelsWithWhatTheMiniatureShowsAndNotMore) {
    std::string why;
    const std::optional<Board> seen = decodeSketch(encodeSketch(tableBoard()), why);
    ASSERT_TRUE(seen) << why;
    EXPECT_EQ(seen->municipalities, tableBoard().municipalities);
    ASSERT_EQ(seen->actors.size(), 2u);
    EXPECT_EQ(seen->actors[0].pos, (Vec2{700, 420}));
    EXPECT_TRUE(seen->actors[0].arena.resources.empty());
    ASSERT_EQ(seen->notes.size(), 1u);
    EXPECT_EQ(seen->notes[0].text.size(), kMaxSketchNoteBytes);
    ASSERT_EQ(seen->combinations.size(), 1u);
    EXPECT_EQ(seen->combinations[0].members, (std::vector<Id>{3, 4}));
    EXPECT_TRUE(seen->combinations[0].scenario.empty());
    EXPECT_TRUE(seen->votes.empty());
}

TEST(RoomSketch, AFullBoardStillFitsInOneMessageAndAForeignOneIsRefused) {
    const Catalogue catalogue({ActorType{"bibliotheek", "Bibliotheek", "Library", "BIB", Sector::Cultural, 0x4A7FB5}});
    const Board full = makeStressBoard(catalogue, {});
    const std::string text = encodeSketch(full);
    EXPECT_LE(text.size(), kMaxMessageBytes);
    std::string why;
    const std::optional<Board> seen = decodeSketch(text, why);
    ASSERT_TRUE(seen) << why;
    EXPECT_EQ(seen->municipalities.size(), full.municipalities.size());
    EXPECT_GT(seen->actors.size(), 100u);  // a thousand partners do not fit: as many as do
    for (const char* bad : {"{", "[]", R"({"type":"netwerktafel-board","formatVersion":99,"board":{}})"}) {
        EXPECT_FALSE(decodeSketch(bad, why)) << bad;
        EXPECT_FALSE(why.empty());
    }
    EXPECT_FALSE(decodeSketch(std::string(kMaxMessageBytes + 1, ' '), why));
}

TEST(RoomSketch, TheSamePartnerAndMunicipalityOnSeveralTablesAreFound) {
    Board a = tableBoard();
    Board b = tableBoard();
    b.actors[0].name = "  bibliotheek ";  // the same library, typed differently
    b.actors[1].municipality = 1;           // another WZC Ter Linde: in Lochristi, not Lokeren
    b.municipalities[1].name = "Zelzate";
    Board c;
    c.municipalities.push_back(Municipality{1, 1, "LOKEREN", {700, 500}, 200, 0xCFE3F3, true});
    const std::map<std::string, Board> boards{{"Tafel-A", a}, {"Tafel-B", b}, {"Tafel-C", c}};
    const std::vector<SharedPartner> partners = sharedPartners(boards);
    ASSERT_EQ(partners.size(), 1u);
    EXPECT_EQ(partners[0].name, "Bibliotheek");
    EXPECT_EQ(partners[0].municipality, "Lochristi");
    EXPECT_EQ(partners[0].tables, (std::vector<std::string>{"Tafel-A", "Tafel-B"}));
    const std::vector<SharedMunicipality> places = sharedMunicipalities(boards);
    ASSERT_EQ(places.size(), 2u);
    EXPECT_EQ(places[0].name, "Lochristi");  // two tables; Lokeren too, first by name
    EXPECT_EQ(places[1].name, "Lokeren");
    EXPECT_EQ(places[1].tables, (std::vector<std::string>{"Tafel-A", "Tafel-C"}));
}
