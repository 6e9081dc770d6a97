// The room's vote on a real broker: the tables' gathered combinations on
// the plenary's board, seats of two tables and the plenary's phones voting
// together, every vote counted exactly once through a broker killed and
// started again and a table that restarts, and the result in every table's
// report.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>
#include <thread>

#include "core/combination_edits.h"
#include "core/report.h"
#include "core/room_vote.h"
#include "core/vote_rules.h"
#include "net/room_link.h"
#include "phones_of_test.h"
#include "frames_until.h"
#include "room_broker.h"
#include "session/session.h"
#include "test_board.h"

using namespace nt;
using nt::testing::PhonesOfTest;
using nt::testing::RoomBroker;

namespace {

double unixNow() {
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}

struct Machine {
    Machine(const RoomBroker& broker, const std::string& table) : session(nt::testing::smallBoard(), SessionFile{}, 0) {
        session.setWallClock([] { return std::string("2026-12-07T14:30:00+01:00"); });
        session.joinRoom(std::make_unique<RoomLink>(RoomAddress{"127.0.0.1", broker.port(), "4711"},
                                                    RoomIdentity{table.empty(), table}, nullptr),
                         table);
    }
    void frame() {
        session.serveRoom(unixNow());
        if (phones) session.servePhones(tr, Lang::Nl, unixNow());
        for (SessionEvent& e : session.takeEvents()) events.push_back(std::move(e));
    }
    bool said(const std::string& key) const {
        for (const SessionEvent& e : events)
            if (e.key == key) return true;
        return false;
    }
    const RoomMember& room() const { return *session.room(); }
    // A combination of the small board's two partners, sent to the plenary.
    void gather(const std::string& name) {
        session.request(request::NewCombination{{3, 4}}, unixNow());
        const Combination& c = session.board().combinations.back();
        std::vector<CommandPtr> edits;
        edits.push_back(renameCombination(session.board(), c.id, name));
        edits.push_back(setToPlenary(session.board(), c.id, true));
        session.request(request::Apply{std::move(edits)}, unixNow());
    }
    Id combination(const std::string& name) const {
        for (const Combination& c : session.board().combinations)
            if (c.name == name) return c.id;
        return kNoId;
    }
    void vote(int seat, const room::CandidateKey& key, bool cast = true) {
        session.request(request::RoomVote{seat, key.table, key.id, cast}, unixNow());
    }

    Session session;
    Translations tr;
    PhonesOfTest* phones = nullptr;
    std::vector<SessionEvent> events;
};

class RoomVote : public ::testing::Test {
protected:
    std::unique_ptr<Machine> join(const std::string& table) {
        auto m = std::make_unique<Machine>(broker, table);
        machines.push_back(m.get());
        return m;
    }
    void forget(const Machine* m) { std::erase(machines, m); }
    // Frames on every machine until `done`; false when it never came.
    bool until(const std::function<bool()>& done) { return nt::testing::framesUntil(machines, done); }
    static bool online(const Machine& m) { return m.room().state() == RoomLinkState::Online; }

    // The plenary with phones, two tables that each gathered one
    // combination, and the plenary's vote open with two dots a voter.
    void SetUp() override {
        plenary = join("");
        auto queue = std::make_unique<PhonesOfTest>();
        plenary->phones = queue.get();
        plenary->session.connectPhones(std::move(queue));
        a = join("Tafel-A");
        b = join("Tafel-B");
        ASSERT_TRUE(until([&] { return online(*plenary) && online(*a) && online(*b); }));
        a->gather("Leesclub in het woonzorgcentrum");
        b->gather("Verhalen van vroeger");
        ASSERT_TRUE(until([&] { return plenary->session.board().combinations.size() == 2; }));
        VoteSettings settings;
        settings.votesPerVoter = 2;
        std::vector<CommandPtr> open;
        open.push_back(openVote(plenary->session.board(), settings));
        plenary->session.request(request::Apply{std::move(open)}, unixNow());
        ASSERT_TRUE(until([&] {
            return a->room().roomVote() && a->room().roomVote()->state == VoteState::Open && a->room().ballotKnown() &&
                   b->room().roomVote() && b->room().roomVote()->state == VoteState::Open && b->room().ballotKnown() &&
                   a->room().roomVote()->candidates.size() == 2 && b->room().roomVote()->candidates.size() == 2;
        }));
        fromA = {"Tafel-A", a->combination("Leesclub in het woonzorgcentrum")};
        fromB = {"Tafel-B", b->combination("Verhalen van vroeger")};
    }
    // A candidate of the room's vote as a table sees it; null when it does not.
    static const room::VoteCandidate* seenBy(const Machine& m, const room::CandidateKey& key) {
        if (!m.room().roomVote()) return nullptr;
        for (const auto& c : m.room().roomVote()->candidates)
            if (c.key == key) return &c;
        return nullptr;
    }
    // The plenary's own id of a table's combination.
    Id onPlenary(const room::CandidateKey& key) const {
        for (const Combination& c : plenary->session.board().combinations)
            if (c.fromTable.table == key.table && c.fromTable.id == key.id) return c.id;
        return kNoId;
    }
    int tally(const room::CandidateKey& key) const { return votesFor(plenary->session.board(), onPlenary(key)); }

