// The address phones in the room reach this machine at.
#pragma once

#include <string>

namespace nt {

// The first IPv4 address of an interface that is up and not the loopback
// (getifaddrs); "127.0.0.1" when the machine has no network.
std::string lanAddress();

}  // namespace nt
