// The board as a picture, from inside the app: the sizes the facilitator
// chooses from, where the file goes, and the stages of one export as the
// progress overlay shows them. Plain data and rules; the threads that do the
// work live in render/picture_job.
#pragma once

#include <array>
#include <optional>
#include <string>

namespace nt {

// A width and the translation key of its name ("picture.poster": "Poster").
struct PictureSize {
    int width;
    const char* labelKey;
};
inline constexpr std::array<PictureSize, 3> kPictureSizes{{
    {1920, "picture.screen"},
    {3840, "picture.poster"},
    {7680, "picture.print"},
}};

// Beside the board file: "…/workshop.json" → "…/workshop.png" at 1920 wide,
// "…/workshop-3840.png" at other widths, so a poster never replaces the
// picture for the screen.
std::string picturePathFor(const std::string& boardPath, int width);

enum class PictureStage {
    Idle,       // nothing under way
    Rendering,  // the app draws the pixels on its own thread (GL)
    Encoding,   // the worker packs them into a PNG
    Writing,    // the worker writes the file (temp file, fsync, rename)
    Done,       // written: `path`
    Failed,     // nothing written, the old file (if any) untouched: `error`
};

struct PictureProgress {
    PictureStage stage = PictureStage::Idle;
    int width = 0;
    std::string path;
    std::string error;
    bool report = false;  // the picture for the results report (report_html.h), not a picture file
    int rowsDone = 0;   // Encoding: rows packed so far, of `rows`
    int rows = 0;
    // The whole job from 0 to 1, as one bar: drawing is quick next to packing.
    double fraction() const;
    bool running() const;
};

// The stages of one export at a time. Steps out of order are refused
// (false) and change nothing. Not thread-safe by itself: PictureJob guards it.
class PictureExport {
public:
    // Idle, Done or Failed → Rendering. False while an export runs.
    bool begin(int width, std::string path, bool report = false);
    // Rendering → Encoding of `rows` rows.
    bool rendered(int rows);
    bool encoded(int rowsDone);   // Encoding: progress
    bool writing();               // Encoding → Writing
    bool finished();              // Writing → Done
    bool failed(std::string why); // Rendering, Encoding or Writing → Failed
    // Done or Failed: returned once, and the export is Idle again.
    std::optional<PictureProgress> takeOutcome();
    const PictureProgress& progress() const { return m_progress; }

private:
    PictureProgress m_progress;
};

}  // namespace nt
