// A room of tables on a real broker (tools/room-broker.sh, Mosquitto on a
// free localhost port): a plenary and tables as headless sessions, each
// with its own link, driven frame by frame as the app drives them.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <mosquitto.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include "core/combination_edits.h"
#include "core/programme.h"
#include "core/room_messages.h"
#include "net/room_link.h"
#include "frames_until.h"
#include "room_broker.h"
#include "session/session.h"
#include "test_board.h"

using namespace nt;
using nt::testing::RoomBroker;

namespace {

double unixNow() {
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}

// One machine in the room: a session on the small board with the default
// programme, its clock the real one.
struct Machine {
    Machine(const RoomBroker& broker, const std::string& code, const std::string& table)
        : session(board(), SessionFile{}, 0) {
        session.joinRoom(std::make_unique<RoomLink>(RoomAddress{"127.0.0.1", broker.port(), code},
                                                    RoomIdentity{table.empty(), table}, nullptr),
                         table);
    }
    static Board board() {
        Board b = nt::testing::smallBoard();
        giveDefaultProgramme(b);
        return b;
    }
    void frame() {
        session.serveRoom(unixNow());
        for (SessionEvent& e : session.takeEvents()) events.push_back(std::move(e));
    }
    const Phase* phase() const { return currentPhase(session.board().programme); }
    bool said(const std::string& key) const {
        for (const SessionEvent& e : events)
            if (e.key == key) return true;
        return false;
    }
    Session session;
    std::vector<SessionEvent> events;
};

class Room : public ::testing::Test {
protected:
    std::unique_ptr<Machine> join(const std::string& table, const std::string& code = "4711") {
        auto m = std::make_unique<Machine>(broker, code, table);
        machines.push_back(m.get());
        return m;
    }
    // Frames on every machine until `done`; false when it never came.
    bool until(const std::function<bool()>& done) { return nt::testing::framesUntil(machines, done); }
    bool online(const Machine& m) { return m.session.room()->state() == RoomLinkState::Online; }
    void timer(Machine& m, request::Timer::Op op) { m.session.request(request::Timer{op}, unixNow()); }

    RoomBroker broker{"4711"};
    std::vector<Machine*> machines;
};

}  // namespace

TEST_F(Room, ThePlenaryMovesThePhasesAndEveryTableFollows) {
    auto plenary = join("");
    auto a = join("Tafel-1");
    auto b = join("Tafel-2");
    ASSERT_TRUE(until([&] { return online(*plenary) && online(*a) && online(*b); }));
    timer(*plenary, request::Timer::Op::Toggle);  // the workshop begins
    timer(*plenary, request::Timer::Op::NextPhase);
    ASSERT_TRUE(until([&] { return a->phase() && b->phase() && a->phase()->kind == PhaseKind::Strengths &&
                                   b->phase()->kind == PhaseKind::Strengths; }));
    EXPECT_TRUE(a->session.board().programme.timer.running);
    // Both count down to the same moment as the plenary.
    const double now = unixNow();
    EXPECT_NEAR(timeLeft(a->session.board().programme, now), timeLeft(plenary->session.board().programme, now), 1.0);
    // A pause reaches them too, and is not an undo step of theirs.
    timer(*plenary, request::Timer::Op::Toggle);
    ASSERT_TRUE(until([&] { return !a->session.board().programme.timer.running && !b->session.board().programme.timer.running; }));
    EXPECT_FALSE(a->session.history().canUndo());
}

