// Reading board files of format 1 (the autumn 2026 prototype): they load into
// the current model and are written back in the current format.
#include <gtest/gtest.h>

#include "board_builder.h"
#include "core/board_file.h"

namespace nt {
namespace {

// A format-1 file: flat x/y, "cultural" true/false/null, no versions, no
// rotation, no nextId and none of the later lists.
const char* const kVersion1 = R"({
  "type": "netwerktafel-board",
  "formatVersion": 1,
  "appVersion": "0.0.3",
  "board": {
    "workshop": {
      "title": "Prototype-sessie",
      "date": "2026-10-02",
      "organisation": "CC Zele",
      "ownPractice": {"whatWeDo": "Voorstellingen", "aim": "Ontmoeting", "forWhom": "Iedereen in Zele"}
    },
    "municipalities": [
      {"id": 1, "name": "Zele", "x": 700, "y": 520, "radius": 180, "colour": "#CFE3F3", "own": true},
      {"id": 4, "name": "Berlare", "x": 1150.5, "y": 520, "radius": 150, "colour": "#D8ECD4", "own": false}
    ],
    "actors": [
      {"id": 2, "name": "Bibliotheek", "type": "bibliotheek", "x": 700, "y": 430, "municipality": 1, "cultural": true},
      {"id": 3, "name": "WZC Ter Elst", "type": "woonzorgcentrum", "x": 690, "y": 640, "municipality": 1,
       "cultural": false},
      {"id": 9, "name": "Kunstenares", "type": "kunstenaar", "x": 1700, "y": 300, "municipality": null,
       "cultural": null}
    ],
    "notes": [
      {"id": 5, "kind": "strength", "text": "Grote zaal", "x": 104, "y": 150},
      {"id": 6, "kind": "idea", "text": "Verhalencafé", "x": 900, "y": 900}
    ]
  }
})";

TEST(Migration, Version1LoadsIntoTheCurrentModel) {
    const Board b = boardFromJsonText(kVersion1, "oud.json");
    EXPECT_EQ(b.workshop.title, "Prototype-sessie");
    EXPECT_EQ(b.workshop.forWhom, "Iedereen in Zele");

    ASSERT_EQ(b.municipalities.size(), 2u);
    EXPECT_EQ(b.municipalities[1].centre, (Vec2{1150.5, 520}));
    EXPECT_EQ(b.municipalities[1].colour, 0xD8ECD4u);
    EXPECT_TRUE(b.municipalities[0].own);

    ASSERT_EQ(b.actors.size(), 3u);
    EXPECT_EQ(b.actors[0].sector, Sector::Cultural);
    EXPECT_EQ(b.actors[1].sector, Sector::NonCultural);
    EXPECT_EQ(b.actors[2].sector, Sector::Unassigned);
    EXPECT_EQ(b.actors[0].municipality, 1u);
    EXPECT_EQ(b.actors[2].municipality, kNoId);
    EXPECT_EQ(b.actors[1].pos, (Vec2{690, 640}));

    ASSERT_EQ(b.notes.size(), 2u);
    EXPECT_EQ(b.notes[0].pos, (Vec2{104, 150}));
    EXPECT_EQ(b.notes[1].kind, NoteKind::Idea);
    EXPECT_EQ(b.notes[1].text, "Verhalencafé");
    for (const Note& n : b.notes) EXPECT_EQ(n.rotation, 0);

    for (const auto& m : b.municipalities) EXPECT_EQ(m.version, 1u);
    for (const auto& a : b.actors) EXPECT_EQ(a.version, 1u);
    for (const auto& n : b.notes) EXPECT_EQ(n.version, 1u);

    EXPECT_EQ(b.nextId, 18u);  // one past the largest id, then the eight default phases
    ASSERT_EQ(b.programme.phases.size(), 8u);
    EXPECT_EQ(b.programme.phases.front().id, 10u);
    EXPECT_TRUE(b.combinations.empty());
    EXPECT_TRUE(b.votes.empty());
    EXPECT_TRUE(b.customTypes.empty());
}

TEST(Migration, Version1IsWrittenInTheCurrentFormat) {
    const Board b = boardFromJsonText(kVersion1, "oud.json");
    const std::string text = boardToJsonText(b);
    EXPECT_NE(text.find("\"formatVersion\": " + std::to_string(kBoardFormatVersion)), std::string::npos);
    EXPECT_EQ(text.find("\"cultural\": true"), std::string::npos);
    EXPECT_NE(text.find("\"position\""), std::string::npos);
    EXPECT_EQ(boardFromJsonText(text, "nieuw.json"), b);
}

TEST(Migration, Version1KeepsAnExplicitNextId) {
    std::string text = kVersion1;
    const std::string anchor = "\"municipalities\": [";
    text.insert(text.find(anchor), "\"nextId\": 50,\n    ");
    EXPECT_EQ(boardFromJsonText(text, "oud.json").programme.phases.front().id, 50u);
    EXPECT_EQ(boardFromJsonText(text, "oud.json").nextId, 58u);
}

TEST(Migration, BrokenVersion1FilesGiveALoadError) {
    auto message = [](std::string text) -> std::string {
        try {
            boardFromJsonText(text, "oud.json");
            return "(no error)";
        } catch (const LoadError& e) {
            return e.what();
        } catch (const std::exception& e) {
            return std::string("(not a LoadError: ") + e.what() + ")";
        }
    };
    std::string noBoard = R"({"type": "netwerktafel-board", "formatVersion": 1})";
    EXPECT_NE(message(noBoard).find("oud.json: /board"), std::string::npos) << message(noBoard);

    std::string listBoard = R"({"type": "netwerktafel-board", "formatVersion": 1, "board": []})";
    EXPECT_NE(message(listBoard).find("oud.json: /board"), std::string::npos) << message(listBoard);

    // Cultural but in no municipality.
    std::string text = kVersion1;
    const std::string from = "\"municipality\": 1, \"cultural\": true";
    text.replace(text.find(from), from.size(), "\"municipality\": null, \"cultural\": true");
    EXPECT_NE(message(text).find("oud.json: /board/actors/0/sector"), std::string::npos) << message(text);

    // Only half a position.
    text = kVersion1;
    const std::string half = "\"x\": 104, \"y\": 150";
    text.replace(text.find(half), half.size(), "\"x\": 104");
    EXPECT_NE(message(text).find("oud.json: /board/notes/0/position"), std::string::npos) << message(text);
}

TEST(Migration, SharedFixtureMatchesItsMigratedForm) {
    const auto v1 = test::testData("board-v1.json");
    const auto migrated = test::testData("board-v1-migrated.json");
    const std::string expected = test::fileText(migrated);
    if (test::fileText(v1).empty() || expected.empty()) GTEST_SKIP() << "fixtures not written yet";
    const Board board = readBoardFile(v1.string());
    EXPECT_EQ(boardToJsonText(board), expected);
    EXPECT_EQ(boardFromJsonText(expected, migrated.string()), board);
}

}  // namespace
}  // namespace nt
