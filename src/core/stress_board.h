// Generated boards of a given size for benchmarks and tests: bubbles on a
// grid, actors and notes spread over them. Deterministic for a seed.
#pragma once

#include "core/catalogue.h"

namespace nt {

struct StressSize {
    int municipalities = 40;
    int actors = 1000;
    int notes = 1000;
};

Board makeStressBoard(const Catalogue& catalogue, StressSize size, unsigned seed = 1);

}  // namespace nt
