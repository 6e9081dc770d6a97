// XI2 touch events (plain structs) → pointer events on the board.
#include "input/xi2_touch_translate.h"

#include <algorithm>
#include <cmath>

namespace nt {

namespace {

// Server time that lags the receive time by more than this means the clocks
// drifted, the server's 32-bit millisecond clock wrapped, or the loop stalled:
// the offset is measured again.
constexpr double kMaxLag = 0.25;

}  // namespace

double Xi2TouchTranslator::timeOf(const Xi2TouchEvent& e) {
    const double server = static_cast<double>(e.serverTimeMs) / 1000.0;
    const double offset = e.received - server;
    if (!m_offset || offset < *m_offset) m_offset = offset;
    double t = server + *m_offset;
    if (t < e.received - kMaxLag) {
        m_offset = offset;
        t = e.received;
    }
    return std::min(t, e.received);
}

std::vector<PointerEvent> Xi2TouchTranslator::translate(const std::vector<Xi2TouchEvent>& events, const Xi2Surface& surface) {
    std::vector<PointerEvent> out;
    for (const Xi2TouchEvent& e : events) translate(e, surface, out);
    return out;
}

void Xi2TouchTranslator::translate(const Xi2TouchEvent& e, const Xi2Surface& surface, std::vector<PointerEvent>& out) {
    ++m_stats.events;
    if (!std::isfinite(e.x) || !std::isfinite(e.y) || !std::isfinite(e.received)) {
        ++m_stats.refused;
        return;
    }
    const auto key = std::make_pair(e.device, e.touch);
    auto it = m_touches.find(key);
    const double t = timeOf(e);
    auto emit = [&](const Touch& touch, PointerPhase phase) {
        PointerEvent p;
        p.pointer = touch.pointer;
        p.source = PointerSource::Touch;
        p.phase = phase;
        p.pos = touch.pos;
        p.t = t;
        out.push_back(p);
    };

    if (e.type == Xi2TouchType::Begin) {
        const bool inside = e.x >= 0 && e.y >= 0 && e.x < surface.width && e.y < surface.height;
        if (it != m_touches.end()) {
            // Its end never reached us: the old finger's gesture is cancelled, not committed.
            ++m_stats.duplicateBegins;
            emit(it->second, PointerPhase::Cancel);
            m_touches.erase(it);
        }
        if (!inside) {
            ++m_stats.ignored;
            return;
        }
        if (m_touches.size() >= kMaxTouches) {
            ++m_stats.refused;
            return;
        }
        Touch touch{m_nextPointer++, surface.transform.toBoard({e.x, e.y})};
        m_touches.emplace(key, touch);
        emit(touch, PointerPhase::Down);
        return;
    }

    if (it == m_touches.end()) {
        ++m_stats.ignored;
        return;
    }
    // A finger that slid off the window stays at its edge.
    const double x = std::clamp(e.x, 0.0, std::max(0.0, surface.width - 1));
    const double y = std::clamp(e.y, 0.0, std::max(0.0, surface.height - 1));
    it->second.pos = surface.transform.toBoard({x, y});
    if (e.type == Xi2TouchType::Update) {
        emit(it->second, PointerPhase::Move);
    } else {
        emit(it->second, PointerPhase::Up);
        m_touches.erase(it);
    }
}

void Xi2TouchTranslator::cancelAll(double now, std::vector<PointerEvent>& out) {
    for (const auto& [key, touch] : m_touches) {
        PointerEvent p;
        p.pointer = touch.pointer;
        p.source = PointerSource::Touch;
        p.phase = PointerPhase::Cancel;
        p.pos = touch.pos;
        p.t = now;
        out.push_back(p);
    }
    m_touches.clear();
}

}  // namespace nt
