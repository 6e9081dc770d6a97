// A room at scale: a real broker (tools/room-broker.sh), one plenary and
// many tables, each a session with its own link, every table changing its
// board once a second (a note more) while the room votes: each table has
// sent one combination to the plenary, and once a second one of its seats
// gives or takes back a dot; the plenary's phones (through the session's
// phone queue, as its web server hands them over) cast and take back votes
// all along. Prints, one JSON object a line: propagation from a table's
// change to the plenary knowing it and from a seat's dot to the plenary
// counting it (p50, p99, max), the plenary's CPU per frame of room and phone
// work, the broker's CPU and memory, and whether the plenary's counts and
// tally end exactly as the tables and phones left them.
//
//   room_scale [--tables N] [--phones P] [--seconds S]     (defaults 30, 300 and 60)
//   room_scale ... --http-port PORT --board-out FILE
//       the plenary's phones are real ones on its web server on PORT
//       (bench/room_phones.py drives them); the plenary's board is written to
//       FILE at the end, for the phones' tally to be checked against it
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

#include <random>

#include "core/atomic_file.h"
#include "core/board_file.h"
#include "core/edits.h"
#include "core/programme.h"
#include "core/vote_rules.h"
#include "net/phone_server.h"
#include "net/room_link.h"
#include "phones_of_test.h"
#include "room_broker.h"
#include "session/session.h"

using namespace nt;

namespace {

double wallNow() {
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}

double threadCpu() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// utime + stime of a process, in seconds, and its resident memory in MB.
std::pair<double, double> processUse(pid_t pid) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    std::istringstream rest(text.substr(text.rfind(')') + 2));
    std::string field;
    double utime = 0, stime = 0;
    for (int i = 3; i <= 15 && rest >> field; ++i) {
        if (i == 14) utime = std::stod(field);
        if (i == 15) stime = std::stod(field);
    }
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    double rssMb = 0;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0) rssMb = std::stod(line.substr(6)) / 1024;
    return {(utime + stime) / static_cast<double>(sysconf(_SC_CLK_TCK)), rssMb};
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

Board tableBoard(const std::string& name = {}) {
    Board b;
    giveDefaultProgramme(b);
    if (!name.empty()) {  // one combination for the plenary's vote
        Combination c;
        c.id = b.nextId++;
        c.name = "Idee van " + name;
        c.cardPos = {900, 600};
        c.toPlenary = true;
        b.combinations.push_back(std::move(c));
    }
    return b;
}

constexpr int kSeats = 6, kVotesPerVoter = 3;

}  // namespace

