// What a running workshop needs from its link to the room's broker: the
// messages that came in, a way to send, and whether the link is up. The app
// uses net/room_link (libmosquitto); tests may stand in a queue of their own.
#pragma once

#include <string>
#include <vector>

namespace nt {

struct RoomMessage {
    std::string topic;
    std::string payload;
    bool retained = false;  // kept by the broker from before: it may be old
};

enum class RoomLinkState {
    Connecting,  // not yet through to the broker (or trying again)
    Online,
    Offline,     // was online; the link tries again by itself
    Refused,     // the broker said no (a wrong room code): it does not try again
};

class RoomChannel {
public:
    virtual ~RoomChannel() = default;
    // The messages since the last call, oldest first.
    virtual std::vector<RoomMessage> take() = 0;
    // Sent at least once (QoS 1). Dropped while offline: the session sends
    // its state again when the link is back.
    virtual void publish(const std::string& topic, const std::string& payload, bool retain) = 0;
    virtual RoomLinkState state() const = 0;
    // Messages refused since the start: too large, or a full queue.
    virtual size_t dropped() const = 0;
};

}  // namespace nt
