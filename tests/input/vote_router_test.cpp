// Combinations and the live vote, driven with synthetic pointers: tapping
// partners, moving cards with their ideas, and seats placing and taking back
// dots, with the ranking checked afterwards.
#include <gtest/gtest.h>

#include "core/combination_edits.h"
#include "core/phone_session.h"
#include "core/vote_rules.h"
#include "input/hit_test.h"
#include "test_board.h"

using namespace nt;
using nt::testing::TestBoard;

namespace {

// smallBoard plus a second actor in the right bubble and two combinations.
Board boardWithCombinations() {
    Board b = nt::testing::smallBoard();
    b.actors.push_back(Actor{6, 1, "Academie", "dko", {1200, 420}, 2, Sector::Cultural, {}});
    Combination first;
    first.id = 7;
    first.name = "Voorleesuurtje";
    first.members = {3, 6};
    first.cardPos = {960, 850};
    Combination second;
    second.id = 8;
    second.name = "Muziek in het WZC";
    second.members = {4, 6};
    second.cardPos = {1300, 850};
    b.combinations = {first, second};
    b.notes.push_back(Note{9, 1, "Samen een vertelnamiddag", NoteKind::Idea, {500, 900}, 0});
    b.nextId = 10;
    return b;
}

void openTheVote(TestBoard& t, VoteSettings settings = {}) {
    t.history.apply(openVote(t.board(), settings));
}

Vec2 seatDotAt(const TestBoard& t, int seat) { return tray::seatDot(seat, t.board().vote.settings.seats, 0); }

void placeDot(TestBoard& t, std::uint64_t finger, int seat, Vec2 card) {
    const Vec2 from = seatDotAt(t, seat);
    t.drag(finger, from.x, from.y, card.x, card.y);
}

}  // namespace

TEST(CombinationInput, TappingAPartnerAsksToSelectIt) {
    TestBoard t(boardWithCombinations());
    t.tap(1, 700, 420);
    const auto requests = t.router.takeRequests();
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(requests[0].kind, RequestKind::ToggleActor);
    EXPECT_EQ(requests[0].item, 3u);
}

TEST(CombinationInput, TappingACardOpensIt) {
    TestBoard t(boardWithCombinations());
    t.tap(1, 960, 830);
    const auto requests = t.router.takeRequests();
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(requests[0].kind, RequestKind::OpenCombination);
    EXPECT_EQ(requests[0].item, 7u);
}

TEST(CombinationInput, AnIdeaDroppedOnACardHangsOnItAndTravelsWithIt) {
    TestBoard t(boardWithCombinations());
    t.drag(1, 500, 900, 960, 850);
    const Combination& c = *findById(t.board().combinations, 7);
    ASSERT_EQ(c.ideas, std::vector<Id>{9});
    const Vec2 ideaBefore = t.note(9).pos;
    t.drag(2, 900, 830, 800, 730, 20);  // the card, by its corner
    EXPECT_EQ(findById(t.board().combinations, 7)->cardPos, (Vec2{860, 750}));
    EXPECT_EQ(t.note(9).pos, (Vec2{ideaBefore.x - 100, ideaBefore.y - 100}));
    ASSERT_TRUE(t.undo());  // the card move, in one step
    EXPECT_EQ(findById(t.board().combinations, 7)->cardPos, (Vec2{960, 850}));
    EXPECT_EQ(t.note(9).pos, ideaBefore);
}

TEST(CombinationInput, AnIdeaPulledOffItsCardComesLoose) {
    TestBoard t(boardWithCombinations());
    t.drag(1, 500, 900, 960, 850);
    const Vec2 on = t.note(9).pos;
    t.drag(1, on.x, on.y, 500, 500);
    EXPECT_TRUE(findById(t.board().combinations, 7)->ideas.empty());
}

TEST(VoteInput, DotsPlacedByTwoSeatsRankTheCombinations) {
    TestBoard t(boardWithCombinations());
    openTheVote(t);
    const Vec2 first{960, 850}, second{1300, 850};
    placeDot(t, 1, 1, second);
    placeDot(t, 2, 2, second);
    placeDot(t, 3, 2, first);
    placeDot(t, 4, 3, second);
    ASSERT_EQ(t.board().votes.size(), 4u);
    EXPECT_EQ(t.board().votes[0].voter, "seat-1");
    const auto ranked = ranking(t.board());
    ASSERT_EQ(ranked.size(), 2u);
    EXPECT_EQ(ranked[0].combination, 8u);
    EXPECT_EQ(ranked[0].votes, 3);
    EXPECT_EQ(ranked[1].votes, 1);
    ASSERT_TRUE(t.undo());  // undoes opening the vote: votes are never undo steps
    EXPECT_EQ(t.board().vote.state, VoteState::NotStarted);
    EXPECT_EQ(t.board().votes.size(), 4u);
}

