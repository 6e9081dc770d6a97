// What the allocator kept goes back to the system once a minute when the
// app is about to wait, or every three minutes under constant touch.
#include <gtest/gtest.h>

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
