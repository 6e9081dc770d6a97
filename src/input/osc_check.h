// A structural check of an OSC packet before oscpack sees it. oscpack 1.1.0
// trusts sizes inside the packet: a bundle element of size 0xFFFFFFFC makes
// `4 + size` wrap to 0 in 32-bit arithmetic, and its ReceivedBundle
// constructor then loops forever on that element. This walk is bounded by
// the bytes really there: every size is checked against what is left before
// it moves on, every step moves forward, and nesting is capped.
#pragma once

#include <cstddef>

namespace nt {

struct OscCheck {
    bool ok = false;
    const char* why = "";  // for tests and logs: the first thing that is wrong
};

// A whole datagram: one message or a bundle (bundles nested up to maxDepth).
OscCheck checkOscPacket(const char* data, std::size_t size, int maxDepth);

}  // namespace nt
