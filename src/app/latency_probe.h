// Input-to-frame latency and frame CPU time, measured inside the running app
// for bench/touch_latency.py: from the moment a pointer event was received
// (its timestamp, taken by the thread that read it) to the end of the frame
// that drew its effect, and the main thread's CPU time per frame with input.
// Off unless --latency-log is given; then written as JSON on exit.
#pragma once

#include <string>
#include <vector>

#include "input/pointer_event.h"

namespace nt {

class LatencyProbe {
public:
    explicit LatencyProbe(std::string logPath) : m_path(std::move(logPath)) {}
    bool enabled() const { return !m_path.empty(); }

    // At the top of a frame, after waiting for events.
    void frameStart();
    // Every pointer event handed to the board this frame.
    void saw(const PointerEvent& e);
    // When the UI is built and its draw lists are final, before any GL call
    // draws them: the app's own CPU time for the frame.
    void frameComposed();
    // When the frame is built and drawn, before it is presented: the frame's
    // CPU time on the main thread, the GL driver's share included (under
    // Mesa's llvmpipe, most of it); what follows is the display's.
    void frameBuilt();
    // After the frame is presented, at `now` on the events' clock.
    void frameDone(double now);

    // Writes the figures (p50, p99, max in ms; counts) to the log; false on failure.
    bool write() const;

private:
    std::string m_path;
    std::vector<double> m_pending;      // receive times of this frame's events
    std::vector<double> m_latencyMs;    // one sample per event
    std::vector<double> m_frameCpuMs;   // frames that handled input
    std::vector<double> m_appCpuMs;     // the same frames without the GL draw calls
    double m_cpuComposed = 0;
    double m_cpuAtStart = 0;
    int m_maxPointers = 0;
    std::vector<std::uint64_t> m_down;  // pointers held now
};

}  // namespace nt
