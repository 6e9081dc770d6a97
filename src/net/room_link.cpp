// The link to the room's broker on libmosquitto: see room_link.h.
#include "net/room_link.h"

#include <mosquitto.h>

#include <cstdio>
#include <mutex>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <utility>

#include "core/room_messages.h"
#include "core/room_vote.h"

namespace nt {

namespace {

constexpr int kKeepAliveSeconds = 5;   // a table gone without a word shows "offline" within ~8 s
constexpr size_t kMaxInbox = 10'000;   // messages waiting for the main loop; beyond: dropped and counted

void initLibrary() {
    static std::once_flag once;
    std::call_once(once, [] { mosquitto_lib_init(); });
}

}  // namespace

RoomLink::RoomLink(RoomAddress address, RoomIdentity identity, std::function<void()> wake)
    : m_identity(std::move(identity)), m_wake(std::move(wake)) {
    initLibrary();
    const std::string clientId = m_identity.plenary ? "plenary" : m_identity.table;
    if (!m_identity.plenary && !room::validTableName(m_identity.table))
        throw std::runtime_error("a table's name is 1 to 32 letters, digits, '-' or '_'");
    m_client = mosquitto_new(clientId.c_str(), true, this);
    if (!m_client) throw std::runtime_error("cannot start the room's link (libmosquitto)");
    // MQTT 5: a table that leaves says so through its last will (below).
    mosquitto_int_option(m_client, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V5);
    const std::string user = m_identity.plenary ? "plenary" : "table";
    mosquitto_username_pw_set(m_client, user.c_str(), room::roomPassword(m_identity.plenary, address.code).c_str());
    if (!m_identity.plenary) {
        room::TableStatus gone;
        gone.name = m_identity.table;
        gone.online = false;
        const std::string will = room::encodeStatus(gone);
        mosquitto_will_set(m_client, room::statusTopic(m_identity.table).c_str(), static_cast<int>(will.size()),
                           will.data(), 1, true);
    }
    mosquitto_connect_callback_set(m_client, &RoomLink::onConnect);
    mosquitto_disconnect_callback_set(m_client, &RoomLink::onDisconnect);
    mosquitto_message_callback_set(m_client, &RoomLink::onMessage);
    mosquitto_reconnect_delay_set(m_client, 1, 10, true);
    mosquitto_connect_async(m_client, address.host.c_str(), address.port, kKeepAliveSeconds);  // retried by the loop
    if (mosquitto_loop_start(m_client) != MOSQ_ERR_SUCCESS) {
        mosquitto_destroy(m_client);
        throw std::runtime_error("cannot start the room's network thread (libmosquitto)");
    }
}

RoomLink::~RoomLink() {
    // Reason 0x04, "disconnect with will message": the plenary sees a table
    // that leaves or quits offline, as it sees one that vanished.
    const bool wasOnline = m_state.load() == RoomLinkState::Online;
    m_leaving.store(true);
    mosquitto_disconnect_v5(m_client, m_identity.plenary ? 0 : 4, nullptr);
    // The network thread sends it and ends; it is not waited for longer than
    // a moment (a reconnect may sit in connect() to a host that is gone):
    // then it is cancelled.
    for (int i = 0; wasOnline && i < 50 && m_state.load() == RoomLinkState::Online; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    mosquitto_loop_stop(m_client, true);
    mosquitto_destroy(m_client);
}

std::vector<RoomMessage> RoomLink::take() {
    std::lock_guard lock(m_mutex);
    return std::exchange(m_inbox, {});
}

void RoomLink::publish(const std::string& topic, const std::string& payload, bool retain) {
    if (m_state.load() != RoomLinkState::Online) return;
    mosquitto_publish(m_client, nullptr, topic.c_str(), static_cast<int>(payload.size()), payload.data(), 1, retain);
}

void RoomLink::setState(RoomLinkState s) {
    m_state.store(s);
    if (m_wake) m_wake();
}

void RoomLink::onConnect(mosquitto* client, void* self, int rc) {
    auto* link = static_cast<RoomLink*>(self);
    if (rc != 0) {
        // 134: wrong user name or password (the room's code); 135: not authorised.
        std::fprintf(stderr, "netwerktafel: the room's broker refused this %s: %s\n",
                     link->m_identity.plenary ? "plenary" : "table", mosquitto_reason_string(rc));
        link->setState(RoomLinkState::Refused);
        mosquitto_disconnect(client);  // and no trying again with the same code
        return;
    }
    // Only what each needs: a table the programme, the room's vote and its
    // own ballot as counted; the plenary the tables' status, combinations, ballots and boards.
    mosquitto_subscribe(client, nullptr, room::kProgrammeTopic, 1);
    if (link->m_identity.plenary) {
        mosquitto_subscribe(client, nullptr, "nt/room/tables/+/status", 1);
        mosquitto_subscribe(client, nullptr, "nt/room/tables/+/gathered", 1);
        mosquitto_subscribe(client, nullptr, "nt/room/tables/+/ballot", 1);
        mosquitto_subscribe(client, nullptr, "nt/room/tables/+/board", 1);
    } else {
        mosquitto_subscribe(client, nullptr, room::kVoteTopic, 1);
        mosquitto_subscribe(client, nullptr, room::ballotTopic(link->m_identity.table).c_str(), 1);
        mosquitto_subscribe(client, nullptr, room::countedTopic(link->m_identity.table).c_str(), 1);
    }
    link->setState(RoomLinkState::Online);
}

void RoomLink::onDisconnect(mosquitto*, void* self, int) {
    auto* link = static_cast<RoomLink*>(self);
    if (link->m_state.load() == RoomLinkState::Refused) return;
    link->m_state.store(RoomLinkState::Offline);
    if (link->m_wake && !link->m_leaving.load()) link->m_wake();
}

void RoomLink::onMessage(mosquitto*, void* self, const mosquitto_message* message) {
    auto* link = static_cast<RoomLink*>(self);
    if (!message->topic || message->payloadlen < 0 || static_cast<size_t>(message->payloadlen) > room::kMaxMessageBytes) {
        ++link->m_dropped;
        return;
    }
    {
        std::lock_guard lock(link->m_mutex);
        if (link->m_inbox.size() >= kMaxInbox) {
            ++link->m_dropped;
            return;
        }
        link->m_inbox.push_back(RoomMessage{message->topic,
                                            std::string(static_cast<const char*>(message->payload),
                                                        static_cast<size_t>(message->payloadlen)),
                                            message->retain});
    }
    if (link->m_wake) link->m_wake();
}

}  // namespace nt
