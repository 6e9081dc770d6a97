// The room's broker as the app's child: see room_host.h.
#include "app/room_host.h"

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <random>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include "app/start_host.h"
#include "net/local_ports.h"

namespace nt {

namespace {

namespace fs = std::filesystem;

// Installed: /usr/bin/netwerktafel-room-broker beside the app; from a
// source tree: tools/room-broker.sh beside assets/.
std::string brokerScript(const std::string& assetDir) {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    for (const fs::path& candidate : {exe.parent_path() / "netwerktafel-room-broker",
                                      fs::path(assetDir) / ".." / ".." / "bin" / "netwerktafel-room-broker",
                                      fs::path(assetDir) / ".." / "tools" / "room-broker.sh"})
        if (!candidate.empty() && ::access(candidate.c_str(), X_OK) == 0) return candidate.lexically_normal().string();
    return {};
}

std::string lastLine(const fs::path& log) {
    std::ifstream in(log);
    std::string line, last;
    while (std::getline(in, line))
        if (!line.empty()) last = line;
    return last;
}

}  // namespace

std::unique_ptr<RoomHost> RoomHost::start(const std::string& assetDir, std::string& problem, const RememberedRoom* resume) {
    const std::string script = brokerScript(assetDir);
    if (script.empty()) {
        problem = "netwerktafel-room-broker is not installed";
        return nullptr;
    }
    int port = resume && tcpPortFree(resume->port) ? resume->port : 1883;
    while (port < 1900 && !tcpPortFree(port)) ++port;
    if (port == 1900) {
        problem = "no free port from 1883 to 1899";
        return nullptr;
    }
    std::random_device random;
    const std::string code = resume ? resume->code : std::to_string(100000 + random() % 900000);  // six digits, typed once per table
    const fs::path folder = fs::path(homeFolder()) / ".local" / "share" / "netwerktafel";
    std::error_code ec;
    fs::create_directories(folder, ec);
    const std::string portText = std::to_string(port);
    const fs::path log = folder / ("room-" + portText + ".log");

    const std::string roomFolder = (folder / ("room-" + portText)).string();
    char* const argv[] = {const_cast<char*>(script.c_str()), const_cast<char*>(portText.c_str()),
                          const_cast<char*>(code.c_str()), const_cast<char*>(roomFolder.c_str()), nullptr};
    // A new room: nothing of the last one on this port (its tables, its programme) comes back.
    if (!resume || port != resume->port) fs::remove(fs::path(roomFolder) / "mosquitto.db", ec);
    const int logFd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    const int nullFd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid == 0) {
        // Only async-signal-safe calls until exec. The broker gets the
        // signals the app blocks for its own handling (platform/signals), and
        // SIGTERM when the app is gone, even killed without a word.
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent) ::_exit(1);  // the app ended before the signal was set
        if (nullFd >= 0) ::dup2(nullFd, STDIN_FILENO);
        if (logFd >= 0) {
            ::dup2(logFd, STDOUT_FILENO);
            ::dup2(logFd, STDERR_FILENO);
        }
        // Nothing else of the app's: not the phones' sockets, not its windows.
        ::close_range(3, ~0U, 0);
        ::execv(script.c_str(), argv);
        ::_exit(127);
    }
    if (logFd >= 0) ::close(logFd);
    if (nullFd >= 0) ::close(nullFd);
    if (pid < 0) {
        problem = script + ": cannot start";
        return nullptr;
    }
    // Up to 5 s for the broker to listen (it takes a few tens of
    // milliseconds); a broker that stopped is not mistaken for another
    // program that took the port meanwhile.
    for (int i = 0; i < 100; ++i) {
        int status = 0;
        if (::waitpid(pid, &status, WNOHANG) == pid) {
            problem = lastLine(log);
            if (problem.empty()) problem = "the broker stopped at once (" + log.string() + ")";
            return nullptr;
        }
        if (tcpPortAnswers(port)) return std::unique_ptr<RoomHost>(new RoomHost(pid, port, code));
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ::kill(pid, SIGTERM);
    ::waitpid(pid, nullptr, 0);
    problem = "the broker did not listen on port " + portText + " (" + log.string() + ")";
    return nullptr;
}

RoomHost::~RoomHost() {
    ::kill(m_pid, SIGTERM);
    ::waitpid(m_pid, nullptr, 0);
}

}  // namespace nt