    RoomBroker broker{"4711"};
    std::vector<Machine*> machines;
    std::unique_ptr<Machine> plenary, a, b;
    room::CandidateKey fromA, fromB;
};

}  // namespace

TEST_F(RoomVote, TheTablesCombinationsStandOnThePlenarysBoardWithTheirTableAndPartners) {
    const Combination& c = *findById(plenary->session.board().combinations, onPlenary(fromA));
    EXPECT_EQ(c.name, "Leesclub in het woonzorgcentrum");
    EXPECT_EQ(c.fromTable.partners, (std::vector<std::string>{"Bibliotheek", "WZC Ter Linde"}));
    EXPECT_TRUE(c.members.empty());
    // They are no undo step of the plenary's: its undo takes back the opening of the vote, nothing more.
    plenary->session.request(request::Undo{}, unixNow());
    EXPECT_EQ(plenary->session.board().vote.state, VoteState::NotStarted);
    EXPECT_EQ(plenary->session.board().combinations.size(), 2u);
    EXPECT_FALSE(plenary->session.history().canUndo());
    // Every table sees both, named with the table that sent them (in the
    // order the plenary heard of them, which the broker does not fix).
    const room::RoomVote& seen = *b->room().roomVote();
    ASSERT_EQ(seen.candidates.size(), 2u);
    EXPECT_TRUE(seenBy(*b, fromA) && seenBy(*b, fromB));
    EXPECT_EQ(seen.votesPerVoter, 2);
    // The table renames its combination: the plenary follows.
    std::vector<CommandPtr> rename;
    rename.push_back(renameCombination(a->session.board(), fromA.id, "Leesclub"));
    a->session.request(request::Apply{std::move(rename)}, unixNow());
    ASSERT_TRUE(until([&] { return findById(plenary->session.board().combinations, onPlenary(fromA))->name == "Leesclub"; }));
}

TEST_F(RoomVote, SeatsOfTwoTablesAndThePlenarysPhonesVoteTogetherWithinTheirBudgets) {
    a->vote(1, fromB);
    a->vote(1, fromB);
    a->vote(1, fromA);  // seat 1 of table A has given both its dots
    a->vote(2, fromA);
    b->vote(1, fromA);
    auto phone = plenary->phones->vote(7, onPlenary(fromA));
    ASSERT_TRUE(until([&] { return tally(fromA) == 3 && tally(fromB) == 2; }));
    EXPECT_EQ(phone.get().status, 200);
    EXPECT_TRUE(a->said("room.vote.noVotesLeft"));
    EXPECT_EQ(votesCast(plenary->session.board(), room::tableSeatVoter("Tafel-A", 1)), 2);
    EXPECT_EQ(votesCast(plenary->session.board(), "device-7"), 1);
    // What counted comes back to the table, and the plenary shows counts live.
    ASSERT_TRUE(until([&] { return seenBy(*a, fromA) && seenBy(*a, fromA)->votes == 3; }));
    EXPECT_EQ(a->room().ballot().votes.size(), 3u);
    EXPECT_EQ(plenary->room().counted().at("Tafel-A").votes.size(), 3u);

    a->vote(1, fromB, false);  // taken back
    ASSERT_TRUE(until([&] { return tally(fromB) == 1; }));
    EXPECT_EQ(tally(fromA), 3);
    a->vote(1, fromA);  // the freed dot goes elsewhere
    ASSERT_TRUE(until([&] { return tally(fromA) == 4; }));
}

TEST_F(RoomVote, ABrokerKilledDuringTheVoteLosesAndDoublesNothing) {
    a->vote(1, fromA);
    b->vote(1, fromA);
    b->vote(2, fromB);
    ASSERT_TRUE(until([&] { return tally(fromA) == 2 && tally(fromB) == 1; }));
    broker.kill();
    ASSERT_TRUE(until([&] { return a->said("room.offline") && b->said("room.offline"); }));
    a->vote(1, fromB);        // cast while the room is away
    b->vote(2, fromB, false);  // and one taken back
    broker.start();
    ASSERT_TRUE(until([&] { return online(*plenary) && online(*a) && online(*b); }));
    ASSERT_TRUE(until([&] { return tally(fromA) == 2 && tally(fromB) == 1; }));
    // Let every message settle: nothing counted twice, nothing lost.
    for (int i = 0; i < 100; ++i) until([] { return true; });
    EXPECT_EQ(tally(fromA), 2);
    EXPECT_EQ(tally(fromB), 1);
    EXPECT_EQ(plenary->session.board().votes.size(), 3u);
}

