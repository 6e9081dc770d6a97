// The room's vote without a broker: the plenary's board taking in the
// tables' combinations, a table's ballot counted through the vote's rules
// (and counted again without doubling), the messages, and the board file.
#include <gtest/gtest.h>

#include "core/board_file.h"
#include "core/history.h"
#include "core/json_reader.h"
#include "core/room_vote.h"
#include "core/vote_rules.h"

using namespace nt;
using namespace nt::room;

namespace {

using Gathered = std::map<std::string, std::vector<GatheredCombination>>;

Gathered twoTables() {
    return {{"Tafel-A", {{5, "Leesclub", {"Bibliotheek", "WZC Ter Linde"}, "Elke maand"}}},
            {"Tafel-B", {{8, "Verhalen", {"Heemkring"}, ""}, {9, "Wandelen", {"Natuurpunt", "OCMW"}, ""}}}};
}

// A plenary that took in two tables' combinations and opened its vote.
struct Plenary {
    History history{Board{}};
    Plenary(VoteSettings settings = {}) {
        history.apply(mirrorGathered(history.board(), twoTables(), [&] { return history.newId(); }), Record::No);
        history.apply(openVote(history.board(), settings));
    }
    Id idOf(const CandidateKey& key) const {
        for (const Combination& c : history.board().combinations)
            if (c.fromTable.table == key.table && c.fromTable.id == key.id) return c.id;
        return kNoId;
    }
    Counted count(const std::string& table, const Ballot& ballot) {
        BallotCounting c{&history.board(), [&](CommandPtr cmd) { history.apply(std::move(cmd), Record::No); },
                         "2026-12-07T15:00:00+01:00"};
        return countBallot(std::move(c), table, ballot);
    }
    int tally(const CandidateKey& key) const { return votesFor(history.board(), idOf(key)); }
};

const CandidateKey leesclub{"Tafel-A", 5}, verhalen{"Tafel-B", 8}, wandelen{"Tafel-B", 9};

}  // namespace

TEST(RoomVoteRules, TheTablesCombinationsBecomeCardsOfThePlenaryEachInItsOwnPlace) {
    Plenary p;
    const Board& b = p.history.board();
    ASSERT_EQ(b.combinations.size(), 3u);
    const Combination& c = *findById(b.combinations, p.idOf(leesclub));
    EXPECT_EQ(c.name, "Leesclub");
    EXPECT_EQ(c.scenario, "Elke maand");
    EXPECT_EQ(c.fromTable.partners, (std::vector<std::string>{"Bibliotheek", "WZC Ter Linde"}));
    for (size_t i = 0; i < b.combinations.size(); ++i)
        for (size_t k = i + 1; k < b.combinations.size(); ++k)
            EXPECT_FALSE(b.combinations[i].cardPos == b.combinations[k].cardPos);
    // Nothing new: nothing to do.
    EXPECT_EQ(mirrorGathered(b, twoTables(), [] { return Id{999}; }), nullptr);
}

TEST(RoomVoteRules, ARenamedCombinationFollowsAndOneTakenBackGoesUnlessSomeoneVotedForIt) {
    Plenary p;
    Gathered g = twoTables();
    g["Tafel-A"][0].name = "Leesclub op dinsdag";
    g["Tafel-B"].clear();  // both taken back
    const Id kept = p.idOf(verhalen);
    p.history.apply(castVote(p.history.board(), p.history.newId(), "device-1", kept, "t").command, Record::No);
    p.history.apply(mirrorGathered(p.history.board(), g, [&] { return p.history.newId(); }), Record::No);
    const Board& b = p.history.board();
    EXPECT_EQ(findById(b.combinations, p.idOf(leesclub))->name, "Leesclub op dinsdag");
    EXPECT_NE(findById(b.combinations, kept), nullptr) << "a vote stands on it";
    EXPECT_EQ(p.idOf(wandelen), kNoId);
}