int main(int argc, char** argv) {
    int tableCount = 30, phoneCount = 300, httpPort = 0;
    double seconds = 60;
    std::string boardOut;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--tables")) tableCount = std::max(1, std::atoi(argv[i + 1]));
        if (!std::strcmp(argv[i], "--phones")) phoneCount = std::max(0, std::atoi(argv[i + 1]));
        if (!std::strcmp(argv[i], "--seconds")) seconds = std::max(1.0, std::atof(argv[i + 1]));
        if (!std::strcmp(argv[i], "--http-port")) httpPort = std::atoi(argv[i + 1]);
        if (!std::strcmp(argv[i], "--board-out")) boardOut = argv[i + 1];
    }
    testing::RoomBroker broker("scale");
    const RoomAddress address{"127.0.0.1", broker.port(), "scale"};
    Session plenary(tableBoard(), SessionFile{}, 0);
    plenary.joinRoom(std::make_unique<RoomLink>(address, RoomIdentity{true, ""}, nullptr), "");
    plenary.setWallClock([] { return std::string("2026-12-07T15:00:00+01:00"); });
    auto phoneQueue = std::make_unique<testing::PhonesOfTest>();
    testing::PhonesOfTest& phones = *phoneQueue;
    if (httpPort > 0) {  // real phones, from outside
        std::unique_ptr<PhoneServer> server = PhoneServer::start(httpPort, PhoneLimits{}, [] {});
        if (!server) return 2;
        std::printf("{\"bench\": \"room_scale\", \"metric\": \"phones_join\", \"value\": \"%s\", \"unit\": \"\"}\n",
                    server->joinUrl().c_str());
        std::fflush(stdout);
        plenary.connectPhones(std::move(server));
        phoneCount = 0;
    } else {
        plenary.connectPhones(std::move(phoneQueue));
    }
    const Translations tr;
    std::vector<std::unique_ptr<Session>> tables;
    std::vector<std::string> names;
    for (int t = 0; t < tableCount; ++t) {
        names.push_back("Tafel-" + std::to_string(t + 1));
        tables.push_back(std::make_unique<Session>(tableBoard(names.back()), SessionFile{}, 0));
        tables.back()->joinRoom(std::make_unique<RoomLink>(address, RoomIdentity{false, names.back()}, nullptr),
                                names.back());
    }
    auto allOnline = [&] {
        if (plenary.room()->state() != RoomLinkState::Online) return false;
        for (auto& t : tables)
            if (t->room()->state() != RoomLinkState::Online) return false;
        return true;
    };
    for (int i = 0; i < 1000 && !allOnline(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    // Every table's combination on the plenary's board, then the vote opens.
    for (int i = 0; i < 1000 && plenary.board().combinations.size() < tables.size(); ++i) {
        for (auto& t : tables) t->serveRoom(wallNow());
        plenary.serveRoom(wallNow());
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    VoteSettings settings;
    settings.votesPerVoter = kVotesPerVoter;
    settings.seats = kSeats;
    std::vector<CommandPtr> open;
    open.push_back(openVote(plenary.board(), settings));
    plenary.request(request::Apply{std::move(open)}, wallNow());
    auto everyTableVotes = [&] {
        for (auto& t : tables)
            if (!t->room()->roomVote() || t->room()->roomVote()->state != VoteState::Open || !t->room()->ballotKnown())
                return false;
        return true;
    };
    for (int i = 0; i < 1000 && !everyTableVotes(); ++i) {
        for (auto& t : tables) t->serveRoom(wallNow());
        plenary.serveRoom(wallNow());
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    std::mt19937 random(7);
    std::map<std::string, std::map<std::uint64_t, double>> ballotAt;  // a table's ballot seq: when its seat voted
    std::map<std::string, std::uint64_t> countedSeq;
    std::vector<double> votePropagation;
    std::vector<std::pair<std::future<PhoneReply>, int>> phoneReplies;  // the reply and +1 cast / -1 taken back
    std::map<int, int> phoneStanding;                                   // per phone, what it believes stands
    const double phoneEvery = phoneCount > 0 ? 10.0 / phoneCount : 1e9;  // every phone acts every 10 s
    double nextPhone = wallNow();
    // When each table's n-th note was added (by its board's note count).
    std::map<std::string, std::map<int, double>> changedAt;
    std::map<std::string, int> seenNotes;
    std::vector<double> propagation;
    double plenaryCpu = 0;
    long plenaryFrames = 0;
    const auto [brokerCpu0, brokerRss0] = processUse(broker.pid());
    const double start = wallNow();
    std::vector<double> nextChange(tables.size());
    for (size_t t = 0; t < tables.size(); ++t) nextChange[t] = start + static_cast<double>(t) / static_cast<double>(tables.size());
    Id nextId = 1'000'000;
    double peakRss = brokerRss0;
    // The tables on a thread of their own (each is a laptop of its own in a
    // room); the plenary on this one, measured alone.
    std::mutex sent;  // guards changedAt and ballotAt
    std::atomic<bool> stop{false};
    std::thread tableThread([&] {
        std::mt19937 tableRandom(11);
        while (!stop.load()) {
            const double now = wallNow();
            for (size_t t = 0; t < tables.size(); ++t) {
                Session& table = *tables[t];
                if (now >= nextChange[t] && table.room()->roomVote() && !table.room()->roomVote()->candidates.empty()) {
                    std::vector<CommandPtr> add;
                    add.push_back(addNote(nextId++, NoteKind::Idea, {200, 200}, "idee"));
                    table.request(request::Apply{std::move(add)}, now);
                    nextChange[t] += 1.0;
                    // One of its seats gives a dot to a random table's combination, or takes one back when it has none left.
                    const room::RoomVote& vote = *table.room()->roomVote();
                    const int seat = 1 + static_cast<int>(tableRandom() % kSeats);
                    const room::CandidateKey key = vote.candidates[tableRandom() % vote.candidates.size()].key;
                    const bool full = room::ballotVotesOf(table.room()->ballot(), seat) >= kVotesPerVoter;
                    room::CandidateKey back = key;
                    for (const room::BallotVote& v : table.room()->ballot().votes)
                        if (v.seat == seat) back = v.candidate;
                    table.request(request::RoomVote{seat, full ? back.table : key.table, full ? back.id : key.id, !full}, now);
                    const std::lock_guard lock(sent);
                    changedAt[names[t]][static_cast<int>(table.board().notes.size())] = now;
                    ballotAt[names[t]][table.room()->ballot().seq] = now;
                }
                table.serveRoom(now);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    });
    while (wallNow() < start + seconds) {
        const double now = wallNow();
        // The phones: each in turn casts a vote, or takes one back once it gave all three.
        for (; phoneCount > 0 && now >= nextPhone; nextPhone += phoneEvery) {
            const int device = 1 + static_cast<int>(random() % static_cast<unsigned>(phoneCount));
            const Combination& c = plenary.board().combinations[random() % plenary.board().combinations.size()];
            const bool cast = phoneStanding[device] < kVotesPerVoter;
            Id target = c.id;
            if (!cast)
                for (const Vote& v : plenary.board().votes)
                    if (v.voter == "device-" + std::to_string(device)) target = v.combination;
            phoneReplies.emplace_back(phones.vote(device, target, cast), device * (cast ? 1 : -1));
            phoneStanding[device] += cast ? 1 : -1;
        }
        const double cpu0 = threadCpu();
        plenary.serveRoom(wallNow());
        plenary.servePhones(tr, Lang::Nl, wallNow());
        plenaryCpu += threadCpu() - cpu0;
        ++plenaryFrames;
        const std::lock_guard lock(sent);
        for (const auto& [name, counted] : plenary.room()->counted()) {
            std::uint64_t& last = countedSeq[name];
            for (auto at = ballotAt[name].upper_bound(last); at != ballotAt[name].end() && at->first <= counted.seq; ++at)
                votePropagation.push_back(wallNow() - at->second);
            last = std::max(last, counted.seq);
        }
        const double seen = wallNow();
        for (const auto& [name, status] : plenary.room()->tables()) {
            int& last = seenNotes[name];
            for (int n = last + 1; n <= status.notes; ++n)
                if (auto at = changedAt[name].find(n); at != changedAt[name].end()) propagation.push_back(seen - at->second);
            last = std::max(last, status.notes);
        }
        peakRss = std::max(peakRss, processUse(broker.pid()).second);
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    stop.store(true);
    tableThread.join();
    // The last changes arrive.
    const double settleUntil = wallNow() + 5;
    bool exact = false;
    while (!exact && wallNow() < settleUntil) {
        for (auto& t : tables) t->serveRoom(wallNow());
        plenary.serveRoom(wallNow());
        plenary.servePhones(tr, Lang::Nl, wallNow());
        exact = plenary.room()->tables().size() == tables.size();
        for (size_t t = 0; exact && t < tables.size(); ++t) {
            exact = plenary.room()->tables().at(names[t]).notes == static_cast<int>(tables[t]->board().notes.size());
            // Every seat's dots stand on the plenary's board, no more, no fewer.
            for (int seat = 1; exact && seat <= kSeats; ++seat)
                exact = votesCast(plenary.board(), room::tableSeatVoter(names[t], seat)) ==
                        room::ballotVotesOf(tables[t]->room()->ballot(), seat);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    // The phones' tally: what was acknowledged, counted once.
    int phonesAcknowledged = 0, phonesRefused = 0;
    std::map<int, int> phoneExpected;
    for (auto& [reply, signedDevice] : phoneReplies) {
        if (reply.wait_for(std::chrono::seconds(0)) != std::future_status::ready) continue;
        if (reply.get().status == 200) {
            ++phonesAcknowledged;
            phoneExpected[std::abs(signedDevice)] += signedDevice > 0 ? 1 : -1;
        } else {
            ++phonesRefused;
        }
    }
    bool phonesExact = true;
    for (const auto& [device, expected] : phoneExpected)
        phonesExact = phonesExact && votesCast(plenary.board(), "device-" + std::to_string(device)) == expected;
    const auto [brokerCpu1, brokerRss1] = processUse(broker.pid());
    if (!boardOut.empty()) writeFileAtomically(boardOut, boardToJsonText(plenary.board()));
    const double elapsed = wallNow() - start;
    std::printf("{\"bench\": \"room_scale\", \"metric\": \"propagation_ms\", \"value\": {\"p50\": %.1f, \"p99\": %.1f, "
                "\"max\": %.1f, \"changes\": %zu}, \"unit\": \"ms\", \"tables\": %d, \"seconds\": %.0f}\n",
                percentile(propagation, 0.5) * 1e3, percentile(propagation, 0.99) * 1e3,
                percentile(propagation, 1.0) * 1e3, propagation.size(), tableCount, seconds);
    std::printf("{\"bench\": \"room_scale\", \"metric\": \"vote_propagation_ms\", \"value\": {\"p50\": %.1f, \"p99\": %.1f, "
                "\"max\": %.1f, \"dots\": %zu}, \"unit\": \"ms\"}\n",
                percentile(votePropagation, 0.5) * 1e3, percentile(votePropagation, 0.99) * 1e3,
                percentile(votePropagation, 1.0) * 1e3, votePropagation.size());
    std::printf("{\"bench\": \"room_scale\", \"metric\": \"tally\", \"value\": {\"votes_standing\": %zu, "
                "\"phone_votes_acknowledged\": %d, \"phone_votes_refused\": %d, \"phones\": %d, \"tables_exact\": %s, "
                "\"phones_exact\": %s}, \"unit\": \"\"}\n",
                plenary.board().votes.size(), phonesAcknowledged, phonesRefused, phoneCount, exact ? "true" : "false",
                phonesExact ? "true" : "false");
    std::printf("{\"bench\": \"room_scale\", \"metric\": \"plenary_room_cpu_per_frame_ms\", \"value\": %.3f, \"unit\": "
                "\"ms\", \"frames\": %ld}\n",
                plenaryFrames ? plenaryCpu / static_cast<double>(plenaryFrames) * 1e3 : 0.0, plenaryFrames);
    std::printf("{\"bench\": \"room_scale\", \"metric\": \"broker\", \"value\": {\"cpu_percent\": %.2f, \"rss_mb_start\": "
                "%.1f, \"rss_mb_peak\": %.1f, \"rss_mb_end\": %.1f}, \"unit\": \"\"}\n",
                (brokerCpu1 - brokerCpu0) / elapsed * 100, brokerRss0, peakRss, brokerRss1);
    std::printf("{\"bench\": \"room_scale\", \"metric\": \"counts_exact\", \"value\": %s, \"unit\": \"\"}\n",
                exact ? "true" : "false");
    return exact && phonesExact ? 0 : 1;
}
