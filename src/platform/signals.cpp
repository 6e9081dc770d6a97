// Waiting for termination signals on a thread of their own.
#include "platform/signals.h"

#include <csignal>
#include <thread>

namespace nt {

namespace {
std::atomic<bool> g_terminate{false};
}

void installTerminationHandling(std::function<void()> wake) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    std::thread([set, wake = std::move(wake)] {
        int sig = 0;
        sigwait(&set, &sig);
        g_terminate = true;
        wake();
    }).detach();
}

bool terminationRequested() { return g_terminate.load(); }

}  // namespace nt
