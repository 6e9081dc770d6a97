// The app's links beyond the table: see outside_links.h.
#include "app/outside_links.h"

#include <cstdio>
#include <stdexcept>

#include "net/lan_address.h"
#include "net/phone_server.h"

namespace nt {

void connectPhones(const Options& o, Session& session, void (*wake)()) {
    if (o.httpPort == 0 || (!o.screenshot.empty() && !o.httpPortGiven)) return;
    // None when the port is taken (said on stderr): the board runs on without phones.
    if (auto server = PhoneServer::start(o.httpPort, PhoneLimits{}, wake)) session.connectPhones(std::move(server));
}

void joinRoom(const Options& o, Session& session, void (*wake)()) {
    if (!o.roomHost.empty())
        joinRoom(RoomAddress{o.roomHost, o.roomPort, o.roomCode}, o.plenary ? std::string() : o.table, session, wake);
}

void joinRoom(const RoomAddress& address, const std::string& table, Session& session, void (*wake)()) {
    try {
        session.joinRoom(std::make_unique<RoomLink>(address, RoomIdentity{table.empty(), table}, wake), table);
        std::printf("Netwerktafel: %s in de zaal op %s:%d\n", table.empty() ? "plenaire" : ("tafel " + table).c_str(),
                    address.host.c_str(), address.port);
        std::fflush(stdout);
    } catch (const std::runtime_error& e) {
        std::fprintf(stderr, "netwerktafel: %s; the board works on alone\n", e.what());
    }
}

std::unique_ptr<RoomHost> hostRoom(const std::string& assetDir, Session& session, void (*wake)(), std::string& problem,
                                   const RememberedRoom* resume) {
    std::unique_ptr<RoomHost> host = RoomHost::start(assetDir, problem, resume);
    if (!host) {
        std::fprintf(stderr, "netwerktafel: the room could not start here: %s\n", problem.c_str());
        return nullptr;
    }
    joinRoom(RoomAddress{"127.0.0.1", host->port(), host->code()}, {}, session, wake);
    const std::string address =
        host->port() == 1883 ? lanAddress() : lanAddress() + ":" + std::to_string(host->port());
    if (RoomMember* room = session.room()) room->setInvite(address, host->code());
    std::printf("Netwerktafel: de zaal draait hier; tafels doen mee met adres %s en code %s\n", address.c_str(),
                host->code().c_str());
    std::fflush(stdout);
    return host;
}

std::string followRoomCard(const ViewIntents& intents, Session& session, std::unique_ptr<RoomHost>& host,
                           const std::string& assetDir, void (*wake)()) {
    std::string problem;
    if (const auto& j = intents.joinRoom) joinRoom(RoomAddress{j->host, j->port, j->code}, j->table, session, wake);
    if (intents.hostRoom && !session.room()) host = hostRoom(assetDir, session, wake, problem);
    if (intents.leaveRoom) {
        session.leaveRoom();  // the link first, then its broker
        host.reset();
    }
    return problem;
}

}  // namespace nt