TEST(VoteInput, ADotDraggedOffItsCardIsTakenBack) {
    TestBoard t(boardWithCombinations());
    openTheVote(t);
    placeDot(t, 1, 2, {960, 850});
    const Combination& c = *findById(t.board().combinations, 7);
    const Vec2 dot = cardDot(c, 0);
    t.drag(1, dot.x, dot.y, 700, 700);
    EXPECT_TRUE(t.board().votes.empty());
    EXPECT_EQ(votesLeft(t.board(), "seat-2"), 3);
}

TEST(VoteInput, ADotMovedToAnotherCardMovesTheVote) {
    TestBoard t(boardWithCombinations());
    openTheVote(t);
    placeDot(t, 1, 1, {960, 850});
    const Vec2 dot = cardDot(*findById(t.board().combinations, 7), 0);
    t.drag(1, dot.x, dot.y, 1300, 850);
    ASSERT_EQ(t.board().votes.size(), 1u);
    EXPECT_EQ(t.board().votes[0].combination, 8u);
}

TEST(VoteInput, ASeatWithoutVotesLeftIsToldSo) {
    TestBoard t(boardWithCombinations());
    VoteSettings s;
    s.votesPerVoter = 1;
    openTheVote(t, s);
    placeDot(t, 1, 1, {960, 850});
    t.router.takeRequests();
    placeDot(t, 1, 1, {1300, 850});
    EXPECT_EQ(t.board().votes.size(), 1u);
    const auto requests = t.router.takeRequests();
    ASSERT_FALSE(requests.empty());
    EXPECT_EQ(requests[0].kind, RequestKind::VoteRefused);
    EXPECT_EQ(requests[0].detail, static_cast<int>(VoteRefusal::NoVotesLeft));
}

TEST(VoteInput, TheCapPerCombinationHolds) {
    TestBoard t(boardWithCombinations());
    VoteSettings s;
    s.capPerCombination = 2;
    openTheVote(t, s);
    for (int seat = 1; seat <= 3; ++seat) placeDot(t, 1, seat, {960, 850});
    EXPECT_EQ(votesFor(t.board(), 7), 2);
}

TEST(VoteInput, NoDotsMoveWhenTheVoteIsClosed) {
    TestBoard t(boardWithCombinations());
    openTheVote(t);
    placeDot(t, 1, 1, {960, 850});
    t.history.apply(closeVote(t.board()));
    const Vec2 dot = cardDot(*findById(t.board().combinations, 7), 0);
    t.drag(1, dot.x, dot.y, 700, 700);
    EXPECT_EQ(t.board().votes.size(), 1u);
}

TEST(VoteInput, WithTheScoreHiddenAUsedDotFetchesTheVoteBackFromACard) {
    TestBoard t(boardWithCombinations());
    VoteSettings s;
    s.resultsLive = false;
    openTheVote(t, s);
    placeDot(t, 1, 2, {960, 850});
    placeDot(t, 1, 2, {1300, 850});
    ASSERT_EQ(votesLeft(t.board(), "seat-2"), 1);
    // Cards show no dots now; the seat's hollow (used) dot is the handle.
    const Vec2 used = tray::seatDot(2, s.seats, 2);
    t.drag(1, used.x, used.y, 960, 850);
    ASSERT_EQ(t.board().votes.size(), 1u);
    EXPECT_EQ(t.board().votes[0].combination, 8u);
    EXPECT_EQ(votesLeft(t.board(), "seat-2"), 2);
}

TEST(VoteInput, FetchingBackFromACardWithoutThisSeatsVoteIsRefused) {
    TestBoard t(boardWithCombinations());
    VoteSettings s;
    s.resultsLive = false;
    openTheVote(t, s);
    placeDot(t, 1, 2, {960, 850});
    t.router.takeRequests();
    const Vec2 used = tray::seatDot(2, s.seats, 2);
    t.drag(1, used.x, used.y, 1300, 850);
    EXPECT_EQ(t.board().votes.size(), 1u);
    const auto requests = t.router.takeRequests();
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(requests[0].detail, static_cast<int>(VoteRefusal::NothingToTakeBack));
}

