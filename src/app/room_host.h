// The room's broker started from the app, when the plenary's facilitator
// taps "start the room here": tools/room-broker.sh (installed as
// netwerktafel-room-broker) as a child process, on the first free port from
// 1883, with a fresh six-digit code. It stops with the app or when the
// plenary leaves the room.
#pragma once

#include <memory>
#include <string>
#include <sys/types.h>

#include "core/room_memory.h"

namespace nt {

class RoomHost {
public:
    // Null, with `problem` saying why in one line, when no broker could
    // start (Mosquitto not installed, no free port, the script missing).
    // `resume`: the room this machine ran before, started again on its port
    // (when free) with its code and what its broker kept, so that its tables
    // come back by themselves.
    static std::unique_ptr<RoomHost> start(const std::string& assetDir, std::string& problem,
                                           const RememberedRoom* resume = nullptr);
    ~RoomHost();
    RoomHost(const RoomHost&) = delete;
    RoomHost& operator=(const RoomHost&) = delete;

    int port() const { return m_port; }
    const std::string& code() const { return m_code; }

private:
    RoomHost(pid_t pid, int port, std::string code) : m_pid(pid), m_port(port), m_code(std::move(code)) {}
    pid_t m_pid;
    int m_port;
    std::string m_code;
};

}  // namespace nt
