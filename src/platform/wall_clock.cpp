// The local wall-clock time: see wall_clock.h.
#include "platform/wall_clock.h"

#include <chrono>
#include <cstring>
#include <ctime>

namespace nt {

std::string isoLocalTimeNow() {
    const std::time_t t = std::time(nullptr);
    std::tm local{};
    localtime_r(&t, &local);
    char buf[40];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S%z", &local);
    // strftime's %z gives +0100; ISO 8601 wants +01:00.
    const size_t n = std::strlen(buf);
    if (n < 5) return buf;
    return std::string(buf, n - 2).append(":").append(buf + n - 2);
}

double unixTimeNow() {
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}

}  // namespace nt
