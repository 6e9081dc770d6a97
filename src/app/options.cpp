// Parsing the command line, with one clear message for anything wrong.
#include "app/options.h"

#include <charconv>
#include <string>

#include "core/room_messages.h"
#include "core/translations.h"
#include "render/offscreen_export.h"

namespace nt {

namespace {

bool parseInt(const std::string& s, int lo, int hi, int& out) {
    int v = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || ptr != s.data() + s.size() || v < lo || v > hi) return false;
    out = v;
    return true;
}

// Seconds with at most one decimal ("5", "2.5") from 0.2 to 600, in tenths.
bool parseSeconds(const std::string& s, int& tenths) {
    const auto dot = s.find('.');
    int whole = 0, fraction = 0;
    if (dot == std::string::npos) {
        if (!parseInt(s, 0, 600, whole)) return false;
    } else {
        if (dot == 0 || s.size() != dot + 2 || !parseInt(s.substr(0, dot), 0, 600, whole) ||
            !parseInt(s.substr(dot + 1), 0, 9, fraction))
            return false;
    }
    tenths = whole * 10 + fraction;
    return tenths >= 2 && tenths <= 6000;
}

}  // namespace

std::string usageText() {
    return "Usage: netwerktafel [FILE] [options]\n"
           "Netwerktafel: the board of a 'build out your network' workshop, for a touch table or a projector.\n"
           "\n"
           "  FILE                    board to open (.netwerktafel, or .json); it is kept saved as you work.\n"
           "                          A FILE that does not exist yet starts a new, empty board there.\n"
           "                          A .png exported by Netwerktafel opens the board inside it; changes\n"
           "                          are then saved in a new file in ~/Netwerktafel, never in the PNG.\n"
           "  --demo                  open the built-in demo workshop (without FILE the start screen opens)\n"
           "  --windowed WxH          a window of W by H pixels instead of full screen\n"
           "  --lang nl|en            language of the board (default nl)\n"
           "  --screenshot OUT.png    render, write what the window shows to OUT.png and exit\n"
           "  --frames N              frames to render before the screenshot (default 3)\n"
           "  --export-json OUT.json  load the board, write it to OUT.json and exit (no window)\n"
           "  --export-png OUT.png    render the board offscreen to OUT.png, with the board inside, and exit\n"
           "                          (no window is shown, but OpenGL needs a display, e.g. xvfb-run)\n"
           "  --width W               width of the --export-png picture: 640 to 7680 (default 1920; 3840, 7680)\n"
           "  --export-report OUT.md  write the results report (Markdown) in the --lang language and exit\n"
           "  --export-csv OUT.csv    write the results as CSV (semicolons, UTF-8) for spreadsheets and exit\n"
           "  --export-html OUT.html  write the results as one printable web page, the board's picture inside\n"
           "                          (drawn offscreen: without a display the page goes without it), and exit\n"
           "  --tuio-port N           UDP port for TUIO touches from a touch table (default 3333, 0 = off)\n"
           "  --tuio-timeout S        cancel a TUIO touch its tracker has not mentioned for S seconds\n"
           "                          (default 1; raise it for trackers that only send when a finger moves)\n"
           "  --http-port N           port of the web server participants' phones join on (default 8080, 0 = off);\n"
           "                          the join address is printed at start-up\n"
           "  --latency-log OUT.json  measure input-to-frame latency and frame CPU time; write them on exit\n"
           "  --room HOST[:PORT]      take part in a room of tables through its broker (tools/room-broker.sh;\n"
           "                          port 1883 unless given), with --room-code and --plenary or --table\n"
           "  --room-code CODE        the room's code, as the facilitator gave it\n"
           "  --plenary               this machine is the room's plenary: it leads the programme, sees every table\n"
           "  --table NAME            this machine is the table NAME (letters, digits, - and _; up to 32)\n"
           "  --version               print the version and exit\n"
           "  --help                  print this help and exit\n";
}

