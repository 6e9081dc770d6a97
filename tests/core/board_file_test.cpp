// The board file when all is well: canonical writing, exact round trips, the
// shipped demo, big boards, and the file helpers.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "board_builder.h"
#include "temp_dir.h"
#include "core/board_file.h"
#include "core/catalogue.h"
#include "core/programme.h"
#include "core/stress_board.h"

namespace nt {
namespace {

namespace fs = std::filesystem;

// One of every kind of item, every enum value, and text that only survives a
// careful writer: accents, typographic punctuation, newlines, quotes.
Board everything() {
    test::BoardBuilder b;
    Board& board = b.board();
    board.workshop = {"Netwerkdag “Cultuur & Welzijn”", "2026-11-23", "Cultuurcentrum De Ploter",
                      "We programmeren theater – café-concerten… en \"alles\" daartussen",
                      "Méér mensen bereiken;\nook wie nooit komt", "Inwoners van Zele, Hamme en Berlare",
                      "Eenzaamheid bij ouderen",
                      {{"agreements", "Elk kwartaal samen “evalueren”"}, {"show_impact", ""}}};
    b.municipality("Zelé", {700, 520}, 180, true, 0xCFE3F3);
    b.municipality("Hamme", {1150, 520}, 150.25, false, 0x0A0B0C);
    const Id bib = b.actor("Bibliotheek ‘t Ploterke", {700, 430});
    const Id wzc = b.actor("WZC Ter Ëlst", {690.5, 640.125}, "woonzorgcentrum");
    const Id artist = b.actor("Kunstenares \"Ann\"\tBakker", {1180, 450}, "kunstenaar");
    b.actor("Losse actor", {-20.5, 1100}, "eigen-koor");
    b.note("Grote zaal (400 plaatsen)", {104, 150}, NoteKind::Strength, 0);
    b.note("Publiek is te smal…\ntweede regel", {1700, 150}, NoteKind::Weakness, -3.5);
    b.note("Idee: “verhalen­café” — met €5 inkom", {0.1 + 0.2, 1e-7}, NoteKind::Idea, 359.75);
    b.note("", {1920, 1080}, NoteKind::Free, -360);
    const Id combo = b.combination("Verhalen tussen de generaties", {bib, wzc, artist});
    b.combination("Lege combinatie", {});
    b.vote(combo, "tafel-3");
    b.vote(combo, "telefoon 7f3a", "2026-11-23T10:16:02+01:00");
    b.customType("eigen-koor", "Buurtkoor “De Vink”", Sector::NonCultural, 0xABCDEF);
    b.customType("repair", "Repair Café", Sector::Cultural);
    Board built = b.build();
    findById(built.actors, wzc)->arena = {"Vrijwilligers, een zaal en “koffie”", 3, Replaceability::RatherSmall,
                                          "Het dienstencentrum", Dependency::Large};
    built.programme.phases = defaultPhases(built.nextId);
    built.nextId += built.programme.phases.size();
    built.programme.phases[2].title = "Zwaktes — eerlijk!";
    built.programme.phases[2].prompt = "Wat lukt (nog) niet?";
    built.programme.phases[3].skipped = true;
    built.programme.phases[5].durationSeconds = 1234;
    built.programme.timer = {built.programme.phases[4].id, true, 125.5, 1795000000.25, 300};
    built.display = {RoomLayout::Table, KeyboardLayout::Qwerty, 1.25};
    built.nextId += 10;  // ids need not be dense
    return built;
}

TEST(BoardFile, RoundTripBoardTextBoard) {
    const Board board = everything();
    const std::string text = boardToJsonText(board);
    EXPECT_EQ(boardFromJsonText(text, "rondje.json"), board);
}

TEST(BoardFile, RoundTripTextBoardTextIsByteIdentical) {
    const std::string text = boardToJsonText(everything());
    EXPECT_EQ(boardToJsonText(boardFromJsonText(text, "rondje.json")), text);
}

TEST(BoardFile, WritesReadableUtf8AndTheEnvelope) {
    const std::string text = boardToJsonText(everything());
    EXPECT_NE(text.find("Netwerkdag “Cultuur & Welzijn”"), std::string::npos);  // not \u escapes
    EXPECT_NE(text.find("Méér mensen bereiken;\\nook"), std::string::npos);
    EXPECT_NE(text.find("\"type\": \"netwerktafel-board\""), std::string::npos);
    EXPECT_NE(text.find("\"formatVersion\": " + std::to_string(kBoardFormatVersion)), std::string::npos);
    EXPECT_NE(text.find("\"colour\": \"#0A0B0C\""), std::string::npos);
    EXPECT_EQ(text.back(), '\n');
}

TEST(BoardFile, EmptyBoardRoundTrips) {
    const Board empty;
    EXPECT_EQ(boardFromJsonText(boardToJsonText(empty), "leeg.json"), empty);
}

TEST(BoardFile, WritingNeverThrowsOnBrokenUtf8) {
    // A note edited byte by byte can end halfway through a character; an
    // autosave must still write something that loads again.
    Board board = everything();
    board.notes[0].text = "caf\xC3";
    std::string text;
    ASSERT_NO_THROW(text = boardToJsonText(board));
    EXPECT_NO_THROW(boardFromJsonText(text, "autosave.json"));
}

TEST(BoardFile, DemoLoadsAndSavesToTheSameBytes) {
    const fs::path demo = test::sourceAsset("demo/demo-workshop.json");
    const std::string original = test::fileText(demo);
    ASSERT_FALSE(original.empty()) << demo << " is missing or empty";
    const Board board = readBoardFile(demo.string());
    EXPECT_FALSE(board.municipalities.empty());
    EXPECT_FALSE(board.actors.empty());
    EXPECT_EQ(boardToJsonText(board), original);
}

TEST(BoardFile, StressBoardRoundTrips) {
    const Catalogue catalogue = Catalogue::load(test::sourceAsset("catalogue/actor_types.json").string());
    const Board board = makeStressBoard(catalogue, {});
    const std::string text = boardToJsonText(board);
    const Board back = boardFromJsonText(text, "stress.json");
    EXPECT_EQ(back, board);
    EXPECT_EQ(boardToJsonText(back), text);
}

using BoardFileOnDisk = test::TempDir;

TEST_F(BoardFileOnDisk, ReadsAWrittenFile) {
    const fs::path path = dir / "bord.json";
    std::ofstream(path, std::ios::binary) << boardToJsonText(everything());
    EXPECT_EQ(readBoardFile(path.string()), everything());
}

TEST_F(BoardFileOnDisk, RefusesAFileOver64MiBBeforeReadingIt) {
    const fs::path path = dir / "huge.json";
    std::ofstream(path, std::ios::binary).put('{');
    fs::resize_file(path, kMaxBoardFileBytes + 1);  // sparse: no real disk use
    try {
        readBoardFile(path.string());
        FAIL() << "no LoadError";
    } catch (const LoadError& e) {
        const std::string msg = e.what();
        EXPECT_NE(msg.find("huge.json"), std::string::npos) << msg;
        EXPECT_NE(msg.find("too large"), std::string::npos) << msg;
        EXPECT_NE(msg.find("64 MiB"), std::string::npos) << msg;
    }
}

TEST_F(BoardFileOnDisk, AFileOfExactly64MiBIsNotRefusedForItsSize) {
    const fs::path path = dir / "exact.json";
    std::ofstream(path, std::ios::binary).put('{');
    fs::resize_file(path, kMaxBoardFileBytes);
    try {
        readBoardFile(path.string());
        FAIL() << "a file of NUL bytes is no board";
    } catch (const LoadError& e) {
        EXPECT_EQ(std::string(e.what()).find("too large"), std::string::npos) << e.what();
    }
}

TEST_F(BoardFileOnDisk, MissingFileIsALoadError) {
    const std::string path = (dir / "bestaat-niet.json").string();
    try {
        readBoardFile(path);
        FAIL() << "no LoadError";
    } catch (const LoadError& e) {
        EXPECT_NE(std::string(e.what()).find("bestaat-niet.json"), std::string::npos) << e.what();
    }
}

TEST_F(BoardFileOnDisk, DirectoryIsALoadError) {
    fs::create_directories(dir / "map.json");
    try {
        readBoardFile((dir / "map.json").string());
        FAIL() << "no LoadError";
    } catch (const LoadError& e) {
        const std::string msg = e.what();
        EXPECT_NE(msg.find("map.json"), std::string::npos) << msg;
        EXPECT_EQ(msg.find("too large"), std::string::npos) << msg;
    }
}

TEST_F(BoardFileOnDisk, ReadTextFileHonoursItsLimit) {
    const fs::path path = dir / "tekst.txt";
    std::ofstream(path, std::ios::binary) << "0123456789";
    EXPECT_EQ(readTextFile(path.string(), 10), "0123456789");
    EXPECT_THROW(readTextFile(path.string(), 9), LoadError);
}

}  // namespace
}  // namespace nt
