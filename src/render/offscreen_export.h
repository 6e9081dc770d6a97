// The board as a picture for the workshop report: rendered offscreen into a
// framebuffer object at a chosen width, independent of any window, with fonts
// baked for that size, a title line (workshop, date) and a legend of the actor
// types on the board in place of the tray. No toolbar, panels or popups.
#pragma once

#include <string>

#include "core/catalogue.h"
#include "core/model.h"
#include "render/png_board.h"

struct GLFWwindow;

namespace nt {

constexpr int kMinExportWidth = 640;
constexpr int kMaxExportWidth = 7680;

struct BoardImageRequest {
    const Board& board;
    const Catalogue& catalogue;
    std::string assetDir;      // fonts and translations
    int width = 1920;          // kMinExportWidth..kMaxExportWidth; the height keeps 16:9
    Lang lang = Lang::Nl;
};

// The export's height for `width`: 1080/1920 of it, rounded.
int exportHeight(int width);

// Where the time of one export went, in seconds.
struct ExportTimings {
    double context = 0;        // hidden window, GL context, loader
    double fonts = 0;          // baking the atlas and uploading it
    double render = 0;         // draw lists, GL drawing and reading the pixels back
    double encode = 0;         // PNG encoding
    double write = 0;          // writing the file
};

// Renders the board. Needs a current OpenGL 3.3 context with the glad loader
// loaded (the app's own, or the one exportBoardPng makes); uses its own ImGui
// context and restores the one that was current. Throws std::runtime_error.
RgbaImage renderBoardImage(const BoardImageRequest& request, ExportTimings* timings = nullptr);

// A hidden window, only for its OpenGL 3.3 context, which is current (with
// the glad loader loaded) while this lives. Needs a display (Xvfb will do).
// Throws std::runtime_error: no display, no GL 3.3.
class OffscreenGlContext {
public:
    OffscreenGlContext();
    ~OffscreenGlContext();
    OffscreenGlContext(const OffscreenGlContext&) = delete;
    OffscreenGlContext& operator=(const OffscreenGlContext&) = delete;

private:
    GLFWwindow* m_window = nullptr;
};

// Opens a hidden window for a GL context (needs a display; Xvfb will do),
// renders the board and writes it, with the board JSON inside, to `path`.
// Throws std::runtime_error (no display, no GL 3.3, too large) or SaveError.
void exportBoardPng(const BoardImageRequest& request, const std::string& path, ExportTimings* timings = nullptr);

}  // namespace nt
