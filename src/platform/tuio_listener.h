// Receives TUIO over UDP on its own thread and queues the decoded pointer
// events for the main loop. The thread never touches the board: it decodes,
// cancels touches that went silent, queues, and wakes the loop.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "input/pointer_event.h"
#include "input/tuio_decoder.h"

namespace nt {

class TuioListener {
public:
    using Clock = std::function<double()>;  // the same clock the loop uses; callable from any thread
    using Wake = std::function<void()>;     // thread-safe: wakes the main loop

    // Listens on every interface (tables send from another machine). When the
    // port cannot be had, prints one line to stderr and returns nullptr: the
    // app runs on without TUIO.
    static std::unique_ptr<TuioListener> start(int port, Clock clock, Wake wake, TuioConfig config = {});
    ~TuioListener();
    TuioListener(const TuioListener&) = delete;
    TuioListener& operator=(const TuioListener&) = delete;

    std::vector<PointerEvent> takeEvents();
    TuioStats stats() const;
    int port() const { return m_port; }

private:
    TuioListener(int socket, int stopFd, int port, Clock clock, Wake wake, TuioConfig config);
    void run();
    void receiveAll(double now);

    int m_socket;
    int m_stopFd;  // an eventfd: written once to end the thread at once
    int m_port;
    Clock m_clock;
    Wake m_wake;
    TuioDecoder m_decoder;  // the thread's own

    mutable std::mutex m_mutex;
    std::vector<PointerEvent> m_queue;  // guarded by m_mutex
    TuioStats m_stats;                  // guarded by m_mutex: a copy for diagnostics
    std::thread m_thread;
};

}  // namespace nt
