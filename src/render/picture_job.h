// The board's picture made inside the running app without stopping it: the
// app draws the pixels on its own thread (OpenGL stays there) and hands them
// over; a worker thread packs them into a PNG with the board inside and
// writes the file through the atomic file writer, so a full disk or a
// read-only folder leaves no partial file and the old one untouched. The
// app reads the progress each frame for the overlay.
#pragma once

#include <atomic>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "core/model.h"
#include "core/picture_export.h"
#include "render/png_board.h"

namespace nt {

class PictureJob {
public:
    // Takes the finished PNG (the whole file) instead of it being written to
    // the export's path; runs on the worker, may throw (SaveError) to fail.
    using Finish = std::function<void(const std::string& png)>;

    // `wake` is called from the worker when the job ends (to wake the frame loop).
    explicit PictureJob(std::function<void()> wake = {});
    // Waits for the worker: a picture is written whole or not at all.
    ~PictureJob();
    PictureJob(const PictureJob&) = delete;
    PictureJob& operator=(const PictureJob&) = delete;

    // An export of `width` to `path` starts: the overlay shows it while the
    // app renders. False (and nothing changes) while one runs. `report`: the
    // picture is for the results report (the overlay says so).
    bool begin(int width, std::string path, bool report = false);
    // The pixels, and a copy of the board to carry inside the file (the
    // worker never sees the app's own board). Starts the worker. With
    // `finish`, the PNG goes to it instead of to the export's path.
    void encode(RgbaImage image, Board board, Finish finish = {});
    // Rendering failed (the driver): the export ends with `why`.
    void fail(std::string why);

    PictureProgress progress() const;
    bool running() const { return progress().running(); }
    // The ended export (Done or Failed) once; the job is Idle again.
    std::optional<PictureProgress> takeOutcome();

private:
    void work(RgbaImage image, Board board, std::string path, Finish finish);
    void join();

    std::function<void()> m_wake;
    mutable std::mutex m_mutex;
    PictureExport m_state;             // guarded by m_mutex
    std::atomic<int> m_rows{0};        // rows packed, counted by the encoder
    std::thread m_worker;
};

}  // namespace nt