TEST_F(RoomVote, ATableStartedAgainDuringTheVoteHasItsSeatsVotesBack) {
    a->vote(1, fromA);
    a->vote(2, fromB);
    ASSERT_TRUE(until([&] { return tally(fromA) == 1 && tally(fromB) == 1; }));
    forget(a.get());
    a.reset();  // the table's app goes
    auto again = join("Tafel-A");
    ASSERT_TRUE(until([&] { return again->room().ballotKnown() && again->room().ballot().votes.size() == 2; }));
    again->vote(1, fromB);
    ASSERT_TRUE(until([&] { return tally(fromB) == 2; }));
    for (int i = 0; i < 50; ++i) until([] { return true; });
    EXPECT_EQ(tally(fromA), 1);
    EXPECT_EQ(tally(fromB), 2);
}

TEST_F(RoomVote, ATableCannotVoteForAnotherAndAnOverfullBallotCountsOnlyWhatTheRulesAllow) {
    RoomLink rogue(RoomAddress{"127.0.0.1", broker.port(), "4711"}, RoomIdentity{false, "Rogue"}, nullptr);
    ASSERT_TRUE(until([&] { return rogue.state() == RoomLinkState::Online; }));
    room::Ballot forged;
    forged.seq = 99;
    for (Id i = 1; i <= 10; ++i) forged.votes.push_back({i, 1, fromA});
    rogue.publish(room::ballotTopic("Tafel-B"), room::encodeBallot(forged), true);  // another table's: the broker says no
    rogue.publish(room::ballotTopic("Rogue"), room::encodeBallot(forged), true);    // its own, far over budget
    ASSERT_TRUE(until([&] { return plenary->room().counted().count("Rogue") && tally(fromA) == 2; }));
    for (int i = 0; i < 50; ++i) until([] { return true; });
    EXPECT_EQ(tally(fromA), 2);  // Rogue's seat 1: two dots, not ten; Tafel-B's ballot untouched
    EXPECT_EQ(votesCast(plenary->session.board(), room::tableSeatVoter("Tafel-B", 1)), 0);
}

TEST_F(RoomVote, TheClosedVoteGoesBackToEveryTableAndIntoItsReport) {
    a->vote(1, fromB);
    a->vote(2, fromB);
    b->vote(1, fromA);
    ASSERT_TRUE(until([&] { return tally(fromB) == 2 && tally(fromA) == 1; }));
    std::vector<CommandPtr> close;
    close.push_back(closeVote(plenary->session.board()));
    plenary->session.request(request::Apply{std::move(close)}, unixNow());
    ASSERT_TRUE(until([&] { return a->session.board().roomResult.size() == 2 && b->session.board().roomResult.size() == 2; }));
    const std::vector<RoomResultLine>& result = a->session.board().roomResult;
    EXPECT_EQ(result[0], (RoomResultLine{"Tafel-B", "Verhalen van vroeger", 2, 1}));
    EXPECT_EQ(result[1], (RoomResultLine{"Tafel-A", "Leesclub in het woonzorgcentrum", 1, 2}));
    // A seat can no longer vote; the table's report holds the room's choice.
    a->vote(3, fromA);
    ASSERT_TRUE(until([&] { return a->said("room.vote.notOpen"); }));
    const Catalogue catalogue = Catalogue::load(std::string(NT_SOURCE_DIR) + "/assets/catalogue/actor_types.json");
    const Translations tr = Translations::load(std::string(NT_SOURCE_DIR) + "/assets/i18n/nl.json");
    const std::string report = reportMarkdown({b->session.board(), catalogue, tr, Lang::Nl});
    EXPECT_NE(report.find("## De stemming van de zaal"), std::string::npos) << report;
    EXPECT_NE(report.find("1. Verhalen van vroeger — Tafel-B · 2 stemmen"), std::string::npos) << report;
}

namespace {

// A link of the test's own: what the table sends is kept, what arrives is what the test puts in.
class ChannelOfTest : public RoomChannel {
public:
    std::vector<RoomMessage> take() override { return std::exchange(incoming, {}); }
    void publish(const std::string& topic, const std::string& payload, bool) override { sent.push_back({topic, payload}); }
    RoomLinkState state() const override { return RoomLinkState::Online; }
    size_t dropped() const override { return 0; }
    std::vector<RoomMessage> incoming, sent;
};

}  // namespace

