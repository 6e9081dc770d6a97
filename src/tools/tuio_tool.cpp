// netwerktafel-tuio: records the TUIO datagrams a touch table sends to a file
// and replays them over UDP, for demos, bug reports and tests.
//
//   netwerktafel-tuio record OUT.tuio.jsonl [--port 3333] [--forward HOST:PORT]
//       listens on the UDP port and writes every datagram until Ctrl+C;
//       --forward passes each one on, so the app keeps working meanwhile
//       (start the app with --tuio-port PORT).
//   netwerktafel-tuio replay IN.tuio.jsonl [--to 127.0.0.1:3333] [--speed S] [--loop N]
//       sends the datagrams again with their original timing (S times faster).
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "input/tuio_recording.h"

namespace {

volatile std::sig_atomic_t g_stop = 0;
void onSignal(int) { g_stop = 1; }

int fail(const std::string& message, int code = 1) {
    std::fprintf(stderr, "netwerktafel-tuio: %s\n", message.c_str());
    return code;
}

const char* kUsage =
    "Usage: netwerktafel-tuio record OUT.tuio.jsonl [--port 3333] [--forward HOST:PORT]\n"
    "       netwerktafel-tuio replay IN.tuio.jsonl [--to 127.0.0.1:3333] [--speed 1] [--loop 1]\n";

std::optional<sockaddr_in> parseAddress(const std::string& text) {
    const auto colon = text.rfind(':');
    if (colon == std::string::npos) return std::nullopt;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    const std::string host = text.substr(0, colon);
    if (inet_pton(AF_INET, host == "localhost" ? "127.0.0.1" : host.c_str(), &addr.sin_addr) != 1) return std::nullopt;
    try {
        const int port = std::stoi(text.substr(colon + 1));
        if (port < 1 || port > 65535) return std::nullopt;
        addr.sin_port = htons(static_cast<std::uint16_t>(port));
    } catch (const std::exception&) {
        return std::nullopt;
    }
    return addr;
}

std::string describe(const sockaddr_in& a) {
    char host[INET_ADDRSTRLEN] = "?";
    inet_ntop(AF_INET, &a.sin_addr, host, sizeof host);
    return std::string(host) + ":" + std::to_string(ntohs(a.sin_port));
}

int record(const std::string& path, int port, std::optional<sockaddr_in> forward) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) return fail(path + ": cannot write (" + std::strerror(errno) + ")");
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return fail(std::string("cannot open a UDP socket: ") + std::strerror(errno));
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    addr.sin_port = htons(static_cast<std::uint16_t>(port));
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0) {
        const std::string why = std::strerror(errno);
        ::close(fd);
        return fail("cannot listen on UDP port " + std::to_string(port) + " (" + why + ")");
    }
    std::printf("netwerktafel-tuio: recording UDP port %d to %s; Ctrl+C stops\n", port, path.c_str());
    std::fflush(stdout);
    std::optional<std::chrono::steady_clock::time_point> first;
    std::vector<char> buf(nt::kMaxDatagramBytes + 1);
    std::size_t count = 0;
    while (!g_stop) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 200) <= 0) continue;
        sockaddr_in from{};
        socklen_t fromLen = sizeof from;
        const ssize_t n = ::recvfrom(fd, buf.data(), buf.size(), 0, reinterpret_cast<sockaddr*>(&from), &fromLen);
        if (n <= 0) continue;
        const auto now = std::chrono::steady_clock::now();
        if (!first) first = now;
        const nt::RecordedDatagram d{std::chrono::duration<double>(now - *first).count(), describe(from),
                                     std::string(buf.data(), static_cast<std::size_t>(n))};
        out << nt::recordingLine(d) << '\n' << std::flush;  // a recording cut short keeps every whole line
        if (!out) {
            ::close(fd);
            return fail(path + ": cannot write (disk full?); " + std::to_string(count) + " datagrams kept");
        }
        if (forward)
            ::sendto(fd, buf.data(), static_cast<std::size_t>(n), 0, reinterpret_cast<const sockaddr*>(&*forward),
                     sizeof *forward);
        ++count;
    }
    ::close(fd);
    std::printf("netwerktafel-tuio: %zu datagrams recorded in %s\n", count, path.c_str());
    return 0;
}

int replay(const std::string& path, sockaddr_in to, double speed, int loops) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail(path + ": cannot open the file");
    std::stringstream text;
    text << in.rdbuf();
    std::vector<nt::RecordedDatagram> datagrams;
    try {
        datagrams = nt::parseRecording(text.str());
    } catch (const std::exception& e) {
        return fail(path + ": " + e.what());
    }
    if (datagrams.empty()) return fail(path + ": holds no datagrams");
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return fail(std::string("cannot open a UDP socket: ") + std::strerror(errno));
    std::size_t sent = 0;
    for (int loop = 0; loop < loops && !g_stop; ++loop) {
        const auto start = std::chrono::steady_clock::now();
        for (const nt::RecordedDatagram& d : datagrams) {
            if (g_stop) break;
            std::this_thread::sleep_until(start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                                      std::chrono::duration<double>(d.t / speed)));
            if (::sendto(fd, d.bytes.data(), d.bytes.size(), 0, reinterpret_cast<const sockaddr*>(&to), sizeof to) >= 0)
                ++sent;
        }
    }
    ::close(fd);
    std::printf("netwerktafel-tuio: %zu datagrams sent to %s\n", sent, describe(to).c_str());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.size() < 2 || (args[0] != "record" && args[0] != "replay")) {
        std::fputs(kUsage, args.empty() || args[0] == "--help" ? stdout : stderr);
        return args.size() == 1 && args[0] == "--help" ? 0 : 2;
    }
    int port = 3333, loops = 1;
    double speed = 1;
    std::optional<sockaddr_in> forward;
    sockaddr_in to = *parseAddress("127.0.0.1:3333");
    for (size_t i = 2; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (i + 1 >= args.size()) return fail(a + " needs a value\n" + kUsage, 2);
        const std::string& v = args[++i];
        try {
            if (a == "--port") port = std::stoi(v);
            else if (a == "--loop") loops = std::stoi(v);
            else if (a == "--speed") speed = std::stod(v);
            else if (a == "--forward" || a == "--to") {
                const auto addr = parseAddress(v);
                if (!addr) return fail(a + " needs an address such as 127.0.0.1:3334, not '" + v + "'", 2);
                (a == "--to" ? to : forward.emplace()) = *addr;
            } else {
                return fail("unknown option '" + a + "'\n" + kUsage, 2);
            }
        } catch (const std::exception&) {
            return fail(a + " needs a number, not '" + v + "'", 2);
        }
    }
    if (port < 1 || port > 65535) return fail("--port needs a UDP port from 1 to 65535", 2);
    if (!(speed > 0 && speed <= 1000)) return fail("--speed needs a factor above 0 (1 = as recorded)", 2);
    if (loops < 1) return fail("--loop needs 1 or more", 2);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    return args[0] == "record" ? record(args[1], port, forward) : replay(args[1], to, speed, loops);
}
