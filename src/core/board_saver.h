// Runs a DurableStore on its own thread so that writing and fsyncing never
// hold up a frame. The main loop hands it a copy of the board (the thread
// never sees the live model) and reads back how far the board is durable
// and whether the last write failed. A job not yet started is replaced by a
// newer one: only the newest board matters.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "core/durable_store.h"
#include "core/model.h"

namespace nt {

struct SaverStatus {
    std::uint64_t durableRevision = 0;  // the newest revision on disk (journal or file)
    std::uint64_t fileRevision = 0;     // the newest revision written into the board file itself
    std::uint64_t journalBytes = 0;
    std::uint64_t results = 0;          // grows with every finished job
    std::string error;                  // the last job's failure; empty when it succeeded
    bool busy = false;                  // a job is waiting or running
};

class BoardSaver {
public:
    // `wake` is called (on the saver thread) after each job, so an idle main loop notices.
    BoardSaver(std::unique_ptr<DurableStore> store, std::uint64_t durableRevision, std::function<void()> wake = {});
    ~BoardSaver();  // finishes the job in hand, drops one still waiting, then stops
    BoardSaver(const BoardSaver&) = delete;
    BoardSaver& operator=(const BoardSaver&) = delete;

    const std::string& path() const { return m_path; }

    enum class Kind { Journal, Snapshot };
    void submit(Board board, std::uint64_t revision, Kind kind, double now);
    SaverStatus status() const;
    // Waits until nothing is waiting or running.
    void waitIdle();

private:
    struct Job {
        Board board;
        std::uint64_t revision = 0;
        Kind kind = Kind::Journal;
        double now = 0;
    };
    void loop();

    std::unique_ptr<DurableStore> m_store;
    const std::string m_path;
    std::function<void()> m_wake;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::optional<Job> m_waiting;
    bool m_running = false;
    bool m_stop = false;
    SaverStatus m_status;
    std::thread m_thread;  // last: starts once everything above is ready
};

}  // namespace nt
