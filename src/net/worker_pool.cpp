// The web server's workers: see worker_pool.h.
#include "net/worker_pool.h"

namespace nt {

LastIdleFirstPool::LastIdleFirstPool(std::size_t workers) : m_workers(workers) {
    m_threads.reserve(workers);
    for (std::size_t i = 0; i < workers; ++i) m_threads.emplace_back(&LastIdleFirstPool::work, this, i);
}

LastIdleFirstPool::~LastIdleFirstPool() { shutdown(); }

void LastIdleFirstPool::enqueue(std::function<void()> job) {
    std::unique_lock lock(m_mutex);
    if (m_idle.empty()) {
        m_queued.push_back(std::move(job));
        return;
    }
    Worker& worker = m_workers[m_idle.back()];
    m_idle.pop_back();
    worker.job = std::move(job);
    lock.unlock();
    worker.wake.notify_one();
}

void LastIdleFirstPool::shutdown() {
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping && m_threads.empty()) return;
        m_stopping = true;
    }
    for (Worker& w : m_workers) w.wake.notify_one();
    for (std::thread& t : m_threads) t.join();
    m_threads.clear();
}

std::size_t LastIdleFirstPool::idle() {
    std::lock_guard lock(m_mutex);
    return m_idle.size();
}

void LastIdleFirstPool::work(std::size_t index) {
    Worker& me = m_workers[index];
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (!me.job && !m_queued.empty()) {
            me.job = std::move(m_queued.front());
            m_queued.pop_front();
        }
        if (me.job) {
            std::function<void()> job = std::move(me.job);
            me.job = nullptr;
            lock.unlock();
            job();
            job = nullptr;  // what it holds is let go here, on this worker
            lock.lock();
            continue;
        }
        if (m_stopping) return;
        m_idle.push_back(index);
        me.wake.wait(lock, [&] { return me.job || m_stopping; });
        if (!me.job) {  // stopping: no longer idle, nobody may give it a job now
            std::erase(m_idle, index);
        }
    }
}

}  // namespace nt
