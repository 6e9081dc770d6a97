// The interactive app: the window, the board's history, pointer routing, the
// view and saving, tied together by an event-driven frame loop that sleeps
// when nothing changes.
#pragma once

#include <optional>
#include <string>

#include "app/options.h"
#include "core/catalogue.h"
#include "core/journal.h"
#include "core/model.h"
#include "core/municipality_list.h"

namespace nt {

struct AppSetup {
    Options options;
    std::string assetDir;
    Catalogue catalogue;
    MunicipalityList municipalities;  // empty when the list is missing: any name still goes
    Board board;
    std::string savePath;   // empty for the demo: the first change picks a new file
    std::optional<FileStamp> saveBase;  // the bytes of savePath as opened; nullopt: no file there yet
    bool recovered = false;             // the board holds changes from the journal that the file lacks
    bool startScreen = false;           // no file and no --demo: the start screen comes first
};

// Runs until the window closes, Ctrl+Q, SIGTERM or SIGINT; saves on the way
// out. Returns the process exit code.
int runApp(AppSetup setup);

}  // namespace nt
