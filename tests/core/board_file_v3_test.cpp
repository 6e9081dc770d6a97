// Format 3: combinations with their details and scenario, and the vote
// session. Exact round trips, the migration from format 2, and a LoadError
// with the right place for every malformed new field.
#include <gtest/gtest.h>

#include <functional>

#include <nlohmann/json.hpp>

#include "board_builder.h"
#include "core/board_file.h"

namespace nt {
namespace {

using Json = nlohmann::ordered_json;

Board withScenarios() {
    test::BoardBuilder b;
    b.municipality("Zele", {700, 520}, 180, true);
    b.municipality("Berlare", {1150, 520}, 150);
    const Id bib = b.actor("Bibliotheek", {700, 430});
    const Id wzc = b.actor("WZC Ter Durme", {690, 640}, "woonzorgcentrum");
    const Id dko = b.actor("Academie", {1150, 450}, "dko");
    const Id weak = b.note("Te weinig jongeren", {1700, 150}, NoteKind::Weakness);
    const Id idea1 = b.note("Voorlezen met muziek", {900, 900}, NoteKind::Idea);
    const Id idea2 = b.note("Liedjes van vroeger", {960, 960}, NoteKind::Idea);
    const Id one = b.combination("Verhalen en muziek", {bib, wzc, dko});
    const Id two = b.combination("Lege", {});
    Combination& c = b.board().combinations.front();
    c.cardPos = {1300.5, 800};
    c.motives = {"shared_challenge", "target_group_expertise"};
    c.form = CollaborationForm::AdHoc;
    c.origin = weak;
    c.targetGroups = {"senioren", "jonge muzikanten – DKO"};
    c.roles = {{wzc, PartnerRole::Carrier}, {dko, PartnerRole::KnowledgePartner}};
    c.ideas = {idea2, idea1};
    c.scenario = "Een “warme” namiddag;\nmet \"muziek\" en verhalen.";
    c.followUp = true;
    b.vote(one, "seat-1");
    b.vote(one, "seat-2", "2026-11-23T10:16:02+01:00");
    b.vote(two, "seat-1");
    b.board().vote = {VoteState::Closed, {4, 2, false, 9}};
    return b.build();
}

TEST(BoardFileV3, RoundTripsCombinationsScenariosAndVotes) {
    const Board board = withScenarios();
    const std::string text = boardToJsonText(board);
    const Board back = boardFromJsonText(text, "v3.json");
    EXPECT_EQ(back, board);
    EXPECT_EQ(boardToJsonText(back), text);
    EXPECT_NE(text.find("\"formatVersion\": " + std::to_string(kBoardFormatVersion)), std::string::npos);
    EXPECT_NE(text.find("\"form\": \"ad_hoc\""), std::string::npos);
    EXPECT_NE(text.find("\"role\": \"knowledge_partner\""), std::string::npos);
    EXPECT_NE(text.find("\"state\": \"closed\""), std::string::npos);
}

TEST(BoardFileV3, WritesTheNewKeysInTheirOrder) {
    const std::string text = boardToJsonText(withScenarios());
    std::size_t at = text.find("\"members\"");
    for (const char* key : {"\"cardPosition\"", "\"motives\"", "\"form\"", "\"origin\"", "\"targetGroups\"",
                            "\"roles\"", "\"ideas\"", "\"scenario\"", "\"followUp\""}) {
        const std::size_t next = text.find(key, at);
        ASSERT_NE(next, std::string::npos) << key;
        at = next;
    }
    const std::size_t votes = text.find("\"votes\"");
    const std::size_t vote = text.find("\"vote\": {");
    EXPECT_LT(votes, vote);
    EXPECT_LT(vote, text.find("\"customActorTypes\""));
}

TEST(BoardFileV3, DefaultsOfANewBoard) {
    const std::string text = boardToJsonText(Board{});
    EXPECT_NE(text.find("\"state\": \"not_started\""), std::string::npos);
    EXPECT_NE(text.find("\"votesPerVoter\": 3"), std::string::npos);
}

TEST(BoardFileV3, Version2FixtureMigrates) {
    const auto v2 = test::testData("board-v2.json");
    const auto migrated = test::testData("board-v2-migrated.json");
    const Board board = readBoardFile(v2.string());
    ASSERT_EQ(board.combinations.size(), 1u);
    const Combination& c = board.combinations[0];
    // On the average of its members' positions.
    Vec2 sum;
    for (Id m : c.members) {
        sum.x += findById(board.actors, m)->pos.x;
        sum.y += findById(board.actors, m)->pos.y;
    }
    EXPECT_DOUBLE_EQ(c.cardPos.x, sum.x / static_cast<double>(c.members.size()));
    EXPECT_DOUBLE_EQ(c.cardPos.y, sum.y / static_cast<double>(c.members.size()));
    EXPECT_TRUE(c.motives.empty() && c.targetGroups.empty() && c.roles.empty() && c.ideas.empty());
    EXPECT_EQ(c.form, CollaborationForm::Unset);
    EXPECT_EQ(c.origin, kNoId);
    EXPECT_EQ(c.scenario, "");
    EXPECT_FALSE(c.followUp);
    EXPECT_EQ(board.vote, VoteSession{});
    EXPECT_EQ(boardToJsonText(board), test::fileText(migrated));
    EXPECT_EQ(boardFromJsonText(test::fileText(migrated), migrated.string()), board);
}

// A format-2 text made from a format-3 one by taking the new fields out.
std::string asVersion2(const Board& board, const std::function<void(Json&)>& change = {}) {
    Json doc = Json::parse(boardToJsonText(board));
    doc["formatVersion"] = 2;
    for (Json& c : doc["board"]["combinations"])
        for (const char* key : {"cardPosition", "motives", "form", "origin", "targetGroups", "roles", "ideas",
                                "scenario", "followUp"})
            c.erase(key);
    doc["board"].erase("vote");
    if (change) change(doc);
    return doc.dump(2);
}

TEST(BoardFileV3, Version2WithVotesMigratesToAClosedVote) {
    const Board b = boardFromJsonText(asVersion2(withScenarios()), "v2.json");
    EXPECT_EQ(b.vote, (VoteSession{VoteState::Closed, {}}));
    EXPECT_EQ(b.votes.size(), 3u);
    // A combination without members goes to the middle of the diagram.
    EXPECT_EQ(b.combinations[1].cardPos, (Vec2{960, 568}));
    // A member that is gone is still reported by the reader, at its place.
    try {
        const auto gone = [](Json& d) { d["board"]["combinations"][0]["members"][0] = 77; };
        boardFromJsonText(asVersion2(withScenarios(), gone), "v2.json");
        FAIL() << "no LoadError";
    } catch (const LoadError& e) {
        EXPECT_NE(std::string(e.what()).find("/board/combinations/0/members/0"), std::string::npos) << e.what();
    }
}

// The LoadError message for the format-3 text with one change, or "(no error)".
std::string errorAfter(const std::function<void(Json&)>& change) { return test::loadErrorAfter(withScenarios(), change); }

// Changes the first combination (`c`) and expects the error at `place`.
#define EXPECT_ERROR_AT(change, place)                                    \
    do {                                                                  \
        const std::string msg = errorAfter([](Json& d) {                  \
            Json& c = d["board"]["combinations"][0];                      \
            change;                                                       \
        });                                                               \
        EXPECT_EQ(msg.rfind("kapot.json: " place ": ", 0), 0u) << msg;    \
    } while (0)

TEST(BoardFileV3, MalformedCombinationFieldsNameTheirPlace) {
    EXPECT_ERROR_AT(c.erase("cardPosition"), "/board/combinations/0/cardPosition");
    EXPECT_ERROR_AT(c["cardPosition"]["x"] = 1e6, "/board/combinations/0/cardPosition/x");
    EXPECT_ERROR_AT(c["motives"] = "clout", "/board/combinations/0/motives");
    EXPECT_ERROR_AT(c["motives"][1] = "fun", "/board/combinations/0/motives/1");
    EXPECT_ERROR_AT(c["motives"][1] = 3, "/board/combinations/0/motives/1");
    EXPECT_ERROR_AT(c["motives"][1] = "shared_challenge", "/board/combinations/0/motives/1");
    EXPECT_ERROR_AT(c["form"] = "partnership", "/board/combinations/0/form");
    EXPECT_ERROR_AT(c["origin"] = 99, "/board/combinations/0/origin");
    EXPECT_ERROR_AT(c["origin"] = c["ideas"][0], "/board/combinations/0/origin");  // an idea, not a strength
    EXPECT_ERROR_AT(c["origin"] = "weak", "/board/combinations/0/origin");
    EXPECT_ERROR_AT(c["targetGroups"][0] = std::string(101, 'x'), "/board/combinations/0/targetGroups/0");
    EXPECT_ERROR_AT(c["targetGroups"][1] = "senioren", "/board/combinations/0/targetGroups/1");
    EXPECT_ERROR_AT(c["targetGroups"] = Json(std::vector<std::string>(21, "x")), "/board/combinations/0/targetGroups");
    EXPECT_ERROR_AT(c["roles"][0]["role"] = "boss", "/board/combinations/0/roles/0/role");
    EXPECT_ERROR_AT(c["roles"][0]["role"] = "unset", "/board/combinations/0/roles/0/role");
    EXPECT_ERROR_AT(c["roles"][1]["actor"] = c["roles"][0]["actor"], "/board/combinations/0/roles/1/actor");
    EXPECT_ERROR_AT(c["members"].erase(1), "/board/combinations/0/roles/0/actor");  // its role stays behind
    EXPECT_ERROR_AT(c["roles"][0].erase("actor"), "/board/combinations/0/roles/0/actor");
    EXPECT_ERROR_AT(c["roles"][0]["actor"] = 99, "/board/combinations/0/roles/0/actor");
    EXPECT_ERROR_AT(c["ideas"][0] = 99, "/board/combinations/0/ideas/0");
    EXPECT_ERROR_AT(c["ideas"][0] = c["ideas"][1], "/board/combinations/0/ideas/1");
    EXPECT_ERROR_AT(c["scenario"] = std::string(10001, 's'), "/board/combinations/0/scenario");
    EXPECT_ERROR_AT(c["followUp"] = "ja", "/board/combinations/0/followUp");
}

TEST(BoardFileV3, AnIdeaHangsOnOneCombinationAtMost) {
    const std::string msg = errorAfter([](Json& d) {
        Json& cs = d["board"]["combinations"];
        cs[1]["ideas"].push_back(cs[0]["ideas"][1]);
    });
    EXPECT_EQ(msg.rfind("kapot.json: /board/combinations/1/ideas/0: ", 0), 0u) << msg;
}

TEST(BoardFileV3, MalformedVoteSessionNamesItsPlace) {
    auto at = [](const std::function<void(Json&)>& change) {
        return errorAfter([&](Json& d) { change(d["board"]["vote"]); });
    };
    EXPECT_EQ(errorAfter([](Json& d) { d["board"].erase("vote"); }).rfind("kapot.json: /board/vote: missing", 0), 0u);
    EXPECT_EQ(at([](Json& v) { v["state"] = "paused"; }).rfind("kapot.json: /board/vote/state: ", 0), 0u);
    EXPECT_EQ(at([](Json& v) { v["votesPerVoter"] = 0; }).rfind("kapot.json: /board/vote/votesPerVoter: ", 0), 0u);
    EXPECT_EQ(at([](Json& v) { v["votesPerVoter"] = 21; }).rfind("kapot.json: /board/vote/votesPerVoter: ", 0), 0u);
    EXPECT_EQ(at([](Json& v) { v["votesPerVoter"] = 2.5; }).rfind("kapot.json: /board/vote/votesPerVoter: ", 0), 0u);
    EXPECT_EQ(at([](Json& v) { v["capPerCombination"] = -1; }).rfind("kapot.json: /board/vote/capPerCombination: ", 0),
              0u);
    EXPECT_EQ(at([](Json& v) { v["seats"] = 13; }).rfind("kapot.json: /board/vote/seats: ", 0), 0u);
    EXPECT_EQ(at([](Json& v) { v["seats"] = 18446744073709551615u; }).rfind("kapot.json: /board/vote/seats: ", 0), 0u);
    EXPECT_EQ(at([](Json& v) { v["resultsLive"] = 1; }).rfind("kapot.json: /board/vote/resultsLive: ", 0), 0u);
    EXPECT_EQ(at([](Json& v) { v["seats"] = 12; }), "(no error)");
}

}  // namespace
}  // namespace nt
