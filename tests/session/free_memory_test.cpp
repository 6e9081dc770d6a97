// What the allocator kept goes back to the system once a minute when the
// app is about to wait, or every three minutes under constant touch.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "platform/allocator.h"

using nt::FreeMemoryReturn;

TEST(FreeMemoryReturn, OnceAMinuteWhenIdleAndEveryThreeMinutesUnderConstantTouch) {
    FreeMemoryReturn free;
    EXPECT_FALSE(free.tick(30, true));
    EXPECT_TRUE(free.tick(60, true));
    EXPECT_FALSE(free.tick(100, true));
    EXPECT_FALSE(free.tick(200, false));  // busy: not yet three minutes
    EXPECT_TRUE(free.tick(240, false));
    EXPECT_FALSE(free.tick(299, true));
    EXPECT_TRUE(free.tick(300, true));
}

#ifdef __GLIBC__
// Every thread allocates from the one heap, which malloc_trim hands back:
// threads' own heaps kept the most they ever held (docs/benchmarks.md,
// issue 14). In a fresh process (a death test's child), so that no earlier
// test's threads made heaps first.
TEST(KeepFrameMemory, EveryThreadAllocatesFromOneHeap) {
    ::testing::FLAGS_gtest_death_test_style = "threadsafe";
    EXPECT_EXIT(
        {
            nt::keepFrameMemory();
            std::vector<std::thread> threads;
            std::vector<void*> blocks(8);
            for (size_t i = 0; i < blocks.size(); ++i)
                threads.emplace_back([&blocks, i] { blocks[i] = std::malloc(4096 + i); });
            for (std::thread& t : threads) t.join();
            char* text = nullptr;
            size_t size = 0;
            FILE* out = open_memstream(&text, &size);
            malloc_info(0, out);
            std::fclose(out);
            const std::string info(text, size);
            std::free(text);
            for (void* b : blocks) std::free(b);
            int heaps = 0;
            for (size_t at = info.find("<heap nr="); at != std::string::npos; at = info.find("<heap nr=", at + 1)) ++heaps;
            std::exit(heaps == 1 ? 0 : 1);
        },
        ::testing::ExitedWithCode(0), "");
}
#endif
