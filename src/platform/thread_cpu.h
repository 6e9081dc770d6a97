// The calling thread's CPU time: what a piece of work costs on a core of its
// own, whatever else the machine is doing (benchmarks, the latency probe).
// A clock read, so it lives out of core/; header-only, so anything that can
// see src/ may use it without linking the platform library.
#pragma once

#include <ctime>

namespace nt {

inline double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

}  // namespace nt
