// The TUIO UDP thread: poll() on the socket and a stop eventfd, drain every
// waiting datagram, expire silent touches, hand the events over, wake the loop.
#include "platform/tuio_listener.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <string>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace nt {

namespace {

// If the loop stalls (a modal dialog, a slow save), moves beyond this many
// are dropped; downs, ups and cancels are always kept so no finger gets stuck.
constexpr std::size_t kMaxQueued = 1 << 16;
// How often silent touches are checked for when no datagram arrives.
constexpr int kPollMs = 100;

std::string describe(const sockaddr_in& from) {
    char host[INET_ADDRSTRLEN] = "?";
    inet_ntop(AF_INET, &from.sin_addr, host, sizeof host);
    return std::string(host) + ":" + std::to_string(ntohs(from.sin_port));
}

}  // namespace

std::unique_ptr<TuioListener> TuioListener::start(int port, Clock clock, Wake wake, TuioConfig config) {
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        std::fprintf(stderr, "netwerktafel: no TUIO input: cannot open a UDP socket (%s)\n", std::strerror(errno));
        return nullptr;
    }
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    addr.sin_port = htons(static_cast<std::uint16_t>(port));
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0) {
        std::fprintf(stderr, "netwerktafel: no TUIO input: UDP port %d is not free (%s); use --tuio-port to pick another\n",
                     port, std::strerror(errno));
        ::close(fd);
        return nullptr;
    }
    const int stopFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (stopFd < 0) {
        std::fprintf(stderr, "netwerktafel: no TUIO input: %s\n", std::strerror(errno));
        ::close(fd);
        return nullptr;
    }
    return std::unique_ptr<TuioListener>(new TuioListener(fd, stopFd, port, std::move(clock), std::move(wake), config));
}

TuioListener::TuioListener(int socket, int stopFd, int port, Clock clock, Wake wake, TuioConfig config)
    : m_socket(socket), m_stopFd(stopFd), m_port(port), m_clock(std::move(clock)), m_wake(std::move(wake)), m_decoder(config) {
    m_thread = std::thread([this] { run(); });
}

TuioListener::~TuioListener() {
    const std::uint64_t one = 1;
    if (::write(m_stopFd, &one, sizeof one) < 0) std::perror("netwerktafel: stopping the TUIO thread");
    m_thread.join();
    ::close(m_socket);
    ::close(m_stopFd);
}

void TuioListener::run() {
    pollfd fds[2] = {{m_socket, POLLIN, 0}, {m_stopFd, POLLIN, 0}};
    while (true) {
        const int ready = ::poll(fds, 2, kPollMs);
        if (ready < 0 && errno != EINTR) {
            std::fprintf(stderr, "netwerktafel: TUIO input stopped: %s\n", std::strerror(errno));
            return;
        }
        if (fds[1].revents) return;
        const double now = m_clock();
        if (ready > 0 && (fds[0].revents & POLLIN)) receiveAll(now);
        m_decoder.expire(now);
        std::vector<PointerEvent> events = m_decoder.takeEvents();
        {
            std::lock_guard lock(m_mutex);
            m_stats = m_decoder.stats();
            for (PointerEvent& e : events)
                if (m_queue.size() < kMaxQueued || e.phase != PointerPhase::Move) m_queue.push_back(e);
        }
        if (!events.empty()) m_wake();
    }
}

void TuioListener::receiveAll(double now) {
    // 64 KiB holds any UDP datagram; MSG_TRUNC reports a longer one so it is refused, not half-read.
    static thread_local std::vector<char> buffer(65536);
    for (int n = 0; n < 1000; ++n) {
        sockaddr_in from{};
        socklen_t fromLen = sizeof from;
        const ssize_t got = ::recvfrom(m_socket, buffer.data(), buffer.size(), MSG_TRUNC,
                                       reinterpret_cast<sockaddr*>(&from), &fromLen);
        if (got < 0) return;  // EAGAIN: drained (or a transient error: poll again)
        const std::size_t size = static_cast<std::size_t>(got) <= buffer.size() ? static_cast<std::size_t>(got) : 0;
        m_decoder.feed(buffer.data(), size, describe(from), now);
    }
}

std::vector<PointerEvent> TuioListener::takeEvents() {
    std::lock_guard lock(m_mutex);
    return std::exchange(m_queue, {});
}

TuioStats TuioListener::stats() const {
    std::lock_guard lock(m_mutex);
    return m_stats;
}

}  // namespace nt
