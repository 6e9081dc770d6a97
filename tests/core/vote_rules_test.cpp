// The rules of the live vote: budget, cap, taking back, closed votes, ties,
// recounts, and which steps the undo history sees.
#include <gtest/gtest.h>

#include <map>
#include <random>

#include "board_builder.h"
#include "core/combination_edits.h"
#include "core/edits.h"
#include "core/history.h"
#include "core/vote_rules.h"

namespace nt {
namespace {

// Three combinations of two actors; the vote not started yet.
class Voting : public ::testing::Test {
protected:
    Voting() {
        const Id a = b.actor("Bibliotheek", {500, 450});
        const Id c = b.actor("CAW", {900, 560}, "caw");
        first = b.combination("Voorlezen", {a, c});
        second = b.combination("Verhalencafé", {a, c});
        third = b.combination("Buurtfeest", {a, c});
        h.reset(b.build());
    }
    void open(VoteSettings s = {}) { h.apply(openVote(h.board(), s)); }
    VoteRefusal cast(const std::string& voter, Id combination) {
        VoteOutcome out = castVote(h.board(), h.newId(), voter, combination, "2026-11-23T10:00:00Z");
        if (out) h.apply(std::move(out.command), Record::No);
        return out.refusal;
    }
    VoteRefusal retract(const std::string& voter, Id combination) {
        VoteOutcome out = retractVote(h.board(), voter, combination);
        if (out) h.apply(std::move(out.command), Record::No);
        return out.refusal;
    }

