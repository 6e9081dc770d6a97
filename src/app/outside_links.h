// The running app's links beyond the table, as the command line or the
// room card asks for them: the participants' phones (a web server on this
// machine) and the room of tables (a broker here or elsewhere). Without
// them the board works alone.
#pragma once

#include <memory>
#include <string>

#include "app/options.h"
#include "app/room_host.h"
#include "net/room_link.h"
#include "session/session.h"
#include "view/board_view.h"

namespace nt {

// `wake` wakes the frame loop from the links' threads.
void connectPhones(const Options& options, Session& session, void (*wake)());
// The room the command line names, if any.
void joinRoom(const Options& options, Session& session, void (*wake)());
// Takes part in the room at `address`: as its plenary when `table` is empty.
void joinRoom(const RoomAddress& address, const std::string& table, Session& session, void (*wake)());
// Starts the room's broker here and joins it as the plenary, with what the
// tables type to join (this machine's address on the room's network and the
// code). Null, with `problem`, when the broker cannot start. `resume`: the
// room this machine ran before (RoomHost::start).
std::unique_ptr<RoomHost> hostRoom(const std::string& assetDir, Session& session, void (*wake)(), std::string& problem,
                                   const RememberedRoom* resume = nullptr);

// What the room card asked for this frame: join a room as a table, start
// one here (`host` then holds its broker), or leave it. A problem to show
// when the room could not start; empty otherwise.
std::string followRoomCard(const ViewIntents& intents, Session& session, std::unique_ptr<RoomHost>& host,
                           const std::string& assetDir, void (*wake)());

}  // namespace nt
