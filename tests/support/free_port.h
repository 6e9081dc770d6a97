// A TCP port on loopback that nobody listens on right now, for a test's own server.
#pragma once

namespace nt::testing {

int freePort();

}  // namespace nt::testing
