// A real room broker for tests: see room_broker.h.
#include "room_broker.h"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include "free_port.h"
#include "net/local_ports.h"

namespace nt::testing {

RoomBroker::RoomBroker(std::string code, std::vector<std::string> bridge)
    : m_code(std::move(code)), m_bridge(std::move(bridge)) {
    // Another test may take the same free port between the check and the
    // broker's start (ctest runs tests side by side): then the next one.
    for (int attempt = 0;; ++attempt) {
        m_port = freePort();
        m_folder = (std::filesystem::temp_directory_path() /
                    ("nt-room-test-" + std::to_string(getpid()) + "-" + std::to_string(m_port)))
                       .string();
        try {
            start();
            return;
        } catch (const std::runtime_error&) {
            if (attempt == 2) throw;
        }
    }
}

RoomBroker::~RoomBroker() {
    if (m_pid > 0) {
        ::kill(m_pid, SIGTERM);
        ::waitpid(m_pid, nullptr, 0);
    }
    std::error_code ignored;
    std::filesystem::remove_all(m_folder, ignored);
    std::filesystem::remove(m_folder + ".log", ignored);
}

void RoomBroker::start() {
    const std::string script = std::string(NT_SOURCE_DIR) + "/tools/room-broker.sh";
    const std::string port = std::to_string(m_port);
    const std::string log = m_folder + ".log";
    std::vector<const char*> argv{script.c_str(), port.c_str(), m_code.c_str(), m_folder.c_str()};
    for (const std::string& a : m_bridge) argv.push_back(a.c_str());
    argv.push_back(nullptr);
    m_pid = ::fork();
    if (m_pid == 0) {
        if (FILE* f = std::freopen(log.c_str(), "a", stdout)) (void)f;
        ::dup2(STDOUT_FILENO, STDERR_FILENO);
        ::execv(script.c_str(), const_cast<char* const*>(argv.data()));
        std::_Exit(127);
    }
    for (int i = 0; i < 500; ++i) {  // up to 10 s on a busy machine
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {  // first: the port may be another's
            m_pid = -1;
            throw std::runtime_error("the room's broker stopped at once (see " + m_folder + ".log)");
        }
        if (tcpPortAnswers(m_port)) return;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    throw std::runtime_error("the room's broker did not listen on port " + port);
}

void RoomBroker::kill() {
    if (m_pid <= 0) return;
    ::kill(m_pid, SIGKILL);
    ::waitpid(m_pid, nullptr, 0);
    m_pid = -1;
}

}  // namespace nt::testing
