// The saver thread.
#include "core/board_saver.h"

#include "core/board_file.h"

namespace nt {

BoardSaver::BoardSaver(std::unique_ptr<DurableStore> store, std::uint64_t durableRevision, std::function<void()> wake)
    : m_store(std::move(store)), m_path(m_store->path()), m_wake(std::move(wake)) {
    m_status.durableRevision = durableRevision;
    m_status.fileRevision = durableRevision;
    m_thread = std::thread([this] { loop(); });
}

BoardSaver::~BoardSaver() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void BoardSaver::submit(Board board, std::uint64_t revision, Kind kind, double now) {
    {
        std::lock_guard lock(m_mutex);
        // A snapshot still waiting stays a snapshot when a newer board replaces it.
        if (m_waiting && m_waiting->kind == Kind::Snapshot) kind = Kind::Snapshot;
        m_waiting = Job{std::move(board), revision, kind, now};
        m_status.busy = true;
    }
    m_changed.notify_all();
}

SaverStatus BoardSaver::status() const {
    std::lock_guard lock(m_mutex);
    return m_status;
}

void BoardSaver::waitIdle() {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_waiting && !m_running; });
}

void BoardSaver::loop() {
    std::unique_lock lock(m_mutex);
    while (true) {
        m_changed.wait(lock, [this] { return m_stop || m_waiting; });
        if (!m_waiting) return;  // stopping, and nothing left to write
        Job job = std::move(*m_waiting);
        m_waiting.reset();
        m_running = true;
        lock.unlock();

        std::string error;
        std::uint64_t journalBytes = 0;
        try {
            const std::string text = boardToJsonText(job.board);
            if (job.kind == Kind::Snapshot) m_store->snapshot(text, job.now);
            else m_store->journal(text, job.now);
        } catch (const std::exception& e) {
            error = e.what();
        }
        journalBytes = m_store->journalBytes();

        lock.lock();
        m_running = false;
        ++m_status.results;
        m_status.error = error;
        m_status.journalBytes = journalBytes;
        if (error.empty()) {
            m_status.durableRevision = job.revision;
            if (journalBytes == 0) m_status.fileRevision = job.revision;
        }
        m_status.busy = m_waiting.has_value();
        m_changed.notify_all();
        if (m_wake) {
            lock.unlock();
            m_wake();
            lock.lock();
        }
    }
}

}  // namespace nt