TEST(RoomVoteRules, ABallotCountsWithinTheBudgetAndCountingItAgainChangesNothing) {
    VoteSettings settings;
    settings.votesPerVoter = 2;
    Plenary p(settings);
    Ballot ballot{1, {{1, 1, leesclub}, {2, 1, leesclub}, {3, 1, verhalen}, {4, 2, verhalen}, {5, 1, {"Tafel-Z", 1}}}};
    const Counted counted = p.count("Tafel-A", ballot);
    EXPECT_EQ(p.tally(leesclub), 2);
    EXPECT_EQ(p.tally(verhalen), 1);  // seat 1's third dot does not count; seat 2's does
    ASSERT_EQ(counted.votes.size(), 3u);
    EXPECT_EQ(counted.votes[0].id, 1u);
    EXPECT_EQ(counted.votes[1].id, 2u);
    EXPECT_EQ(counted.votes[2].id, 4u);
    EXPECT_EQ(counted.seq, 1u);
    const Board before = p.history.board();
    EXPECT_EQ(p.count("Tafel-A", ballot), counted);  // the same message again, after a reconnect
    EXPECT_EQ(p.history.board(), before) << "not even an id taken";
    // A dot taken back at the table comes off the board, once.
    ballot.votes.erase(ballot.votes.begin());
    ballot.seq = 2;
    p.count("Tafel-A", ballot);
    p.count("Tafel-A", ballot);
    EXPECT_EQ(p.tally(leesclub), 1);
    EXPECT_EQ(p.tally(verhalen), 2) << "seat 1's dot for Verhalen now fits its budget";
    EXPECT_EQ(votesCast(p.history.board(), tableSeatVoter("Tafel-A", 1)), 2);
}

TEST(RoomVoteRules, TheCapHoldsAcrossTablesAndAClosedVoteCountsNothingNew) {
    VoteSettings settings;
    settings.capPerCombination = 2;
    Plenary p(settings);
    p.count("Tafel-A", {1, {{1, 1, wandelen}, {2, 2, wandelen}}});
    const Counted late = p.count("Tafel-B", {1, {{1, 1, wandelen}}});
    EXPECT_EQ(p.tally(wandelen), 2);
    EXPECT_TRUE(late.votes.empty()) << "the table hears that its dot did not count";
    p.history.apply(closeVote(p.history.board()));
    const Counted closed = p.count("Tafel-B", {2, {{1, 1, leesclub}}});
    EXPECT_TRUE(closed.votes.empty());
    EXPECT_EQ(p.tally(leesclub), 0);
    // Closed: a table's ballot that shrank (a take-back while it was offline)
    // does not take votes off the result, and the table hears they still count.
    const Counted stands = p.count("Tafel-A", {2, {}});
    ASSERT_EQ(stands.votes.size(), 2u);
    EXPECT_EQ(stands.votes[0].candidate, wandelen);
    EXPECT_EQ(p.tally(wandelen), 2);
}

TEST(RoomVoteRules, ASeatAtTheTableKeepsToTheRulesTheTableKnows) {
    RoomVote vote;
    vote.state = VoteState::Open;
    vote.votesPerVoter = 2;
    vote.capPerCombination = 3;
    vote.candidates = {{leesclub, "Leesclub", {}, 3, 0}, {verhalen, "Verhalen", {}, 0, 0}};
    Ballot ballot;
    EXPECT_EQ(castOnBallot(ballot, vote, 1, leesclub, 1), BallotRefusal::CandidateFull);
    EXPECT_EQ(castOnBallot(ballot, vote, 1, wandelen, 1), BallotRefusal::NoSuchCandidate);
    EXPECT_EQ(castOnBallot(ballot, vote, 1, verhalen, 1), BallotRefusal::None);
    EXPECT_EQ(castOnBallot(ballot, vote, 1, verhalen, 2), BallotRefusal::None);
    EXPECT_EQ(castOnBallot(ballot, vote, 1, verhalen, 3), BallotRefusal::NoVotesLeft);
    EXPECT_EQ(castOnBallot(ballot, vote, 2, verhalen, 3), BallotRefusal::None);
    EXPECT_EQ(ballot.seq, 3u);
    EXPECT_EQ(retractOnBallot(ballot, vote, 2, leesclub), BallotRefusal::NothingToTakeBack);
    EXPECT_EQ(retractOnBallot(ballot, vote, 1, verhalen), BallotRefusal::None);
    EXPECT_EQ(ballotVotesOf(ballot, 1), 1);
    EXPECT_EQ(ballot.votes.front().id, 1u) << "the latest is taken back";
    vote.state = VoteState::Closed;
    EXPECT_EQ(castOnBallot(ballot, vote, 2, verhalen, 4), BallotRefusal::NotOpen);
}

