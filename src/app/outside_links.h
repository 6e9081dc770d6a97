// The running app's links beyond the table, as the command line asks for
// them: the participants' phones (a web server on this machine) and the
// room of tables (a broker elsewhere). Without them the board works alone.
#pragma once

#include "app/options.h"
#include "session/session.h"

namespace nt {

// `wake` wakes the frame loop from the links' threads.
void connectPhones(const Options& options, Session& session, void (*wake)());
void joinRoom(const Options& options, Session& session, void (*wake)());

}  // namespace nt
