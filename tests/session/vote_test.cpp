// A vote from the seats around the table and from phones at once, through
// the session, with a queue of the test's own in the web server's place:
// every vote counted once, each voter's budget kept, what phones see
// published after each change, and a phone taken out of the workshop.
#include <gtest/gtest.h>


#include "core/layout.h"
#include "core/vote_rules.h"
#include "phones_of_test.h"
#include "running_workshop.h"

using namespace nt;
using nt::testing::PhonesOfTest;
using nt::testing::RunningWorkshop;

namespace {

class VoteAtTheTable : public RunningWorkshop {
protected:
    void SetUp() override {
        auto queue = std::make_unique<PhonesOfTest>();
        phones = queue.get();
        session.setWallClock([] { return std::string("2026-12-07T10:15:00+01:00"); });
        session.connectPhones(std::move(queue));
        drag(1, {700, 420}, {1200, 420});  // the library to Wachtebeke: a combination across bubbles
        ask(request::NewCombination{{3, 4}});
        ASSERT_EQ(session.board().combinations.size(), 1u);
        combination = session.board().combinations.front().id;
        VoteSettings settings;
        settings.votesPerVoter = 2;
        settings.seats = 4;
        std::vector<CommandPtr> open;
        open.push_back(openVote(session.board(), settings));
        ask(request::Apply{std::move(open)});
        serve();
    }

    // A phone's vote (or its taking back), answered in the next frame.
    std::future<PhoneReply> phoneVote(int device, bool cast = true) { return phones->vote(device, combination, cast); }
    bool serve() { return session.servePhones(tr, Lang::Nl, now); }
    // A seat's dot from its tray onto the combination's card.
    void seatVote(std::uint64_t finger, int seat, int slot) {
        const Vec2 card = session.board().combinations.front().cardPos;
        drag(finger, tray::seatDot(seat, 4, slot), card);
    }
    int tally() const { return votesFor(session.board(), combination); }

    PhonesOfTest* phones = nullptr;
    Translations tr;
    Id combination = kNoId;
};

}  // namespace

TEST_F(VoteAtTheTable, SeatsAndPhonesVoteTogetherEachWithinItsBudgetAndPhonesSeeTheCount) {
    seatVote(1, 1, 0);
    std::future<PhoneReply> first = phoneVote(1);
    std::future<PhoneReply> second = phoneVote(1);
    std::future<PhoneReply> third = phoneVote(1);  // over its budget of two
    std::future<PhoneReply> other = phoneVote(2);
    EXPECT_TRUE(serve());
    seatVote(2, 1, 0);  // the seat's next full dot is the leftmost again
    seatVote(3, 2, 0);

    EXPECT_EQ(first.get().status, 200);
    EXPECT_EQ(second.get().status, 200);
    EXPECT_NE(third.get().status, 200);
    EXPECT_EQ(other.get().status, 200);
    EXPECT_EQ(tally(), 2 + 1 + 2 + 1);  // seat 1, seat 2, phone 1, phone 2
    EXPECT_EQ(votesCast(session.board(), seatVoter(1)), 2);
    EXPECT_EQ(votesCast(session.board(), seatVoter(2)), 1);
    EXPECT_EQ(votesCast(session.board(), "device-1"), 2);
    for (const Vote& v : session.board().votes) EXPECT_EQ(v.at, "2026-12-07T10:15:00+01:00") << v.voter;

    // What phones read: published after the seats' votes too, with each phone's own votes.
    serve();
    ASSERT_FALSE(phones->published.empty());
    const PhoneSnapshot& seen = phones->published.back();
    EXPECT_EQ(seen.votesByVoter.at("device-1"), (std::vector<Id>{combination, combination}));
    EXPECT_EQ(seen.votesByVoter.at("device-2"), (std::vector<Id>{combination}));
    EXPECT_NE(seen.shared.find("\"votes\":6"), std::string::npos) << seen.shared;

    // A phone takes one back; its budget has room again.
    std::future<PhoneReply> back = phoneVote(1, false);
    serve();
    EXPECT_EQ(back.get().status, 200);
    EXPECT_EQ(tally(), 5);
    EXPECT_EQ(votesLeft(session.board(), "device-1"), 1);
    // A seat carries a used (hollow) dot to the card: its vote comes back.
    seatVote(4, 1, 1);
    EXPECT_EQ(tally(), 4);
    EXPECT_EQ(votesLeft(session.board(), seatVoter(1)), 1);
    serve();
    EXPECT_NE(phones->published.back().shared.find("\"votes\":4"), std::string::npos);
}

TEST_F(VoteAtTheTable, APhoneTakenOutOfTheWorkshopLosesItsVotesAsOneStepTheFacilitatorCanUndo) {
    std::future<PhoneReply> a = phoneVote(1);
    std::future<PhoneReply> b = phoneVote(2);
    std::future<PhoneReply> c = phoneVote(2);
    serve();
    seatVote(1, 3, 0);
    EXPECT_EQ(tally(), 4);

    ask(request::RemovePhone{2});
    EXPECT_EQ(phones->removed, (std::set<int>{2}));
    EXPECT_EQ(tally(), 2);
    EXPECT_EQ(votesCast(session.board(), "device-2"), 0);
    ask(request::Undo{});
    EXPECT_EQ(tally(), 4);

    ask(request::PhoneJoining{false});
    EXPECT_FALSE(phones->joinIsOpen);
    serve();
    EXPECT_FALSE(session.phoneStatus()->joinOpen);
}

TEST_F(VoteAtTheTable, ConnectedPhonesKeepTheLoopComingBackToCountThem) {
    const std::optional<double> due = session.nextDeadline(now);
    ASSERT_TRUE(due.has_value());
    EXPECT_LE(*due, now + 5);
}