TEST(RoomVoteRules, TheVoteBallotsAndCountsGoThereAndBackAndAnythingElseIsRefused) {
    VoteSettings settings;
    settings.resultsLive = false;
    Plenary p(settings);
    p.count("Tafel-A", {1, {{1, 1, leesclub}}});
    RoomVote vote = roomVoteOf(p.history.board());
    EXPECT_EQ(vote.candidates.size(), 3u);
    EXPECT_EQ(vote.candidates[0].votes, -1) << "hidden until the vote closes";
    std::string why;
    EXPECT_EQ(decodeRoomVote(encodeRoomVote(vote), why), vote);
    p.history.apply(closeVote(p.history.board()));
    vote = roomVoteOf(p.history.board());
    EXPECT_EQ(vote.candidates[0].votes, 1);
    EXPECT_EQ(vote.candidates[0].rank, 1);
    EXPECT_EQ(vote.candidates[1].rank, 2);
    const std::vector<RoomResultLine> result = resultOf(vote);
    ASSERT_EQ(result.size(), 3u);
    EXPECT_EQ(result[0], (RoomResultLine{"Tafel-A", "Leesclub", 1, 1}));

    const Ballot ballot{7, {{1, 3, leesclub}, {2, 3, {"", 12}}}};
    EXPECT_EQ(decodeBallot(encodeBallot(ballot), why), ballot);
    const Counted counted{7, {{1, 3, leesclub}}};
    EXPECT_EQ(decodeCounted(encodeCounted(counted), why), counted);
    for (const char* bad : {R"({"seq":1,"votes":[{"id":1,"seat":13,"candidate":{"table":"A","id":1}}]})",
                            R"({"seq":1,"votes":[{"id":1,"seat":1,"candidate":{"table":"a/b","id":1}}]})",
                            R"({"seq":-1,"votes":[]})", R"({"seq":1,"votes":{}})", "[]", "{"}) {
        EXPECT_FALSE(decodeBallot(bad, why)) << bad;
        EXPECT_FALSE(why.empty());
    }
    Ballot huge{1, {}};
    for (Id i = 1; i <= kMaxBallotVotes + 1; ++i) huge.votes.push_back({i, 1, leesclub});
    EXPECT_FALSE(decodeBallot(encodeBallot(huge), why));
    EXPECT_FALSE(decodeRoomVote(R"({"state":"open","votesPerVoter":0,"capPerCombination":0,"candidates":[]})", why));
}

TEST(RoomVoteRules, TheRoomsVoteStaysWithinOneMessageWhateverTheNames) {
    Board b;
    b.vote.state = VoteState::Open;
    for (Id i = 1; i <= kMaxCandidates + 10; ++i) {
        Combination c;
        c.id = i;
        c.name = std::string(kMaxGatheredName, '"');  // grows sixfold as JSON
        c.fromTable = {"Tafel-A", i, std::vector<std::string>(kMaxGatheredPartners, std::string(200, '\\'))};
        b.combinations.push_back(std::move(c));
    }
    const RoomVote vote = roomVoteOf(b);
    EXPECT_LE(encodeRoomVote(vote).size(), kMaxMessageBytes);
    EXPECT_GT(vote.candidates.size(), 10u);
}

TEST(RoomVoteRules, ThePlenarysCardsAndATablesResultAreSavedAndOlderFilesHaveNone) {
    Plenary p;
    Board b = p.history.board();
    b.roomResult = {{"Tafel-A", "Leesclub", 4, 1}, {"", "Eigen", 0, 2}};
    EXPECT_EQ(boardFromJsonText(boardToJsonText(b), "t.json"), b);
    // A table's combination holds its partners by name, never by id.
    Json doc = Json::parse(boardToJsonText(b));
    doc["board"]["combinations"][0]["members"] = Json::array({1});
    EXPECT_THROW(boardFromJsonText(doc.dump(), "t.json"), LoadError);
    // A format-6 file: no table's combinations, no result.
    Json v6 = Json::parse(boardToJsonText(Board{}));
    v6["formatVersion"] = 6;
    v6["board"].erase("roomResult");
    const Board old = boardFromJsonText(v6.dump(), "old.json");
    EXPECT_TRUE(old.roomResult.empty());
}