TEST_F(Room, ALateTableIsInStepAtOnceAndThePlenaryHearsHowEveryTableStands) {
    auto plenary = join("");
    ASSERT_TRUE(until([&] { return online(*plenary); }));
    timer(*plenary, request::Timer::Op::Toggle);
    timer(*plenary, request::Timer::Op::NextPhase);
    timer(*plenary, request::Timer::Op::NextPhase);  // weaknesses
    ASSERT_TRUE(until([&] { return true; }));
    auto late = join("Laat");
    ASSERT_TRUE(until([&] { return late->phase() && late->phase()->kind == PhaseKind::Weaknesses; }));

    const auto& tables = plenary->session.room()->tables();
    ASSERT_TRUE(until([&] { return tables.count("Laat") && tables.at("Laat").phase == PhaseKind::Weaknesses; }));
    const room::TableStatus& seen = plenary->session.room()->tables().at("Laat");
    EXPECT_TRUE(seen.online);
    EXPECT_EQ(seen.phase, PhaseKind::Weaknesses);
    EXPECT_EQ(seen.partners, 2);
    EXPECT_EQ(seen.notes, 1);
    late->session.request(request::NewBubble{"Zelzate", false}, unixNow());
    late->session.request(request::NewCombination{{3, 4}}, unixNow());
    ASSERT_TRUE(until([&] { return plenary->session.room()->tables().at("Laat").combinations == 1; }));
}

TEST_F(Room, ATableOnItsOwnClockKeepsItsTimeWhileTheOthersFollow) {
    auto plenary = join("");
    auto a = join("Tafel-1");
    auto own = join("Eigen");
    ASSERT_TRUE(until([&] { return online(*plenary) && online(*a) && online(*own); }));
    timer(*plenary, request::Timer::Op::Toggle);
    ASSERT_TRUE(until([&] { return own->phase() && a->phase(); }));
    plenary->session.request(request::OwnClock{"Eigen", true}, unixNow());
    timer(*plenary, request::Timer::Op::NextPhase);
    ASSERT_TRUE(until([&] { return a->phase()->kind == PhaseKind::Strengths; }));
    EXPECT_EQ(own->phase()->kind, PhaseKind::OwnPractice);
    plenary->session.request(request::OwnClock{"Eigen", false}, unixNow());
    ASSERT_TRUE(until([&] { return own->phase()->kind == PhaseKind::Strengths; }));
}

TEST_F(Room, AWrongCodeIsRefusedAndTheTableWorksOnAlone) {
    auto plenary = join("");
    auto wrong = join("Verkeerd", "1234");
    ASSERT_TRUE(until([&] { return wrong->said("room.refused"); }));
    EXPECT_EQ(wrong->session.room()->state(), RoomLinkState::Refused);
    wrong->session.request(request::NewBubble{"Zelzate", false}, unixNow());
    EXPECT_EQ(wrong->session.board().municipalities.size(), 3u);
    ASSERT_TRUE(until([&] { return online(*plenary); }));
    EXPECT_EQ(plenary->session.room()->tables().count("Verkeerd"), 0u);
}

TEST_F(Room, ATableCannotSpeakForThePlenaryOrAnotherTableAndBadMessagesAreCounted) {
    auto plenary = join("");
    auto a = join("Tafel-1");
    // A raw link with a table's password, sending where it may not.
    RoomLink rogue(RoomAddress{"127.0.0.1", broker.port(), "4711"}, RoomIdentity{false, "Rogue"}, nullptr);
    ASSERT_TRUE(until([&] { return online(*plenary) && online(*a) && rogue.state() == RoomLinkState::Online; }));
    room::ProgrammeBeat fake;
    fake.index = 6;
    fake.kind = PhaseKind::Vote;
    rogue.publish(room::kProgrammeTopic, room::encodeBeat(fake), true);              // the plenary's topic
    rogue.publish(room::statusTopic("Tafel-1"), R"({"name":"Tafel-1"})", true);     // another table's
    rogue.publish(room::statusTopic("Rogue"), "{not json", true);                  // its own, but broken
    ASSERT_TRUE(until([&] { return plenary->session.room()->refused() >= 1; }));
    for (int i = 0; i < 20; ++i) until([] { return true; });
    EXPECT_EQ(a->phase(), nullptr);  // never moved to the vote
    EXPECT_EQ(plenary->session.room()->tables().count("Rogue"), 0u);
    ASSERT_EQ(plenary->session.room()->tables().count("Tafel-1"), 1u);
    EXPECT_EQ(plenary->session.room()->tables().at("Tafel-1").partners, 2);
}

