// One stream of pointer events from every input source (mouse, X11 touch,
// TUIO, synthetic test input), already in board coordinates.
#pragma once

#include <cstdint>

#include "core/model.h"

namespace nt {

enum class PointerSource { Mouse, Touch, Tuio, Synthetic };
enum class PointerPhase { Down, Move, Up, Cancel };

struct PointerEvent {
    std::uint64_t pointer = 0;   // unique per finger / mouse while it is down
    PointerSource source = PointerSource::Mouse;
    PointerPhase phase = PointerPhase::Move;
    Vec2 pos;                    // board units (1920×1080)
    double t = 0;                // seconds on a monotonic clock
    bool secondary = false;      // right mouse button: asks for the context menu at once
    bool lost = false;           // a Cancel because its source fell silent or restarted: a drag ends where last seen
};

}  // namespace nt
