// Entry point: reads the command line, loads the board (from a board file or
// from the board inside an exported PNG), then either writes it out
// (--export-json, --export-png) or runs the board on screen.
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/board_opening.h"
#include "app/options.h"
#include "core/asset_paths.h"
#include "core/atomic_file.h"
#include "core/board_file.h"
#include "core/journal.h"
#include "core/programme.h"
#include "core/report.h"
#include "core/report_html.h"
#include "core/translations.h"
#include "core/version.h"
#include "platform/allocator.h"
#include "render/offscreen_export.h"
#include "render/png_board.h"

using namespace nt;

namespace {

int fail(const std::string& message, int code = 1) {
    std::fprintf(stderr, "netwerktafel: %s\n", message.c_str());
    return code;
}

void reportJournal(const std::string& file, OpenedBoard::Journal journal) {
    const std::string journalFile = journalPathFor(file);
    if (journal == OpenedBoard::Journal::Applied)
        std::printf("Netwerktafel: %s: de laatste wijzigingen uit %s zijn hersteld (ze stonden nog niet in het "
                    "bestand)\n", file.c_str(), journalFile.c_str());
    else if (journal == OpenedBoard::Journal::Stale || journal == OpenedBoard::Journal::Broken)
        std::fprintf(stderr, "netwerktafel: %s: %s, so it was not used; the board file is opened as it is\n",
                     journalFile.c_str(),
                     journal == OpenedBoard::Journal::Stale ? "belongs to another version of the board file"
                                                            : "cannot be read");
}

// The board's picture for --export-html (a PNG file's bytes), drawn as for
// --export-png; without a display the page goes without it, said once.
std::string reportPicture(const AppSetup& setup, const Options& options) {
    try {
        OffscreenGlContext gl;
        const RgbaImage image = renderBoardImage({setup.board, setup.catalogue, setup.assetDir, 1920, options.lang});
        return encodeBoardPng(image, boardToJsonText(setup.board));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "netwerktafel: %s: written without the board's picture (%s)\n", options.exportHtml.c_str(),
                     e.what());
        return {};
    }
}

}  // namespace

int main(int argc, char** argv) {
    keepFrameMemory();
    const auto parsed = parseOptions(std::vector<std::string>(argv + 1, argv + argc));
    if (const auto* err = std::get_if<OptionsError>(&parsed))
        return fail(err->message + " (see netwerktafel --help)", 2);
    const Options& options = std::get<Options>(parsed);
    if (options.help) {
        std::fputs(usageText().c_str(), stdout);
        return 0;
    }
    if (options.version) {
        std::printf("netwerktafel %s (board format %d)\n", kAppVersion, kBoardFormatVersion);
        return 0;
    }

    const bool exporting = options.exporting();
    AppSetup setup;
    setup.options = options;
    setup.assetDir = findAssetDir(argc > 0 ? argv[0] : "");
    if (setup.assetDir.empty())
        return fail("cannot find the assets folder (fonts, catalogue); set NETWERKTAFEL_ASSETS to it");
    try {
        setup.catalogue = Catalogue::load(setup.assetDir + "/catalogue/actor_types.json");
        try {
            setup.municipalities = MunicipalityList::load(setup.assetDir + "/catalogue/municipalities.json");
        } catch (const LoadError& e) {
            std::fprintf(stderr, "netwerktafel: %s (municipality names will not be suggested)\n", e.what());
        }
        if (options.file.empty() && !options.demo) {
            setup.startScreen = true;  // the board comes from the start screen
        } else if (options.demo) {
            setup.board = readBoardFile(setup.assetDir + "/demo/demo-workshop.json");
        } else if (std::filesystem::exists(options.file)) {
            // The journal beside a board file may hold changes the file lacks
            // (a crash, a power cut): they are opened, shown and exported too.
            OpenedFile opened = openBoardFile(options.file);
            setup.board = std::move(opened.board);
            setup.savePath = opened.savePath;
            setup.saveBase = opened.base;
            setup.recovered = opened.recovered();
            if (!opened.fromPicture) reportJournal(options.file, opened.journal);
            if (opened.fromPicture && !exporting)
                std::printf("Netwerktafel: bord uit %s geopend; wijzigingen worden bewaard in een nieuw bestand in "
                            "~/Netwerktafel\n", options.file.c_str());
        } else if (exporting) {
            return fail(options.file + ": no such file");
        } else if (isPngFile(options.file)) {
            return fail(options.file + ": no such file (a new board is kept in a .netwerktafel file)");
        } else {
            // A new board, saved under the name the facilitator chose.
            setup.board.workshop.title = std::filesystem::path(options.file).stem().string();
            giveDefaultProgramme(setup.board);
            setup.savePath = options.file;
            std::printf("Netwerktafel: nieuw bord, wordt bewaard in %s\n", options.file.c_str());
        }
    } catch (const LoadError& e) {
        return fail(e.what());
    }

    try {
        if (!options.exportJson.empty()) writeFileAtomically(options.exportJson, boardToJsonText(setup.board));
        if (!options.exportReport.empty() || !options.exportCsv.empty() || !options.exportHtml.empty()) {
            const Translations tr = Translations::load(setup.assetDir + "/i18n/" + langName(options.lang) + ".json");
            const ReportInput report{setup.board, setup.catalogue, tr, options.lang};
            if (!options.exportReport.empty()) writeFileAtomically(options.exportReport, reportMarkdown(report));
            if (!options.exportCsv.empty()) writeFileAtomically(options.exportCsv, reportCsv(report));
            if (!options.exportHtml.empty()) writeFileAtomically(options.exportHtml, reportHtml(report, reportPicture(setup, options)));
        }
    } catch (const SaveError& e) {
        return fail(e.what());
    } catch (const LoadError& e) {
        return fail(e.what());
    }
    if (!options.exportPng.empty()) {
        try {
            exportBoardPng({setup.board, setup.catalogue, setup.assetDir, options.exportWidth, options.lang},
                           options.exportPng);
        } catch (const SaveError& e) {
            return fail(e.what());
        } catch (const std::exception& e) {
            return fail(options.exportPng + ": " + e.what());
        }
    }
    if (exporting) return 0;
    return runApp(std::move(setup));
}
