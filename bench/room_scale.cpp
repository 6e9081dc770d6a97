// A room at scale: a real broker (tools/room-broker.sh), one plenary and
// many tables, each a session with its own link, every table changing its
// board once a second (a note more). Prints, one JSON object a line:
// propagation from a table's change to the plenary knowing it (p50, p99,
// max), the plenary's CPU per frame of room work, the broker's CPU and
// memory, and whether the plenary's counts end exactly as the tables' are.
//
//   room_scale [--tables N] [--seconds S]     (defaults 30 and 60)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

#include "core/edits.h"
#include "core/programme.h"
#include "net/room_link.h"
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

Board tableBoard() {
    Board b;
    giveDefaultProgramme(b);
    return b;
}

}  // namespace

int main(int argc, char** argv) {
    int tableCount = 30;
    double seconds = 60;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--tables")) tableCount = std::max(1, std::atoi(argv[i + 1]));
        if (!std::strcmp(argv[i], "--seconds")) seconds = std::max(1.0, std::atof(argv[i + 1]));
    }
    testing::RoomBroker broker("scale");
    const RoomAddress address{"127.0.0.1", broker.port(), "scale"};
    Session plenary(tableBoard(), SessionFile{}, 0);
    plenary.joinRoom(std::make_unique<RoomLink>(address, RoomIdentity{true, ""}, nullptr), "");
    std::vector<std::unique_ptr<Session>> tables;
    std::vector<std::string> names;
    for (int t = 0; t < tableCount; ++t) {
        names.push_back("Tafel-" + std::to_string(t + 1));
        tables.push_back(std::make_unique<Session>(tableBoard(), SessionFile{}, 0));
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
    while (wallNow() < start + seconds) {
        const double now = wallNow();
        for (size_t t = 0; t < tables.size(); ++t) {
            Session& table = *tables[t];
            if (now >= nextChange[t]) {
                std::vector<CommandPtr> add;
                add.push_back(addNote(nextId++, NoteKind::Idea, {200, 200}, "idee"));
                table.request(request::Apply{std::move(add)}, now);
                changedAt[names[t]][static_cast<int>(table.board().notes.size())] = now;
                nextChange[t] += 1.0;
            }
            table.serveRoom(now);
        }
        const double cpu0 = threadCpu();
        plenary.serveRoom(wallNow());
        plenaryCpu += threadCpu() - cpu0;
        ++plenaryFrames;
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
    // The last changes arrive.
    const double settleUntil = wallNow() + 5;
    bool exact = false;
    while (!exact && wallNow() < settleUntil) {
        for (auto& t : tables) t->serveRoom(wallNow());
        plenary.serveRoom(wallNow());
        exact = plenary.room()->tables().size() == tables.size();
        for (size_t t = 0; exact && t < tables.size(); ++t)
            exact = plenary.room()->tables().at(names[t]).notes == static_cast<int>(tables[t]->board().notes.size());
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    const auto [brokerCpu1, brokerRss1] = processUse(broker.pid());
    const double elapsed = wallNow() - start;
    std::printf("{\"bench\": \"room_scale\", \"metric\": \"propagation_ms\", \"value\": {\"p50\": %.1f, \"p99\": %.1f, "
                "\"max\": %.1f, \"changes\": %zu}, \"unit\": \"ms\", \"tables\": %d, \"seconds\": %.0f}\n",
                percentile(propagation, 0.5) * 1e3, percentile(propagation, 0.99) * 1e3,
                percentile(propagation, 1.0) * 1e3, propagation.size(), tableCount, seconds);
    std::printf("{\"bench\": \"room_scale\", \"metric\": \"plenary_room_cpu_per_frame_ms\", \"value\": %.3f, \"unit\": "
                "\"ms\", \"frames\": %ld}\n",
                plenaryFrames ? plenaryCpu / static_cast<double>(plenaryFrames) * 1e3 : 0.0, plenaryFrames);
    std::printf("{\"bench\": \"room_scale\", \"metric\": \"broker\", \"value\": {\"cpu_percent\": %.2f, \"rss_mb_start\": "
                "%.1f, \"rss_mb_peak\": %.1f, \"rss_mb_end\": %.1f}, \"unit\": \"\"}\n",
                (brokerCpu1 - brokerCpu0) / elapsed * 100, brokerRss0, peakRss, brokerRss1);
    std::printf("{\"bench\": \"room_scale\", \"metric\": \"counts_exact\", \"value\": %s, \"unit\": \"\"}\n",
                exact ? "true" : "false");
    return exact ? 0 : 1;
}
