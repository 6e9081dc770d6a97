// Format 5: actors turn to face a seat, notes remember the phone that sent
// them and whether they wait for approval, and the board keeps what the
// facilitator decided about phone notes. Exact round trips, the migration
// from format 4, and a LoadError with the right place for every malformed
// new field.
#include <gtest/gtest.h>

#include <functional>

#include <nlohmann/json.hpp>

#include "board_builder.h"
#include "core/board_file.h"
#include "core/commands.h"
#include "core/history.h"

namespace nt {
namespace {

using Json = nlohmann::ordered_json;

Board withPhoneNotes() {
    test::BoardBuilder b;
    b.municipality("Lokeren", {700, 520}, 180, true);
    const Id bib = b.actor("Bibliotheek", {700, 430});
    b.note("Sterk vrijwilligersnet", {1700, 150}, NoteKind::Strength);
    const Id phone = b.note("Jongeren bereiken we slecht", {1700, 300}, NoteKind::Weakness);
    const Id waiting = b.note("Samen met de jeugddienst?", {1700, 450}, NoteKind::Idea);
    Board board = b.board();
    findById(board.actors, bib)->rotation = 180;
    findById(board.notes, phone)->fromPhone = 3;
    Note* w = findById(board.notes, waiting);
    w->fromPhone = 12;
    w->pending = true;
    board.phones = {true, true};
    return board;
}

TEST(BoardFileV5, NewFieldsRoundTripExactly) {
    const Board board = withPhoneNotes();
    const std::string text = boardToJsonText(board);
    EXPECT_NE(text.find("\"fromPhone\": 12"), std::string::npos);
    EXPECT_NE(text.find("\"pending\": true"), std::string::npos);
    EXPECT_NE(text.find("\"approveNotes\": true"), std::string::npos);
    const Board again = boardFromJsonText(text, "v5.json");
    EXPECT_EQ(again, board);
    EXPECT_EQ(boardToJsonText(again), text);
}

TEST(BoardFileV5, Version4FixtureMigrates) {
    const auto v4 = test::testData("board-v4.json");
    const auto migrated = test::testData("board-v4-migrated.json");
    const Board board = readBoardFile(v4.string());
    ASSERT_FALSE(board.actors.empty());
    ASSERT_FALSE(board.notes.empty());
    for (const Actor& a : board.actors) EXPECT_EQ(a.rotation, 0);
    for (const Note& n : board.notes) {
        EXPECT_EQ(n.fromPhone, 0);
        EXPECT_FALSE(n.pending);
    }
    EXPECT_EQ(board.phones, PhoneNoteSettings{});
    EXPECT_EQ(boardToJsonText(board), test::fileText(migrated));
    EXPECT_EQ(boardFromJsonText(test::fileText(migrated), migrated.string()), board);
}

// The LoadError message for the format-5 text with one change, or "(no error)".
std::string errorAfter(const std::function<void(Json&)>& change) { return test::loadErrorAfter(withPhoneNotes(), change); }

#define EXPECT_ERROR_AT(change, place)                                    \
    do {                                                                  \
        const std::string msg = errorAfter([](Json& d) {                  \
            Json& b = d["board"];                                         \
            change;                                                       \
        });                                                               \
        EXPECT_EQ(msg.rfind("kapot.json: " place ": ", 0), 0u) << msg;    \
    } while (0)

TEST(BoardFileV5, MalformedNewFieldsNameTheirPlace) {
    EXPECT_ERROR_AT(b["actors"][0].erase("rotation"), "/board/actors/0/rotation");
    EXPECT_ERROR_AT(b["actors"][0]["rotation"] = 400, "/board/actors/0/rotation");
    EXPECT_ERROR_AT(b["notes"][1]["fromPhone"] = -1, "/board/notes/1/fromPhone");
    EXPECT_ERROR_AT(b["notes"][1]["fromPhone"] = 2.5, "/board/notes/1/fromPhone");
    EXPECT_ERROR_AT(b["notes"][1]["fromPhone"] = "3", "/board/notes/1/fromPhone");
    EXPECT_ERROR_AT(b["notes"][2]["pending"] = 1, "/board/notes/2/pending");
    // Only a phone's note waits for approval.
    EXPECT_ERROR_AT(b["notes"][0]["pending"] = true, "/board/notes/0/pending");
    EXPECT_ERROR_AT(b.erase("phones"), "/board/phones");
    EXPECT_ERROR_AT(b["phones"]["hideNotes"] = "yes", "/board/phones/hideNotes");
    EXPECT_ERROR_AT(b["phones"].erase("approveNotes"), "/board/phones/approveNotes");
    EXPECT_EQ(errorAfter([](Json&) {}), "(no error)");
}

TEST(BoardFileV5, PhoneNoteSettingsAreOneUndoStep) {
    History history;
    history.apply(std::make_unique<SetPhoneNoteSettings>(history.board().phones, PhoneNoteSettings{true, false}));
    EXPECT_TRUE(history.board().phones.approveNotes);
    history.undo();
    EXPECT_EQ(history.board().phones, PhoneNoteSettings{});
}

}  // namespace
}  // namespace nt
