// Saving and loading boards, and what keeping them durable costs: on the
// demo board and on the 2,000-item stress board (1000 actors, 1000 notes),
// the wall time of
//   save        boardToJsonText + writeFileAtomically (temp, fsync, rename, fsync folder)
//   load        readBoardFile (read, parse, check, build the model)
//   to_json     boardToJsonText alone
//   copy        copying the Board (what the frame loop pays per journal write)
//   journal     one journal record: boardToJsonText + encode + append + fdatasync (DurableStore::journal)
//   snapshot    DurableStore::snapshot: text checked by loading it back, file replaced, journal dropped
// Prints one JSON object per line; never fails because the machine is slow.
//
//   save_load_bench [ASSET_DIR] [--runs N] [--dir FOLDER]   (FOLDER: where files are written, default /tmp)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/board_file.h"
#include "core/durable_store.h"
#include "core/journal.h"
#include "core/stress_board.h"
#include "platform/thread_cpu.h"

using namespace nt;

namespace {

void print(const std::string& metric, double value, const char* unit, int decimals = 3) {
    std::printf("{\"bench\": \"save_load\", \"metric\": \"%s\", \"value\": %.*f, \"unit\": \"%s\"}\n", metric.c_str(),
                decimals, value, unit);
}

// Runs `fn` `runs` times after two warm-ups. Prints <name>_cpu_median (the
// thread's CPU time: what the work costs on a core of its own, whatever else
// the machine is doing) and <name>_wall_median / _wall_max (including waits
// for the disk and for a busy CPU), in ms.
void measure(const std::string& name, int runs, const std::function<void()>& fn) {
    for (int i = 0; i < 2; ++i) fn();
    std::vector<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        const double c0 = threadCpuMs();
        const auto t0 = std::chrono::steady_clock::now();
        fn();
        wall.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        cpu.push_back(threadCpuMs() - c0);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    print(name + "_cpu_median", cpu[cpu.size() / 2], "ms");
    print(name + "_wall_median", wall[wall.size() / 2], "ms");
    print(name + "_wall_max", wall.back(), "ms");
}

void benchBoard(const std::string& name, const Board& board, const std::filesystem::path& dir, int runs) {
    const std::string path = (dir / ("nt-bench-" + name + ".json")).string();
    const std::string text = boardToJsonText(board);
    print(name + "_bytes", static_cast<double>(text.size()), "bytes", 0);

    measure(name + "_save", runs, [&] { writeFileAtomically(path, boardToJsonText(board)); });
    measure(name + "_load", runs, [&] { (void)readBoardFile(path); });
    measure(name + "_to_json", runs, [&] { (void)boardToJsonText(board); });
    measure(name + "_copy", runs, [&] {
        Board copy = board;
        if (copy.actors.size() != board.actors.size()) std::abort();
    });

    writeFileAtomically(path, text);
    DurableStore store(path, stampOf(text));
    double now = 0;
    // Each journal write appends a record; a snapshot every 50 keeps the file small, as the app's size limit does.
    int appended = 0;
    measure(name + "_journal", runs, [&] {
        if (++appended % 50 == 0) store.snapshot(text, now += 1);
        store.journal(boardToJsonText(board), now += 0.2);
    });
    Board changed = board;
    measure(name + "_snapshot", runs, [&] {
        changed.workshop.title += "x";  // a different text each time, so the file is really written
        store.journal(boardToJsonText(changed), now += 0.2);
        store.snapshot(boardToJsonText(changed), now += 1);
    });
    std::error_code ec;
    std::filesystem::remove(path, ec);
    std::filesystem::remove(journalPathFor(path), ec);
    std::filesystem::remove_all(DurableStore::snapshotFolder(path), ec);
}

}  // namespace

int main(int argc, char** argv) {
    std::string assets = NT_SOURCE_ASSETS;
    std::filesystem::path dir = std::filesystem::temp_directory_path();
    int runs = 30;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--dir" && i + 1 < argc) dir = argv[++i];
        else assets = arg;
    }
    try {
        const Catalogue catalogue = Catalogue::load(assets + "/catalogue/actor_types.json");
        benchBoard("demo", readBoardFile(assets + "/demo/demo-workshop.json"), dir, runs);
        benchBoard("stress", makeStressBoard(catalogue, {40, 1000, 1000}), dir, runs);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "save_load_bench: %s\n", e.what());
        return 1;
    }
    return 0;
}
