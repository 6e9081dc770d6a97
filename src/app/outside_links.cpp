// The app's links beyond the table: see outside_links.h.
#include "app/outside_links.h"

#include <cstdio>
#include <stdexcept>

#include "net/phone_server.h"
#include "net/room_link.h"

namespace nt {

void connectPhones(const Options& o, Session& session, void (*wake)()) {
    if (o.httpPort == 0 || (!o.screenshot.empty() && !o.httpPortGiven)) return;
    // None when the port is taken (said on stderr): the board runs on without phones.
    if (auto server = PhoneServer::start(o.httpPort, PhoneLimits{}, wake)) session.connectPhones(std::move(server));
}

void joinRoom(const Options& o, Session& session, void (*wake)()) {
    if (o.roomHost.empty()) return;
    try {
        session.joinRoom(std::make_unique<RoomLink>(RoomAddress{o.roomHost, o.roomPort, o.roomCode},
                                                    RoomIdentity{o.plenary, o.table}, wake),
                         o.plenary ? std::string() : o.table);
        std::printf("Netwerktafel: %s in de zaal op %s:%d\n", o.plenary ? "plenaire" : ("tafel " + o.table).c_str(),
                    o.roomHost.c_str(), o.roomPort);
        std::fflush(stdout);
    } catch (const std::runtime_error& e) {
        std::fprintf(stderr, "netwerktafel: %s; the board works on alone\n", e.what());
    }
}

}  // namespace nt
