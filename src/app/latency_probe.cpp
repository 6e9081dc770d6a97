// Input-to-frame latency and frame CPU time, for bench/touch_latency.py.
#include "app/latency_probe.h"

#include <algorithm>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "core/atomic_file.h"
#include "platform/thread_cpu.h"

namespace nt {

namespace {

nlohmann::json summary(std::vector<double> v) {
    if (v.empty()) return {{"count", 0}};
    std::sort(v.begin(), v.end());
    auto at = [&](double q) { return v[std::min(v.size() - 1, static_cast<size_t>(q * static_cast<double>(v.size())))]; };
    return {{"count", v.size()}, {"p50", at(0.5)}, {"p99", at(0.99)}, {"max", v.back()}};
}

}  // namespace

void LatencyProbe::frameStart() {
    if (enabled()) m_cpuAtStart = threadCpuMs();
}

void LatencyProbe::saw(const PointerEvent& e) {
    if (!enabled()) return;
    m_pending.push_back(e.t);
    if (e.phase == PointerPhase::Down) m_down.push_back(e.pointer);
    if (e.phase == PointerPhase::Up || e.phase == PointerPhase::Cancel) std::erase(m_down, e.pointer);
    m_maxPointers = std::max(m_maxPointers, static_cast<int>(m_down.size()));
}

void LatencyProbe::frameComposed() {
    if (enabled()) m_cpuComposed = threadCpuMs();
}

void LatencyProbe::frameBuilt() {
    if (!enabled() || m_pending.empty()) return;
    m_frameCpuMs.push_back(threadCpuMs() - m_cpuAtStart);
    m_appCpuMs.push_back(m_cpuComposed - m_cpuAtStart);
}

void LatencyProbe::frameDone(double now) {
    if (!enabled() || m_pending.empty()) return;
    for (double t : m_pending) m_latencyMs.push_back(std::max(0.0, now - t) * 1e3);
    m_pending.clear();
}

bool LatencyProbe::write() const {
    if (!enabled()) return true;
    const nlohmann::json doc{{"latency_ms", summary(m_latencyMs)},
                             {"frame_cpu_ms", summary(m_frameCpuMs)},
                             {"frame_cpu_without_gl_ms", summary(m_appCpuMs)},
                             {"max_simultaneous_pointers", m_maxPointers}};
    try {
        writeFileAtomically(m_path, doc.dump(2) + "\n");
        return true;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "netwerktafel: %s\n", e.what());
        return false;
    }
}

}  // namespace nt