TEST(RoomVoteAtATable, DotsTakenBackAfterTheVoteClosedStandAsThePlenaryCountedThemAndTheSeatsHearSo) {
    auto owned = std::make_unique<ChannelOfTest>();
    ChannelOfTest& link = *owned;
    Session table(nt::testing::smallBoard(), SessionFile{}, 0);
    table.joinRoom(std::move(owned), "Tafel-A");
    const room::CandidateKey theirs{"Tafel-B", 8};
    room::RoomVote vote;
    vote.state = VoteState::Open;
    vote.votesPerVoter = 3;
    vote.candidates = {{theirs, "Verhalen", {}, -1, 0}};
    link.incoming.push_back({room::kVoteTopic, room::encodeRoomVote(vote), true});
    link.incoming.push_back({room::countedTopic("Tafel-A"), room::encodeCounted({}), true});
    table.serveRoom(unixNow());
    ASSERT_TRUE(table.room()->ballotKnown());
    table.request(request::RoomVote{1, theirs.table, theirs.id, true}, unixNow());
    table.request(request::RoomVote{1, theirs.table, theirs.id, true}, unixNow());
    table.serveRoom(unixNow());
    const room::Ballot cast = table.room()->ballot();
    ASSERT_EQ(cast.votes.size(), 2u);
    // Offline, a seat takes a dot back; meanwhile the plenary closed the vote with both dots counted.
    table.request(request::RoomVote{1, theirs.table, theirs.id, false}, unixNow());
    ASSERT_EQ(table.room()->ballot().votes.size(), 1u);
    room::Counted stands{table.room()->ballot().seq, {cast.votes[0], {3, 1, theirs}}};
    link.incoming.push_back({room::countedTopic("Tafel-A"), room::encodeCounted(stands), false});
    table.serveRoom(unixNow());
    EXPECT_EQ(table.room()->ballot().votes.size(), 2u) << "the ballot as the plenary counted it";
    bool told = false;
    for (const SessionEvent& e : table.takeEvents()) told = told || e.key == "room.vote.asCounted";
    EXPECT_TRUE(told);
    // … and it goes out again, so the plenary and the table agree.
    const auto ballot = std::find_if(link.sent.rbegin(), link.sent.rend(),
                                     [](const RoomMessage& m) { return m.topic == room::ballotTopic("Tafel-A"); });
    ASSERT_NE(ballot, link.sent.rend());
    std::string why;
    const auto last = room::decodeBallot(ballot->payload, why);
    ASSERT_TRUE(last) << why;
    EXPECT_EQ(last->votes.size(), 2u);
}

// A broker started again can hand the plenary a table's older ballot after
// its newer one (a message it still held for the plenary, or its retained
// copy from before): the newer ballot stands.
TEST(RoomVoteAtThePlenary, AnOlderBallotArrivingAfterANewerOneChangesNothing) {
    auto owned = std::make_unique<ChannelOfTest>();
    ChannelOfTest& link = *owned;
    Session plenary(nt::testing::smallBoard(), SessionFile{}, 0);
    plenary.joinRoom(std::move(owned), "");
    link.incoming.push_back({room::gatheredTopic("Tafel-A"),
                             room::encodeGathered({{5, "Verhalen", {"Bibliotheek", "WZC Ter Linde"}, ""}}), true});
    plenary.serveRoom(unixNow());
    ASSERT_EQ(plenary.board().combinations.size(), 1u);
    VoteSettings settings;
    settings.votesPerVoter = 2;
    std::vector<CommandPtr> open;
    open.push_back(openVote(plenary.board(), settings));
    plenary.request(request::Apply{std::move(open)}, unixNow());
    const room::CandidateKey key{"Tafel-A", 5};
    const Id onBoard = plenary.board().combinations[0].id;
    const room::Ballot older{2, {{1, 1, key}, {2, 1, key}}};
    const room::Ballot newer{3, {{1, 1, key}}};  // a dot taken back while the broker was away
    link.incoming.push_back({room::ballotTopic("Tafel-A"), room::encodeBallot(newer), true});
    plenary.serveRoom(unixNow());
    ASSERT_EQ(votesFor(plenary.board(), onBoard), 1);
    link.incoming.push_back({room::ballotTopic("Tafel-A"), room::encodeBallot(older), true});
    plenary.serveRoom(unixNow());
    EXPECT_EQ(votesFor(plenary.board(), onBoard), 1);
    EXPECT_EQ(plenary.room()->counted().at("Tafel-A").seq, 3u);
    // The same ballot again changes nothing either; a newer one counts.
    link.incoming.push_back({room::ballotTopic("Tafel-A"), room::encodeBallot(newer), true});
    link.incoming.push_back({room::ballotTopic("Tafel-A"), room::encodeBallot({4, {}}), true});
    plenary.serveRoom(unixNow());
    EXPECT_EQ(votesFor(plenary.board(), onBoard), 0);
}