std::variant<Options, OptionsError> parseOptions(const std::vector<std::string>& args) {
    Options o;
    bool framesGiven = false;
    bool widthGiven = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string& out) -> bool {
            if (i + 1 >= args.size() || args[i + 1].empty()) return false;
            out = args[++i];
            return true;
        };
        std::string v;
        if (a == "--help" || a == "-h") {
            o.help = true;
        } else if (a == "--version") {
            o.version = true;
        } else if (a == "--demo") {
            o.demo = true;
        } else if (a == "--windowed") {
            if (!value(v)) return OptionsError{"--windowed needs a size such as 1280x720"};
            const auto x = v.find('x');
            if (x == std::string::npos || !parseInt(v.substr(0, x), 320, 16384, o.width) ||
                !parseInt(v.substr(x + 1), 240, 16384, o.height))
                return OptionsError{"--windowed needs a size such as 1280x720, not '" + v + "'"};
            o.fullscreen = false;
        } else if (a == "--lang") {
            if (!value(v) || !langFromName(v)) return OptionsError{"--lang takes nl or en"};
            o.lang = *langFromName(v);
        } else if (a == "--screenshot") {
            if (!value(o.screenshot)) return OptionsError{"--screenshot needs a file name, e.g. --screenshot board.png"};
        } else if (a == "--frames") {
            if (!value(v) || !parseInt(v, 1, 100000, o.frames)) return OptionsError{"--frames needs a number from 1 to 100000"};
            framesGiven = true;
        } else if (a == "--export-json") {
            if (!value(o.exportJson)) return OptionsError{"--export-json needs a file name, e.g. --export-json board.json"};
        } else if (a == "--export-png") {
            if (!value(o.exportPng)) return OptionsError{"--export-png needs a file name, e.g. --export-png board.png"};
        } else if (a == "--export-report") {
            if (!value(o.exportReport)) return OptionsError{"--export-report needs a file name, e.g. --export-report verslag.md"};
        } else if (a == "--export-csv") {
            if (!value(o.exportCsv)) return OptionsError{"--export-csv needs a file name, e.g. --export-csv resultaten.csv"};
        } else if (a == "--export-html") {
            if (!value(o.exportHtml)) return OptionsError{"--export-html needs a file name, e.g. --export-html verslag.html"};
        } else if (a == "--width") {
            if (!value(v) || !parseInt(v, kMinExportWidth, kMaxExportWidth, o.exportWidth))
                return OptionsError{"--width needs a number of pixels from " + std::to_string(kMinExportWidth) + " to " +
                                    std::to_string(kMaxExportWidth) + ", e.g. --width 3840"};
            widthGiven = true;
        } else if (a == "--tuio-port") {
            if (!value(v) || !parseInt(v, 0, 65535, o.tuioPort))
                return OptionsError{"--tuio-port needs a UDP port from 1 to 65535, or 0 for no TUIO input"};
        } else if (a == "--tuio-timeout") {
            int tenths = 0;
            if (!value(v) || !parseSeconds(v, tenths))
                return OptionsError{"--tuio-timeout needs seconds from 0.2 to 600, e.g. --tuio-timeout 5"};
            o.tuioTimeout = tenths / 10.0;
        } else if (a == "--http-port") {
            if (!value(v) || !parseInt(v, 0, 65535, o.httpPort))
                return OptionsError{"--http-port needs a TCP port from 1 to 65535, or 0 for no phones"};
            o.httpPortGiven = true;
        } else if (a == "--latency-log") {
            if (!value(o.latencyLog)) return OptionsError{"--latency-log needs a file name"};
        } else if (a == "--room") {
            if (!value(v)) return OptionsError{"--room needs the broker's address, e.g. --room 192.168.1.20:1883"};
            const auto colon = v.rfind(':');
            o.roomHost = v.substr(0, colon);
            if (o.roomHost.empty() || (colon != std::string::npos && !parseInt(v.substr(colon + 1), 1, 65535, o.roomPort)))
                return OptionsError{"--room needs the broker's address, e.g. --room 192.168.1.20:1883, not '" + v + "'"};
        } else if (a == "--room-code") {
            if (!value(o.roomCode)) return OptionsError{"--room-code needs the room's code"};
        } else if (a == "--plenary") {
            o.plenary = true;
        } else if (a == "--table") {
            if (!value(o.table) || !room::validTableName(o.table))
                return OptionsError{"--table needs the table's name: 1 to 32 letters, digits, - or _"};
        } else if (!a.empty() && a[0] == '-') {
            return OptionsError{"unknown option '" + a + "'"};
        } else if (o.file.empty()) {
            o.file = a;
        } else {
            return OptionsError{"only one board file can be opened at a time ('" + o.file + "' and '" + a + "')"};
        }
    }
    if (o.demo && !o.file.empty()) return OptionsError{"choose either a board FILE or --demo, not both"};
    if (framesGiven && o.screenshot.empty()) return OptionsError{"--frames goes with --screenshot"};
    if (!o.screenshot.empty() && o.exporting())
        return OptionsError{"choose either --screenshot or an --export-… option"};
    if (widthGiven && o.exportPng.empty()) return OptionsError{"--width goes with --export-png"};
    if (o.roomHost.empty() && (!o.roomCode.empty() || o.plenary || !o.table.empty()))
        return OptionsError{"--room-code, --plenary and --table go with --room"};
    if (!o.roomHost.empty() && (o.roomCode.empty() || o.plenary == !o.table.empty()))
        return OptionsError{"--room needs --room-code and either --plenary or --table NAME"};
    // Without a file the start screen opens; a picture or report needs a board: the demo's.
    if (o.file.empty() && o.exporting()) o.demo = true;
    return o;
}

}  // namespace nt
