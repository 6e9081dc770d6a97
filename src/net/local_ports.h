// TCP ports on this machine: whether one is free to listen on, and whether
// something answers on it (a server that has just started).
#pragma once

namespace nt {

// Nothing listens on `port` on any interface: a server may take it.
bool tcpPortFree(int port);
// A connection to `port` on the loopback is accepted.
bool tcpPortAnswers(int port);

}  // namespace nt
