// TCP ports on this machine: see local_ports.h.
#include "net/local_ports.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace nt {

namespace {

sockaddr_in address(int port, in_addr_t host) {
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<uint16_t>(port));
    a.sin_addr.s_addr = htonl(host);
    return a;
}

}  // namespace

bool tcpPortFree(int port) {
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    int yes = 1;
    ::setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    const sockaddr_in a = address(port, INADDR_ANY);
    const bool free = ::bind(s, reinterpret_cast<const sockaddr*>(&a), sizeof a) == 0;
    ::close(s);
    return free;
}

bool tcpPortAnswers(int port) {
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    const sockaddr_in a = address(port, INADDR_LOOPBACK);
    const bool ok = ::connect(s, reinterpret_cast<const sockaddr*>(&a), sizeof a) == 0;
    ::close(s);
    return ok;
}

}  // namespace nt
