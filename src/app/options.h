// The command line: what to open, how to show it, and the one-shot modes.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/catalogue.h"

namespace nt {

struct Options {
    std::string file;                 // board to open and keep saved; empty: the demo
    bool demo = false;
    bool fullscreen = true;
    int width = 1920;
    int height = 1080;
    Lang lang = Lang::Nl;
    std::string screenshot;           // write what the window shows after `frames` frames, then exit
    int frames = 3;
    std::string exportJson;           // load, write, exit; no window
    std::string exportPng;            // load, render offscreen at exportWidth, write with the board inside, exit
    std::string exportReport;         // write the results report (Markdown) and exit
    std::string exportCsv;            // write the results as CSV for spreadsheets and exit
    std::string exportHtml;           // write the printable results page (board picture inside) and exit
    int exportWidth = 1920;           // kMinExportWidth..kMaxExportWidth (640..7680)
    int tuioPort = 3333;              // UDP port for TUIO touch input; 0: none
    double tuioTimeout = 1.0;         // seconds a TUIO touch may stay unmentioned before it is cancelled
    int httpPort = 8080;              // the participants' web server (phones); 0: none
    bool httpPortGiven = false;       // --screenshot runs the server only when asked for
    std::string latencyLog;           // write input-to-frame latency figures here on exit (bench/)
    // A room of tables (docs/room.md): the broker's address, the room's
    // code, and this machine's part: the plenary, or a table by its name.
    std::string roomHost;             // empty: no room, this machine alone
    int roomPort = 1883;
    std::string roomCode;
    bool plenary = false;
    std::string table;
    bool help = false;
    bool version = false;

    // One of the --export-… options: write files and exit without a window.
    bool exporting() const {
        return !exportJson.empty() || !exportPng.empty() || !exportReport.empty() || !exportCsv.empty() ||
               !exportHtml.empty();
    }
};

struct OptionsError {
    std::string message;
};

std::variant<Options, OptionsError> parseOptions(const std::vector<std::string>& args);
std::string usageText();

}  // namespace nt
