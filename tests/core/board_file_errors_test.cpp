// The board file when it is not all well: every broken input gives a LoadError
// that names the file and the place, and nothing crashes or throws anything
// else.
#include <gtest/gtest.h>

#include <functional>

#include <nlohmann/json.hpp>

#include "board_builder.h"
#include "core/board_file.h"
#include "core/programme.h"

namespace nt {
namespace {

using Json = nlohmann::ordered_json;

// The message of the LoadError that loading `text` gives, or a description of
// what happened instead.
std::string loadError(std::string_view text) {
    try {
        boardFromJsonText(text, "kapot.json");
        return "(no error)";
    } catch (const LoadError& e) {
        return e.what();
    } catch (const std::exception& e) {
        return std::string("(not a LoadError: ") + e.what() + ")";
    } catch (...) {
        return "(not a LoadError: unknown exception)";
    }
}

std::string validText() {
    test::BoardBuilder b;
    b.municipality("Gent", {500, 500}, 100);
    const Id bib = b.actor("Bibliotheek", {500, 450});
    const Id loose = b.actor("Kunstenaar", {1300, 300}, "kunstenaar");
    b.note("Grote zaal", {100, 200}, NoteKind::Strength);
    const Id combo = b.combination("Voorlezen", {bib, loose});
    b.vote(combo, "tafel-1");
    b.customType("koor", "Koor", Sector::Cultural);
    Board board = b.build();
    board.programme.phases = defaultPhases(board.nextId);
    board.nextId += board.programme.phases.size();
    board.programme.timer.phase = board.programme.phases[1].id;
    return boardToJsonText(board);
}

// The valid file with one change made to it.
std::string mutated(const std::function<void(Json&)>& change) {
    Json doc = Json::parse(validText());
    change(doc);
    return doc.dump(2);
}

// Expects a LoadError whose message starts with the source and contains `place`.
void expectError(std::string_view text, const std::string& place, const std::string& also = {}) {
    const std::string msg = loadError(text);
    EXPECT_EQ(msg.rfind("kapot.json: ", 0), 0u) << msg;
    EXPECT_NE(msg.find(place), std::string::npos) << "expected \"" << place << "\" in: " << msg;
    if (!also.empty()) {
        EXPECT_NE(msg.find(also), std::string::npos) << "expected \"" << also << "\" in: " << msg;
    }
}

TEST(BoardFileErrors, TheBaseTextIsValid) { EXPECT_EQ(loadError(validText()), "(no error)"); }

TEST(BoardFileErrors, NotJson) {
    expectError("", "line 1, column 1");
    expectError("hello", "line 1, column");
    expectError("{\"type\": \"netwerktafel-board\",\n  \"formatVersion\": 2,,\n}", "line 2, column 22");
    expectError("{} trailing", "line 1, column");
    expectError("{\"a\": \"caf\xC3\"}", "line 1");  // broken UTF-8
}

TEST(BoardFileErrors, TruncatedFileNamesLineAndColumn) {
    const std::string text = validText();
    const std::string half = text.substr(0, text.size() / 2);
    const auto lines = std::count(half.begin(), half.end(), '\n') + 1;
    const std::string msg = loadError(half);
    EXPECT_NE(msg.find("kapot.json: line " + std::to_string(lines) + ", column "), std::string::npos) << msg;
}

TEST(BoardFileErrors, NotABoardFile) {
    expectError("[]", "/: ", "found a list");
    expectError("null", "/: ", "found null");
    expectError("\"bord\"", "/: ");
    expectError(mutated([](Json& d) { d["type"] = "netwerktafel-catalogue"; }), "/type");
    expectError(mutated([](Json& d) { d.erase("type"); }), "/type");
    expectError(mutated([](Json& d) { d.erase("board"); }), "/board");
    expectError(mutated([](Json& d) { d["board"] = Json::array(); }), "/board");
}

TEST(BoardFileErrors, FormatVersion) {
    expectError(mutated([](Json& d) { d.erase("formatVersion"); }), "/formatVersion");
    expectError(mutated([](Json& d) { d["formatVersion"] = 0; }), "/formatVersion");
    expectError(mutated([](Json& d) { d["formatVersion"] = -1; }), "/formatVersion");
    expectError(mutated([](Json& d) { d["formatVersion"] = "2"; }), "/formatVersion");
    expectError(mutated([](Json& d) { d["formatVersion"] = 2.5; }), "/formatVersion");
    expectError(mutated([](Json& d) { d["formatVersion"] = 99; }), "newer", "update");
    expectError(mutated([](Json& d) { d["formatVersion"] = 18446744073709551615u; }), "formatVersion");
}

TEST(BoardFileErrors, WrongFieldTypes) {
    expectError(mutated([](Json& d) { d["board"]["actors"][0]["name"] = 5; }), "/board/actors/0/name", "number");
    expectError(mutated([](Json& d) { d["board"]["actors"][1]["position"]["x"] = "12"; }),
                "/board/actors/1/position/x");
    expectError(mutated([](Json& d) { d["board"]["notes"][0]["text"] = nullptr; }), "/board/notes/0/text");
    expectError(mutated([](Json& d) { d["board"]["municipalities"][0]["own"] = 1; }), "/board/municipalities/0/own");
    expectError(mutated([](Json& d) { d["board"]["actors"] = Json::object(); }), "/board/actors");
    expectError(mutated([](Json& d) { d["board"]["notes"][0] = 3; }), "/board/notes/0");
    expectError(mutated([](Json& d) { d["board"]["workshop"]["ownPractice"]["aim"] = true; }),
                "/board/workshop/ownPractice/aim");
    expectError(mutated([](Json& d) { d["board"]["notes"][0].erase("rotation"); }), "/board/notes/0/rotation",
                "missing");
}

TEST(BoardFileErrors, BadIds) {
    expectError(mutated([](Json& d) { d["board"]["notes"][0]["id"] = 0; }), "/board/notes/0/id");
    expectError(mutated([](Json& d) { d["board"]["notes"][0]["id"] = -4; }), "/board/notes/0/id");
    expectError(mutated([](Json& d) { d["board"]["notes"][0]["id"] = 4.5; }), "/board/notes/0/id");
    expectError(mutated([](Json& d) { d["board"]["notes"][0]["version"] = 0; }), "/board/notes/0/version");
    expectError(mutated([](Json& d) { d["board"]["notes"][0]["id"] = 2; }), "/board/notes/0/id", "twice");
    expectError(mutated([](Json& d) { d["board"]["nextId"] = 6; }), "/board/nextId");
    expectError(mutated([](Json& d) { d["board"]["nextId"] = 3; }), "/board/nextId");
}

TEST(BoardFileErrors, UnknownEnumsAndColours) {
    expectError(mutated([](Json& d) { d["board"]["actors"][0]["sector"] = "sport"; }), "/board/actors/0/sector");
    expectError(mutated([](Json& d) { d["board"]["notes"][0]["kind"] = "kans"; }), "/board/notes/0/kind");
    expectError(mutated([](Json& d) { d["board"]["customActorTypes"][0]["sector"] = "unassigned"; }),
                "/board/customActorTypes/0/sector");
    expectError(mutated([](Json& d) { d["board"]["municipalities"][0]["colour"] = "red"; }),
                "/board/municipalities/0/colour");
    expectError(mutated([](Json& d) { d["board"]["municipalities"][0]["colour"] = "#12345G"; }),
                "/board/municipalities/0/colour");
    expectError(mutated([](Json& d) { d["board"]["municipalities"][0]["colour"] = "#-00001"; }),
                "/board/municipalities/0/colour");
    expectError(mutated([](Json& d) { d["board"]["municipalities"][0]["colour"] = "# 12345"; }),
                "/board/municipalities/0/colour");
}

TEST(BoardFileErrors, ProgrammeArenaReflectionsAndDisplay) {
    expectError(mutated([](Json& d) { d["board"]["programme"]["phases"][0]["kind"] = "pauze"; }),
                "/board/programme/phases/0/kind", "pauze");
    expectError(mutated([](Json& d) { d["board"]["programme"]["phases"][0]["durationSeconds"] = -5; }),
                "/board/programme/phases/0/durationSeconds");
    expectError(mutated([](Json& d) { d["board"]["programme"]["phases"][1]["id"] = 1; }),
                "/board/programme/phases/1/id", "twice");
    expectError(mutated([](Json& d) { d["board"]["programme"]["timer"]["phase"] = 9999; }),
                "/board/programme/timer/phase", "9999");
    expectError(mutated([](Json& d) {
                    d["board"]["programme"]["timer"]["phase"] = nullptr;
                    d["board"]["programme"]["timer"]["running"] = true;
                }),
                "/board/programme/timer/running");
    expectError(mutated([](Json& d) { d["board"]["actors"][0]["arena"]["importance"] = 5; }),
                "/board/actors/0/arena/importance");
    expectError(mutated([](Json& d) { d["board"]["actors"][0]["arena"]["dependency"] = "small"; }),
                "/board/actors/0/arena/dependency", "rather_small");
    expectError(mutated([](Json& d) { d["board"]["workshop"]["reflections"]["weather"] = "zon"; }),
                "/board/workshop/reflections/weather");
    expectError(mutated([](Json& d) { d["board"]["workshop"]["reflections"]["agreements"] = 3; }),
                "/board/workshop/reflections/agreements");
    expectError(mutated([](Json& d) { d["board"]["display"]["layout"] = "wall"; }), "/board/display/layout");
    expectError(mutated([](Json& d) { d["board"]["display"]["uiScale"] = 0.5; }), "/board/display/uiScale");
}

TEST(BoardFileErrors, DanglingReferences) {
    expectError(mutated([](Json& d) { d["board"]["actors"][0]["municipality"] = 77; }),
                "/board/actors/0/municipality", "77");
    expectError(mutated([](Json& d) { d["board"]["combinations"][0]["members"][1] = 77; }),
                "/board/combinations/0/members/1", "77");
    expectError(mutated([](Json& d) { d["board"]["votes"][0]["combination"] = 77; }),
                "/board/votes/0/combination", "77");
    // A sector without a municipality, or the other way round.
    expectError(mutated([](Json& d) { d["board"]["actors"][1]["sector"] = "cultural"; }), "/board/actors/1/sector");
    expectError(mutated([](Json& d) { d["board"]["actors"][0]["sector"] = "unassigned"; }), "/board/actors/0/sector");
}

TEST(BoardFileErrors, NumbersOutOfRange) {
    expectError(mutated([](Json& d) { d["board"]["actors"][0]["position"]["x"] = 1e9; }),
                "/board/actors/0/position/x", "range");
    expectError(mutated([](Json& d) { d["board"]["notes"][0]["position"]["y"] = -1e6; }),
                "/board/notes/0/position/y", "range");
    expectError(mutated([](Json& d) { d["board"]["municipalities"][0]["radius"] = 0; }),
                "/board/municipalities/0/radius");
    expectError(mutated([](Json& d) { d["board"]["notes"][0]["rotation"] = 720; }), "/board/notes/0/rotation");
}

// For failures the parser finds itself, the place may be a line and column
// instead of a JSON pointer.
void expectErrorAtPlace(std::string_view text, const std::string& pointer) {
    const std::string msg = loadError(text);
    EXPECT_EQ(msg.rfind("kapot.json: ", 0), 0u) << msg;
    EXPECT_TRUE(msg.find(pointer) != std::string::npos || msg.find("line ") != std::string::npos)
        << "expected \"" << pointer << "\" or a line in: " << msg;
}

TEST(BoardFileErrors, NumbersTooBigForADouble) {
    std::string text = validText();
    const std::string radius = "\"radius\": 100.0";
    ASSERT_NE(text.find(radius), std::string::npos);
    auto withRadius = [&](const std::string& value) {
        return std::string(text).replace(text.find(radius), radius.size(), "\"radius\": " + value);
    };
    expectErrorAtPlace(withRadius("1e999"), "/board/municipalities/0/radius");
    expectErrorAtPlace(withRadius("-1e999"), "/board/municipalities/0/radius");
    expectErrorAtPlace(withRadius(std::string(400, '9')), "/board/municipalities/0/radius");
}

TEST(BoardFileErrors, TextOverTheLengthLimit) {
    expectError(mutated([](Json& d) { d["board"]["notes"][0]["text"] = std::string(10001, 'a'); }),
                "/board/notes/0/text", "longer");
    expectError(mutated([](Json& d) { d["board"]["actors"][0]["name"] = std::string(501, 'a'); }),
                "/board/actors/0/name", "longer");
    EXPECT_EQ(loadError(mutated([](Json& d) { d["board"]["notes"][0]["text"] = std::string(10000, 'a'); })),
              "(no error)");
}

TEST(BoardFileErrors, DeepNestingDoesNotCrash) {
    const int depth = 100000;
    const std::string deep = std::string(depth, '[') + std::string(depth, ']');
    expectErrorAtPlace(deep, "/: ");
    std::string text = validText();
    const std::string note = "\"text\": \"Grote zaal\"";
    ASSERT_NE(text.find(note), std::string::npos);
    expectErrorAtPlace(text.replace(text.find(note), note.size(), "\"text\": " + deep), "/board/notes/0/text");
}

}  // namespace
}  // namespace nt