TEST_F(Room, ATableKeepsWorkingWhileTheBrokerIsGoneAndCatchesUpWhenItIsBack) {
    auto plenary = join("");
    auto a = join("Tafel-1");
    ASSERT_TRUE(until([&] { return online(*plenary) && online(*a); }));
    broker.kill();
    ASSERT_TRUE(until([&] { return a->said("room.offline"); }));  // calm: the table works on
    EXPECT_EQ(a->session.room()->state(), RoomLinkState::Offline);
    a->session.request(request::NewBubble{"Zelzate", false}, unixNow());  // work goes on
    timer(*plenary, request::Timer::Op::Toggle);
    broker.start();
    ASSERT_TRUE(until([&] { return online(*plenary) && online(*a); }));
    ASSERT_TRUE(until([&] { return a->phase() && a->phase()->kind == PhaseKind::OwnPractice &&
                                   plenary->session.room()->tables().count("Tafel-1") &&
                                   plenary->session.room()->tables().at("Tafel-1").online; }));
    EXPECT_EQ(a->session.board().municipalities.size(), 3u);
}

TEST_F(Room, ATableThatVanishesWithoutAWordShowsOfflineAtThePlenaryAndComesBack) {
    auto plenary = join("");
    ASSERT_TRUE(until([&] { return online(*plenary); }));
    // A table in a process of its own that dies without saying goodbye (as
    // with a pulled plug or kill -9): the broker sends its last will.
    int go[2];
    ASSERT_EQ(pipe(go), 0);
    const pid_t table = fork();
    if (table == 0) {
        RoomLink link(RoomAddress{"127.0.0.1", broker.port(), "4711"}, RoomIdentity{false, "Weg"}, nullptr);
        for (int i = 0; i < 500 && link.state() != RoomLinkState::Online; ++i) usleep(20'000);
        room::TableStatus here;
        here.name = "Weg";
        link.publish(room::statusTopic("Weg"), room::encodeStatus(here), true);
        char byte = 0;
        const bool told = read(go[0], &byte, 1) == 1;  // the plenary has seen it online
        _exit(told && link.state() == RoomLinkState::Online ? 0 : 1);
    }
    const auto& tables = plenary->session.room()->tables();
    const bool seen = until([&] { return tables.count("Weg") && tables.at("Weg").online; });
    ASSERT_EQ(write(go[1], "x", 1), 1);
    ASSERT_TRUE(seen);
    int status = 0;
    waitpid(table, &status, 0);
    ASSERT_EQ(WEXITSTATUS(status), 0);
    ASSERT_TRUE(until([&] { return !tables.at("Weg").online; }));
    // Started again, it is back, with what its board holds.
    auto back = join("Weg");
    ASSERT_TRUE(until([&] { return tables.at("Weg").online && tables.at("Weg").partners == 2; }));
}

TEST_F(Room, ATableThatLeavesTheRoomShowsOfflineAtThePlenary) {
    auto plenary = join("");
    auto a = join("Tafel-1");
    const auto& tables = plenary->session.room()->tables();
    ASSERT_TRUE(until([&] { return tables.count("Tafel-1") && tables.at("Tafel-1").online; }));
    a->session.leaveRoom();
    ASSERT_TRUE(until([&] { return !tables.at("Tafel-1").online; }));
    a->session.request(request::NewBubble{"Zelzate", false}, unixNow());  // alone again, and fine
    EXPECT_EQ(a->session.board().municipalities.size(), 3u);
}

TEST_F(Room, ATableSendsItsBestCombinationsToThePlenaryAndCanTakeThemBack) {
    auto plenary = join("");
    auto a = join("Tafel-1");
    ASSERT_TRUE(until([&] { return online(*plenary) && online(*a); }));
    a->session.request(request::NewCombination{{3, 4}}, unixNow());
    const Id combination = a->session.board().combinations.front().id;
    std::vector<CommandPtr> mark;
    mark.push_back(setToPlenary(a->session.board(), combination, true));
    a->session.request(request::Apply{std::move(mark)}, unixNow());
    const auto& gathered = plenary->session.room()->gathered();
    ASSERT_TRUE(until([&] { return gathered.count("Tafel-1") && gathered.at("Tafel-1").size() == 1; }));
    const room::GatheredCombination& seen = gathered.at("Tafel-1").front();
    EXPECT_EQ(seen.name, "Bibliotheek + WZC Ter Linde");
    EXPECT_EQ(seen.partners, (std::vector<std::string>{"Bibliotheek", "WZC Ter Linde"}));
    a->session.request(request::Undo{}, unixNow());  // marking it was a step of the table's own
    ASSERT_TRUE(until([&] { return gathered.at("Tafel-1").empty(); }));
}

TEST_F(Room, ThePlenarySeesEveryTablesBoardAsItChangesAndWhereTheTablesMeet) {
    auto plenary = join("");
    auto a = join("Tafel-1");
    auto b = join("Tafel-2");
    auto boards = [&]() -> const std::map<std::string, Board>& { return plenary->session.room()->boards(); };
    ASSERT_TRUE(until([&] { return boards().count("Tafel-1") && boards().count("Tafel-2"); }));
    EXPECT_EQ(boards().at("Tafel-1").actors.size(), 2u);
    // Both tables drew the small board's partners: the plenary sees where they meet.
    const std::vector<room::SharedPartner> shared = room::sharedPartners(boards());
    ASSERT_EQ(shared.size(), 2u);
    EXPECT_EQ(shared[0].tables, (std::vector<std::string>{"Tafel-1", "Tafel-2"}));
    // A change reaches the plenary, a quick row of them ends in the last.
    for (const char* place : {"Zelzate", "Wachtebeke", "Moerbeke"}) a->session.request(request::NewBubble{place, false}, unixNow());
    ASSERT_TRUE(until([&] { return boards().at("Tafel-1").municipalities.size() == 5; }));
    EXPECT_EQ(boards().at("Tafel-1").municipalities.back().name, "Moerbeke");
    EXPECT_TRUE(a->session.room()->nextDue() == std::nullopt) << "nothing left to send";
}

TEST_F(Room, ARoomsBridgeForwardsItToTheRegionsCentralBroker) {
    // A regional day: this room's broker forwards the room to a central one, under region/<room>/.
    RoomBroker central("regio");
    RoomBroker bridged("4711", {"--bridge", "127.0.0.1:" + std::to_string(central.port()), "regio", "Zaal-3"});
    auto plenary = std::make_unique<Machine>(bridged, "4711", "");
    auto table = std::make_unique<Machine>(bridged, "4711", "Tafel-1");
    machines = {plenary.get(), table.get()};
    // Someone at the centre, reading the whole region as the central broker's plenary.
    struct Seen {
        std::mutex lock;
        std::vector<std::string> topics;
    } seen;
    mosquitto_lib_init();
    mosquitto* watcher = mosquitto_new("centre", true, &seen);
    ASSERT_NE(watcher, nullptr);
    mosquitto_username_pw_set(watcher, "plenary", room::roomPassword(true, "regio").c_str());
    mosquitto_connect_callback_set(watcher, [](mosquitto* m, void*, int rc) {
        if (rc == 0) mosquitto_subscribe(m, nullptr, "region/#", 1);
    });
    mosquitto_message_callback_set(watcher, [](mosquitto*, void* s, const mosquitto_message* msg) {
        auto* into = static_cast<Seen*>(s);
        const std::lock_guard g(into->lock);
        into->topics.push_back(msg->topic);
    });
    ASSERT_EQ(mosquitto_connect(watcher, "127.0.0.1", central.port(), 5), MOSQ_ERR_SUCCESS);
    mosquitto_loop_start(watcher);
    timer(*plenary, request::Timer::Op::Toggle);
    const bool arrived = until([&] {
        const std::lock_guard g(seen.lock);
        const auto has = [&](const std::string& t) { return std::find(seen.topics.begin(), seen.topics.end(), t) != seen.topics.end(); };
        return has("region/Zaal-3/programme") && has("region/Zaal-3/tables/Tafel-1/status");
    });
    mosquitto_disconnect(watcher);
    mosquitto_loop_stop(watcher, false);
    mosquitto_destroy(watcher);
    EXPECT_TRUE(arrived);
}
