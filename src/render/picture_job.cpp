// The picture export's worker: encode, then write atomically.
#include "render/picture_job.h"

#include <algorithm>
#include <exception>

#include "core/atomic_file.h"
#include "core/board_file.h"

namespace nt {

PictureJob::PictureJob(std::function<void()> wake) : m_wake(std::move(wake)) {}

PictureJob::~PictureJob() { join(); }

void PictureJob::join() {
    if (m_worker.joinable()) m_worker.join();
}

bool PictureJob::begin(int width, std::string path, bool report) {
    std::lock_guard lock(m_mutex);
    return m_state.begin(width, std::move(path), report);
}

void PictureJob::encode(RgbaImage image, Board board, Finish finish) {
    std::string path;
    {
        std::lock_guard lock(m_mutex);
        if (!m_state.rendered(image.height)) {
            m_state.failed("the picture has no pixels");
            return;
        }
        path = m_state.progress().path;
    }
    join();  // the previous worker has ended (its outcome was taken or replaced)
    m_rows = 0;
    m_worker = std::thread(&PictureJob::work, this, std::move(image), std::move(board), std::move(path), std::move(finish));
}

void PictureJob::fail(std::string why) {
    std::lock_guard lock(m_mutex);
    m_state.failed(std::move(why));
}

void PictureJob::work(RgbaImage image, Board board, std::string path, Finish finish) {
    std::string error;
    try {
        std::string png;
        try {
            png = encodeBoardPng(image, boardToJsonText(board), {}, &m_rows);
        } catch (const std::runtime_error& e) {
            throw SaveError(path + ": " + e.what());
        }
        image = {};  // the pixels can go before the file is written
        {
            std::lock_guard lock(m_mutex);
            m_state.writing();
        }
        if (finish) finish(png);
        else writeFileAtomically(path, png);
    } catch (const std::exception& e) {
        error = e.what();
    }
    {
        std::lock_guard lock(m_mutex);
        if (error.empty()) m_state.finished();
        else m_state.failed(std::move(error));
    }
    if (m_wake) m_wake();
}

PictureProgress PictureJob::progress() const {
    std::lock_guard lock(m_mutex);
    PictureProgress p = m_state.progress();
    if (p.stage == PictureStage::Encoding) p.rowsDone = std::min(m_rows.load(std::memory_order_relaxed), p.rows);
    return p;
}

std::optional<PictureProgress> PictureJob::takeOutcome() {
    std::lock_guard lock(m_mutex);
    return m_state.takeOutcome();
}

}  // namespace nt
