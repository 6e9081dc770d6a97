// The web server's workers, each request given to the worker that finished
// last (cpp-httplib's own pool wakes them in turn).
//
// A phone's poll holds a worker for microseconds, so a room of phones needs
// only a few workers at a time; the other workers are there for writes that
// wait on the board's next frame and for slow connections. Handed out in
// turn, every request went to another of the 128 threads, and each thread
// kept what it had freed in a cache of its own (glibc's per-thread cache),
// scattered over the heap: memory that no thread used and that could not be
// handed back, more of it the longer the workshop ran (docs/benchmarks.md,
// issue 14's soaks). Given to the worker that finished last, the requests
// of a quiet room all run on the same one or two threads; a worker waits
// its turn on a signal of its own.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <httplib.h>
#include <mutex>
#include <thread>
#include <vector>

namespace nt {

class LastIdleFirstPool : public httplib::TaskQueue {
public:
    explicit LastIdleFirstPool(std::size_t workers);
    ~LastIdleFirstPool() override;
    LastIdleFirstPool(const LastIdleFirstPool&) = delete;
    LastIdleFirstPool& operator=(const LastIdleFirstPool&) = delete;

    // To the worker that became idle last; queued while every worker is busy.
    void enqueue(std::function<void()> job) override;
    // Runs what is queued, then ends every worker.
    void shutdown() override;
    // How many workers wait for a job.
    std::size_t idle();

private:
    struct Worker {
        std::condition_variable wake;
        std::function<void()> job;
    };
    void work(std::size_t index);

    std::mutex m_mutex;
    std::vector<Worker> m_workers;
    std::vector<std::size_t> m_idle;  // the last idle on top
    std::deque<std::function<void()>> m_queued;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

}  // namespace nt
