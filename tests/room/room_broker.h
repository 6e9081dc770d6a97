// A real room broker for tests: tools/room-broker.sh (Eclipse Mosquitto) on
// a free localhost port, in a folder of its own, stopped with the test.
#pragma once

#include <string>
#include <sys/types.h>

namespace nt::testing {

class RoomBroker {
public:
    explicit RoomBroker(std::string code);
    ~RoomBroker();
    RoomBroker(const RoomBroker&) = delete;
    RoomBroker& operator=(const RoomBroker&) = delete;

    int port() const { return m_port; }
    pid_t pid() const { return m_pid; }
    // Kills it (SIGKILL: no goodbye) and starts it again on the same port
    // and folder: what it had persisted comes back.
    void kill();
    void start();

private:
    std::string m_code, m_folder;
    int m_port = 0;
    pid_t m_pid = -1;
};

}  // namespace nt::testing
