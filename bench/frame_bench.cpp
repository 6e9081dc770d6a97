// CPU time of one frame of the board view: ImGui::NewFrame + BoardView::frame
// + ImGui::Render (building the UI and its draw lists; no GL draw, no swap),
// on the demo board and on a generated stress board. Prints one JSON object
// per line and never fails because the machine is slow.
//
//   frame_bench [ASSET_DIR] [--frames N] [--board FILE]
//
// --board adds a third board, e.g. one a phone load left behind.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <numeric>
#include <string>
#include <vector>

#include "core/board_file.h"
#include "core/history.h"
#include "core/stress_board.h"
#include "platform/thread_cpu.h"
#include "view/offline_imgui.h"

using namespace nt;

namespace {

void print(const std::string& metric, double value, const char* unit, int decimals = 3) {
    std::printf("{\"bench\": \"frame_cpu\", \"metric\": \"%s\", \"value\": %.*f, \"unit\": \"%s\"}\n", metric.c_str(),
                decimals, value, unit);
}

// Runs `frames` timed frames after a warm-up and prints the figures as <name>_*.
void measure(const std::string& name, OfflineImGui& imgui, const Board& board, const Catalogue& catalogue,
             const Translations& tr, int frames) {
    History history(board);
    PointerRouter router(history);
    BoardView view;
    double now = 1.0;
    auto one = [&] {
        now += 1.0 / 60;
        return imgui.frame(view, imgui.input(history.board(), router, catalogue, tr, Lang::Nl, now));
    };
    for (int i = 0; i < std::min(frames, 30); ++i) one();

    std::vector<double> ms;
    ms.reserve(static_cast<size_t>(frames));
    DrawStats stats;
    for (int i = 0; i < frames; ++i) {
        const double t0 = threadCpuMs();
        stats = one().stats;
        ms.push_back(threadCpuMs() - t0);
    }
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms[std::min(ms.size() - 1, static_cast<size_t>(q * static_cast<double>(ms.size())))]; };
    print(name + "_median", at(0.5), "ms");
    print(name + "_p95", at(0.95), "ms");
    print(name + "_mean", std::accumulate(ms.begin(), ms.end(), 0.0) / static_cast<double>(ms.size()), "ms");
    print(name + "_vertices", stats.vertices, "vertices", 0);
    print(name + "_indices", stats.indices, "indices", 0);
    print(name + "_filled_screens", coveredScreens(*ImGui::GetDrawData()), "screens", 2);
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
    std::string assetDir = NT_SOURCE_ASSETS;
    int frames = 300;
    std::string extraBoard;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--frames" && i + 1 < argc) {
            frames = std::max(1, std::atoi(argv[++i]));
        } else if (a == "--board" && i + 1 < argc) {
            extraBoard = argv[++i];
        } else if (!a.empty() && a[0] != '-') {
            assetDir = a;
        } else {
            std::fprintf(stderr, "usage: frame_bench [ASSET_DIR] [--frames N] [--board FILE]\n");
            return 2;
        }
    }
    try {
        const Catalogue catalogue = Catalogue::load(assetDir + "/catalogue/actor_types.json");
        const Translations tr = Translations::load(assetDir + "/i18n/nl.json");
        const Board demo = readBoardFile(assetDir + "/demo/demo-workshop.json");
        const Board stress = makeStressBoard(catalogue, {40, 1000, 1000});
        OfflineImGui imgui(assetDir, 1920, 1080);
        measure("demo", imgui, demo, catalogue, tr, frames);
        measure("stress", imgui, stress, catalogue, tr, frames);
        if (!extraBoard.empty()) measure("board", imgui, readBoardFile(extraBoard), catalogue, tr, frames);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "frame_bench: %s\n", e.what());
        return 1;
    }
    return 0;
}