    test::BoardBuilder b;
    History h;
    Id first{}, second{}, third{};
    const std::string seat1 = seatVoter(1), seat2 = seatVoter(2);
};

TEST_F(Voting, SeatsHaveTheFilesVoterIds) {
    EXPECT_EQ(seatVoter(1), "seat-1");
    EXPECT_EQ(seatVoter(12), "seat-12");
}

TEST_F(Voting, NothingIsCastBeforeTheVoteOpens) {
    EXPECT_EQ(cast(seat1, first), VoteRefusal::NotOpen);
    EXPECT_EQ(retract(seat1, first), VoteRefusal::NotOpen);
    EXPECT_TRUE(h.board().votes.empty());
}

TEST_F(Voting, TheBudgetPerVoterHolds) {
    open({.votesPerVoter = 3});
    EXPECT_EQ(votesLeft(h.board(), seat1), 3);
    EXPECT_EQ(cast(seat1, first), VoteRefusal::None);
    EXPECT_EQ(cast(seat1, first), VoteRefusal::None);  // dots may pile up on one card
    EXPECT_EQ(cast(seat1, second), VoteRefusal::None);
    EXPECT_EQ(cast(seat1, third), VoteRefusal::NoVotesLeft);
    EXPECT_EQ(votesLeft(h.board(), seat1), 0);
    EXPECT_EQ(votesCast(h.board(), seat1), 3);
    EXPECT_EQ(cast(seat2, third), VoteRefusal::None);  // another seat has its own dots
    EXPECT_EQ(cast(seat1, 999), VoteRefusal::NoSuchCombination);
    const Vote& v = h.board().votes.front();
    EXPECT_EQ(v.voter, "seat-1");
    EXPECT_EQ(v.combination, first);
    EXPECT_EQ(v.at, "2026-11-23T10:00:00Z");
}

TEST_F(Voting, TheCapPerCombinationCountsEveryone) {
    open({.votesPerVoter = 5, .capPerCombination = 2});
    EXPECT_EQ(cast(seat1, first), VoteRefusal::None);
    EXPECT_EQ(cast(seat2, first), VoteRefusal::None);
    EXPECT_EQ(cast(seatVoter(3), first), VoteRefusal::CombinationFull);
    EXPECT_EQ(cast(seat1, second), VoteRefusal::None);
    EXPECT_EQ(votesFor(h.board(), first), 2);
}

TEST_F(Voting, TakingBackRemovesTheLatestOwnVote) {
    open();
    cast(seat1, first);
    cast(seat2, first);
    cast(seat1, second);
    cast(seat1, first);
    const Id latest = h.board().votes.back().id;
    EXPECT_EQ(retract(seat1, first), VoteRefusal::None);
    EXPECT_EQ(findById(h.board().votes, latest), nullptr);
    EXPECT_EQ(votesFor(h.board(), first), 2);
    EXPECT_EQ(retract(seat2, second), VoteRefusal::NothingToTakeBack);
    EXPECT_EQ(votesLeft(h.board(), seat1), 1);
    EXPECT_EQ(cast(seat1, third), VoteRefusal::None);  // the dot is back in the tray
}

TEST_F(Voting, AClosedVoteRefusesAndReopeningKeepsVotesAndSettings) {
    open({.votesPerVoter = 2, .capPerCombination = 1, .resultsLive = false, .seats = 4});
    cast(seat1, first);
    h.apply(closeVote(h.board()));
    EXPECT_EQ(h.board().vote.state, VoteState::Closed);
    EXPECT_EQ(cast(seat1, second), VoteRefusal::NotOpen);
    EXPECT_EQ(retract(seat1, first), VoteRefusal::NotOpen);
    EXPECT_EQ(closeVote(h.board()), nullptr);
    h.apply(reopenVote(h.board()));
    EXPECT_EQ(h.board().vote, (VoteSession{VoteState::Open, {2, 1, false, 4}}));
    EXPECT_EQ(h.board().votes.size(), 1u);
    EXPECT_EQ(cast(seat1, second), VoteRefusal::None);
    EXPECT_EQ(reopenVote(h.board()), nullptr);  // only a closed vote reopens
}

TEST_F(Voting, SettingsAreClamped) {
    open({.votesPerVoter = 0, .capPerCombination = -3, .seats = 40});
    EXPECT_EQ(h.board().vote.settings, (VoteSettings{1, 0, true, 12}));
    h.apply(openVote(h.board(), {.votesPerVoter = 99, .capPerCombination = 99, .seats = 0}));
    EXPECT_EQ(h.board().vote.settings, (VoteSettings{20, 20, true, 1}));
}

TEST_F(Voting, OpenCloseAndReopenAreUndoableFacilitatorSteps) {
    open();
    h.apply(closeVote(h.board()));
    h.apply(reopenVote(h.board()));
    ASSERT_TRUE(h.undo());
    EXPECT_EQ(h.board().vote.state, VoteState::Closed);
    ASSERT_TRUE(h.undo());
    EXPECT_EQ(h.board().vote.state, VoteState::Open);
    ASSERT_TRUE(h.undo());
    EXPECT_EQ(h.board().vote, VoteSession{});
    EXPECT_FALSE(h.canUndo());
    ASSERT_TRUE(h.redo());
    EXPECT_EQ(h.board().vote.state, VoteState::Open);
}

TEST_F(Voting, VotesNeverEnterTheUndoHistory) {
    h.apply(renameCombination(h.board(), third, "Straatfeest"));
    open();
    cast(seat1, first);
    cast(seat2, second);
    retract(seat2, second);
    ASSERT_TRUE(h.undo());  // undoes opening the vote, not a vote
    EXPECT_EQ(h.board().vote.state, VoteState::NotStarted);
    EXPECT_EQ(h.board().votes.size(), 1u);
    ASSERT_TRUE(h.undo());  // the rename before it
    EXPECT_EQ(findById(h.board().combinations, third)->name, "Buurtfeest");
    EXPECT_EQ(h.board().votes.size(), 1u);
}

TEST_F(Voting, TiesShareACompetitionRank) {
    open({.votesPerVoter = 5});
    cast(seat1, third);
    cast(seat1, third);
    cast(seat2, first);
    cast(seat2, second);
    // third 2, first 1, second 1 → ranks 1, 2, 2 (board order among equals)
    EXPECT_EQ(ranking(h.board()), (std::vector<RankedCombination>{
                                      {third, 2, 1, false}, {first, 1, 2, true}, {second, 1, 2, true}}));
    cast(seat2, first);
    cast(seat2, second);
    // third 2, first 2, second 2
    const auto r = ranking(h.board());
    for (const auto& e : r) EXPECT_EQ(e.rank, 1);
    for (const auto& e : r) EXPECT_TRUE(e.tied);
    EXPECT_EQ(r[0].combination, first);
}

TEST_F(Voting, CompetitionRanksSkipAfterATie) {
    open({.votesPerVoter = 5});
    cast(seat1, first);
    cast(seat1, first);
    cast(seat1, second);
    cast(seat1, second);
    EXPECT_EQ(ranking(h.board()), (std::vector<RankedCombination>{
                                      {first, 2, 1, true}, {second, 2, 1, true}, {third, 0, 3, false}}));
}

TEST_F(Voting, RecountFromStoredVotesEqualsLiveTotals) {
    open({.votesPerVoter = 4, .capPerCombination = 6, .seats = 8});
    std::mt19937 rng(20261123);
    const std::vector<Id> combos{first, second, third};
    std::map<Id, int> live;
    for (int step = 0; step < 400; ++step) {
        const std::string voter = seatVoter(1 + static_cast<int>(rng() % 8));
        const Id c = combos[rng() % combos.size()];
        if (rng() % 3 == 0) {
            if (retract(voter, c) == VoteRefusal::None) --live[c];
        } else {
            if (cast(voter, c) == VoteRefusal::None) ++live[c];
        }
        for (int seat = 1; seat <= 8; ++seat) ASSERT_LE(votesCast(h.board(), seatVoter(seat)), 4);
        for (Id id : combos) ASSERT_LE(votesFor(h.board(), id), 6);
    }
    for (const auto& r : ranking(h.board())) EXPECT_EQ(r.votes, live[r.combination]) << r.combination;
    // The same votes on a fresh board (as after saving and loading) rank the same.
    History recount(h.board());
    EXPECT_EQ(ranking(recount.board()), ranking(h.board()));
}

}  // namespace
}  // namespace nt
