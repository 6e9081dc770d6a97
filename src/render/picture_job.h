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
    // `wake` is called from the worker when the job ends (to wake the frame loop).
    explicit PictureJob(std::function<void()> wake = {});
    // Waits for the worker: a picture is written whole or not at all.
    ~PictureJob();
    PictureJob(const PictureJob&) = delete;
    PictureJob& operator=(const PictureJob&) = delete;

    // An export of `width` to `path` starts: the overlay shows it while the
    // app renders. False (and nothing changes) while one runs.
    bool begin(int width, std::string path);
    // The pixels, and a copy of the board to carry inside the file (the
    // worker never sees the app's own board). Starts the worker.
    void encode(RgbaImage image, Board board);
    // Rendering failed (the driver): the export ends with `why`.
    void fail(std::string why);

    PictureProgress progress() const;
    bool running() const { return progress().running(); }
    // The ended export (Done or Failed) once; the job is Idle again.
    std::optional<PictureProgress> takeOutcome();

private:
    void work(RgbaImage image, Board board, std::string path);
    void join();

    std::function<void()> m_wake;
    mutable std::mutex m_mutex;
    PictureExport m_state;             // guarded by m_mutex
    std::atomic<int> m_rows{0};        // rows packed, counted by the encoder
    std::thread m_worker;
};

}  // namespace nt
