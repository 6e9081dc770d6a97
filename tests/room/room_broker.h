// A real room broker for tests: tools/room-broker.sh (Eclipse Mosquitto) on
// a free localhost port, in a folder of its own, stopped with the test.
#pragma once

#include <string>
#include <sys/types.h>
#include <vector>

namespace nt::testing {

class RoomBroker {
public:
    // `bridge`: extra arguments for tools/room-broker.sh (--bridge HOST:PORT CODE ROOM).
    explicit RoomBroker(std::string code, std::vector<std::string> bridge = {});
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
    std::vector<std::string> m_bridge;
    int m_port = 0;
    pid_t m_pid = -1;
};

}  // namespace nt::testing
