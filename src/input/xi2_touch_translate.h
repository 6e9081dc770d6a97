// X11 touches (XInput 2.2 XI_TouchBegin / XI_TouchUpdate / XI_TouchEnd),
// described as plain structs, turned into pointer events. Pure: no X
// headers, no threads; the reader in platform/x11_touch fills the structs
// from XIDeviceEvents and the tests feed recorded ones.
//
// Coordinates: event_x / event_y are window pixels relative to the app
// window, the same space as glfwGetWindowSize, so the window's
// BoardTransform maps them onto the board (letterbox bands included). X
// keeps sending a touch to the window it began in even when the finger
// slides off it: such points are clamped to the window's edge.
//
// Robustness: a begin outside the window or with non-finite coordinates is
// ignored with everything else of that touch; updates and ends of touches
// never begun are ignored; a second begin of a live touch (its end was lost)
// cancels the old pointer and starts a new one; live touches are bounded.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "core/board_transform.h"
#include "input/pointer_event.h"

namespace nt {

enum class Xi2TouchType { Begin, Update, End };

struct Xi2TouchEvent {
    Xi2TouchType type = Xi2TouchType::Update;
    int device = 0;               // XIDeviceEvent::deviceid
    std::uint32_t touch = 0;      // XIDeviceEvent::detail: unique per device while the touch lives
    double x = 0, y = 0;          // event_x / event_y: window pixels
    std::uint64_t serverTimeMs = 0;  // XIDeviceEvent::time (X server milliseconds, 32-bit, wraps)
    double received = 0;          // the loop's clock (seconds) when the reader got it
};

struct Xi2Surface {
    double width = 0, height = 0;  // the window, in the same pixels as the events
    BoardTransform transform;      // the window's letterboxing of the board
};

struct Xi2TouchStats {
    std::uint64_t events = 0;
    std::uint64_t ignored = 0;     // updates/ends of unknown touches, begins outside the window
    std::uint64_t refused = 0;     // non-finite coordinates, too many touches
    std::uint64_t duplicateBegins = 0;
};

class Xi2TouchTranslator {
public:
    static constexpr std::uint64_t kFirstPointer = 1ull << 40;  // above mouse (small) and TUIO (1<<32 …) ids
    static constexpr std::size_t kMaxTouches = 256;

    std::vector<PointerEvent> translate(const std::vector<Xi2TouchEvent>& events, const Xi2Surface& surface);
    void translate(const Xi2TouchEvent& e, const Xi2Surface& surface, std::vector<PointerEvent>& out);
    // Cancels every live touch (the reader stopped, the board was replaced).
    void cancelAll(double now, std::vector<PointerEvent>& out);

    std::size_t liveTouches() const { return m_touches.size(); }
    const Xi2TouchStats& stats() const { return m_stats; }

private:
    struct Touch {
        std::uint64_t pointer = 0;
        Vec2 pos;                  // board units, last sent
    };
    double timeOf(const Xi2TouchEvent& e);

    std::map<std::pair<int, std::uint32_t>, Touch> m_touches;  // by (device, touch id)
    std::uint64_t m_nextPointer = kFirstPointer;
    Xi2TouchStats m_stats;
    // Server time → loop clock: the smallest (received − server time) seen is
    // the best estimate of the offset, so events read in one batch keep their
    // spacing; never later than received, re-anchored when the clocks drift.
    std::optional<double> m_offset;
};

}  // namespace nt