namespace {

// Combination 7 with `phones` votes from phones and `perSeat` from seats 2 and 5.
Board boardWithManyVotes(int phones, int perSeat) {
    Board b = boardWithCombinations();
    Id id = 100;
    for (int i = 0; i < phones; ++i) b.votes.push_back(Vote{id++, 1, 7, deviceVoter(i + 1), "2026-11-24T10:00:00+01:00"});
    for (int seat : {5, 2})
        for (int i = 0; i < perSeat; ++i) b.votes.push_back(Vote{id++, 1, 7, seatVoter(seat), "2026-11-24T10:00:00+01:00"});
    b.nextId = id;
    return b;
}

}  // namespace

TEST(VoteCard, AFewVotesAreADotEach) {
    Board b = boardWithManyVotes(2, 1);
    const auto dots = cardDots(b, b.combinations[0]);
    ASSERT_EQ(dots.size(), 4u);
    for (const CardDotShown& d : dots) EXPECT_EQ(d.count, 1);
    EXPECT_EQ(dots[2].seat, 5);  // in the order they were cast
    EXPECT_EQ(dots[0].seat, 0);  // a phone's
}

// 97 votes on one card: one dot per seat and one for the phones, each with
// its count, all inside the card.
TEST(VoteCard, ManyVotesAreOneDotPerSeatAndOneForThePhones) {
    Board b = boardWithManyVotes(91, 3);
    const Combination& c = b.combinations[0];
    const auto dots = cardDots(b, c);
    ASSERT_EQ(dots.size(), 3u);
    EXPECT_EQ(dots[0].seat, 2);
    EXPECT_EQ(dots[0].count, 3);
    EXPECT_EQ(dots[1].seat, 5);
    EXPECT_EQ(dots[2].seat, 0);
    EXPECT_EQ(dots[2].count, 91);
    const layout::Rect card = layout::cardRect(c.cardPos);
    for (const CardDotShown& d : dots) {
        EXPECT_GE(d.pos.x - layout::kVoteDotRadius, card.x0);
        EXPECT_LE(d.pos.x + layout::kVoteDotRadius, card.x1 - 40);  // the count's corner stays free
        EXPECT_LE(d.pos.y + layout::kVoteDotRadius, card.y1);
    }
}

// Every seat's dot stays in a single row on the card, even with all twelve seats voting.
TEST(VoteCard, TwelveSeatsAndPhonesStayOnTheCard) {
    Board b = boardWithCombinations();
    Id id = 100;
    for (int seat = 1; seat <= kMaxSeats; ++seat)
        b.votes.push_back(Vote{id++, 1, 7, seatVoter(seat), "2026-11-24T10:00:00+01:00"});
    b.votes.push_back(Vote{id++, 1, 7, deviceVoter(1), "2026-11-24T10:00:00+01:00"});
    const Combination& c = b.combinations[0];
    const layout::Rect card = layout::cardRect(c.cardPos);
    for (const CardDotShown& d : cardDots(b, c)) EXPECT_TRUE(card.contains(d.pos)) << d.seat;
}

// A seat picks up its grouped dot and drags it off: one of its votes goes back.
TEST(VoteCard, ASeatTakesOneVoteBackFromItsGroupedDot) {
    TestBoard t(boardWithManyVotes(40, 3));
    VoteSettings s;
    s.votesPerVoter = 3;
    openTheVote(t, s);
    // Opening the vote keeps the votes already cast in the board we built.
    ASSERT_EQ(votesFor(t.board(), 7), 46);
    const auto dots = cardDots(t.board(), t.board().combinations[0]);
    const Hit hit = hitTest(t.board(), dots[1].pos);
    EXPECT_EQ(hit.kind, HitKind::CardDot);
    EXPECT_EQ(hit.seat, 5);
    t.drag(1, dots[1].pos.x, dots[1].pos.y, 700, 700);
    EXPECT_EQ(votesFor(t.board(), 7), 45);
    EXPECT_EQ(votesLeft(t.board(), seatVoter(5)), 1);
    EXPECT_EQ(votesLeft(t.board(), seatVoter(2)), 0);
}
