// How the C library's allocator treats the memory of whole frames.
#pragma once

#include <malloc.h>

namespace nt {

// A GL driver, and Mesa's software renderer (llvmpipe, under Xvfb and on
// laptops without a working GPU driver) above all, allocates and frees
// megabytes of vertex and scene memory every frame. By default glibc hands
// freed memory at the top of the heap back to the kernel, and the next
// frame faults it in again, page by page: half of the main thread's time per
// frame under llvmpipe (docs/benchmarks.md). Keeping up to 128 MB of freed
// memory, and serving blocks up to 32 MB from the heap rather than from
// fresh mappings, stops that. What is kept is what the busiest frame used.
//
// One heap for every thread (M_ARENA_MAX 1). glibc gives threads heaps of
// their own (up to 8 a core), and trims those neither at the top while the
// trim threshold is above their size nor in malloc_trim: each kept the most
// its threads (the web server's, the saver, the picture writer) ever held
// at once, which grows with the board. Soaks (docs/benchmarks.md): with
// them, 0.3-0.4 MB a minute more, for as long as the workshop ran, while
// the heap in use stayed flat; with one heap, none of that. In the one heap
// what is freed is handed back by returnFreeMemory. Small blocks still come
// from each thread's own cache without a lock; touch latency and frame CPU
// measured the same.
inline void keepFrameMemory() {
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);  // glibc's largest allowed on 64-bit
    mallopt(M_TRIM_THRESHOLD, 128 * 1024 * 1024);
    mallopt(M_ARENA_MAX, 1);
#endif
}

// A picture for print is drawn at up to four times the screen's size: the
// megabytes it took are free again afterwards, but kept (they are below the
// trim threshold) for the rest of the day. Handing them back once, when a
// picture is done, keeps a long workshop's memory where a frame needs it.
inline void returnFreeMemory() {
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

// What keepFrameMemory keeps adds up over a day: each busiest frame and
// each picture leaves freed memory behind (the 165-minute soak: the heap in
// use stayed flat while the resident memory grew by 19 MB). Handed back once a minute, when the app
// is about to wait anyway, or every three minutes under constant touch:
// one frame a minute faults its pages in again, the rest keep them.
class FreeMemoryReturn {
public:
    static constexpr double kIdleEvery = 60, kBusyEvery = 180;  // seconds
    // `idle`: the app is about to wait for the next event. True when it handed memory back.
    bool tick(double now, bool idle) {
        if (now - m_last < (idle ? kIdleEvery : kBusyEvery)) return false;
        m_last = now;
        returnFreeMemory();
        return true;
    }

private:
    double m_last = 0;
};

}  // namespace nt
