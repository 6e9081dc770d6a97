// The soonest of several moments, any of which may be absent: when a loop
// that sleeps until something is due must wake next.
#pragma once

#include <initializer_list>
#include <optional>

namespace nt {

inline std::optional<double> earliest(std::initializer_list<std::optional<double>> times) {
    std::optional<double> best;
    for (const auto& t : times)
        if (t && (!best || *t < *best)) best = t;
    return best;
}

}  // namespace nt
