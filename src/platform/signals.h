// SIGTERM and SIGINT end the app gracefully: a dedicated thread waits for
// them (so no work happens in a signal handler), raises a flag and wakes the
// main loop, which saves the board and exits 0.
#pragma once

#include <atomic>
#include <functional>

namespace nt {

// Blocks SIGTERM/SIGINT in the calling thread (call before starting any other
// thread) and starts the waiter. `wake` is called from the waiter thread.
void installTerminationHandling(std::function<void()> wake);
bool terminationRequested();

}  // namespace nt
