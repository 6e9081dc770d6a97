// The web server's workers (net/worker_pool.h): a request goes to the worker
// that finished last, every worker can be busy at once, and what waits is
// run when a worker is free.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <future>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "net/worker_pool.h"

namespace nt {
namespace {

TEST(LastIdleFirstPool, RequestsOneAfterAnotherRunOnTheSameWorker) {
    LastIdleFirstPool pool(16);
    while (pool.idle() < 16) std::this_thread::yield();  // all started
    std::set<std::thread::id> workers;
    for (int i = 0; i < 200; ++i) {  // a quiet room: each request done before the next comes
        std::promise<std::thread::id> ran;
        auto done = ran.get_future();
        pool.enqueue([&ran] { ran.set_value(std::this_thread::get_id()); });
        workers.insert(done.get());
        while (pool.idle() < 16) std::this_thread::yield();  // the worker is back, waiting
    }
    // cpp-httplib's pool hands them round all sixteen.
    EXPECT_EQ(workers.size(), 1u);
    pool.shutdown();
}

TEST(LastIdleFirstPool, EveryWorkerBusyAtOnceAndWhatWaitsRunsInOrder) {
    constexpr int kWorkers = 8;
    LastIdleFirstPool pool(kWorkers);
    std::mutex mutex;
    std::condition_variable changed;
    int busy = 0;
    bool release = false;
    std::set<std::thread::id> holding;
    for (int i = 0; i < kWorkers; ++i)
        pool.enqueue([&] {
            std::unique_lock lock(mutex);
            ++busy;
            holding.insert(std::this_thread::get_id());
            changed.notify_all();
            changed.wait(lock, [&] { return release; });
        });
    {
        std::unique_lock lock(mutex);
        ASSERT_TRUE(changed.wait_for(lock, std::chrono::seconds(20), [&] { return busy == kWorkers; }));
        EXPECT_EQ(holding.size(), static_cast<std::size_t>(kWorkers));  // each on a worker of its own
    }
    std::vector<int> order;
    for (int i = 0; i < 20; ++i)  // every worker busy: these wait
        pool.enqueue([&, i] {
            std::lock_guard lock(mutex);
            order.push_back(i);
        });
    {
        std::lock_guard lock(mutex);
        EXPECT_TRUE(order.empty());
        release = true;
    }
    changed.notify_all();
    pool.shutdown();  // runs what waits, then ends the workers
    ASSERT_EQ(order.size(), 20u);
    std::sort(order.begin(), order.end());
    for (int i = 0; i < 20; ++i) EXPECT_EQ(order[static_cast<std::size_t>(i)], i);  // each once
}

TEST(LastIdleFirstPool, ShutdownTwiceAndJobsOfTheirOwnThreadsAreFine) {
    LastIdleFirstPool pool(4);
    std::atomic<int> ran{0};
    for (int i = 0; i < 100; ++i) pool.enqueue([&] { ++ran; });
    pool.shutdown();
    EXPECT_EQ(ran.load(), 100);
    pool.shutdown();
}

}  // namespace
}  // namespace nt
