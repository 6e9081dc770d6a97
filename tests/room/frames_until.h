// Drives every machine of a room test frame by frame, as the app drives its
// session, until something is true or 15 s went by (a busy test machine).
#pragma once

#include <chrono>
#include <functional>
#include <thread>
#include <vector>

namespace nt::testing {

template <class Machine>
bool framesUntil(const std::vector<Machine*>& machines, const std::function<bool()>& done) {
    const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(15);
    while (std::chrono::steady_clock::now() < end) {
        for (Machine* m : machines) m->frame();
        if (done()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
}

}  // namespace nt::testing
