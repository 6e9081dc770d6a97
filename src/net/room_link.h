// The link from one machine to the room's MQTT broker (Eclipse Mosquitto),
// on libmosquitto's own network thread: it connects, subscribes, keeps a
// last will (a table's status "offline", retained), reconnects by itself
// after the network or the broker went away, and queues what comes in for
// the main loop. It never touches the board.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/room_channel.h"

struct mosquitto;
struct mosquitto_message;

namespace nt {

struct RoomAddress {
    std::string host = "127.0.0.1";
    int port = 1883;
    std::string code;  // the room's code: the password is derived from it (core/room_messages.h)
};

struct RoomIdentity {
    bool plenary = false;
    std::string table;  // a table's name (core/room_messages.h: validTableName); empty for the plenary
};

class RoomLink : public RoomChannel {
public:
    // Starts connecting at once and keeps trying; `wake` wakes the main loop
    // (from the network thread). Throws std::runtime_error when libmosquitto
    // cannot even begin (no memory, a bad name).
    RoomLink(RoomAddress address, RoomIdentity identity, std::function<void()> wake);
    ~RoomLink() override;
    RoomLink(const RoomLink&) = delete;
    RoomLink& operator=(const RoomLink&) = delete;

    std::vector<RoomMessage> take() override;
    void publish(const std::string& topic, const std::string& payload, bool retain) override;
    RoomLinkState state() const override { return m_state.load(); }
    size_t dropped() const override { return m_dropped.load(); }

private:
    static void onConnect(mosquitto*, void* self, int rc);
    static void onDisconnect(mosquitto*, void* self, int rc);
    static void onMessage(mosquitto*, void* self, const mosquitto_message* message);
    void setState(RoomLinkState s);

    RoomIdentity m_identity;
    std::function<void()> m_wake;
    mosquitto* m_client = nullptr;
    std::atomic<RoomLinkState> m_state{RoomLinkState::Connecting};
    std::atomic<size_t> m_dropped{0};
    std::atomic<bool> m_leaving{false};  // being destroyed: the loop is not woken any more
    std::mutex m_mutex;  // guards m_inbox
    std::vector<RoomMessage> m_inbox;
};

}  // namespace nt
