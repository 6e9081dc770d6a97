// The room a board was in, remembered between runs (core/room_memory.h in
// $XDG_STATE_HOME/netwerktafel/rooms.json): what the room card did is
// written down, and a board that opens (at start, or from the start
// screen) while this machine is in no room goes back into its room by
// itself: a table joins again; a plenary that ran the room starts its
// broker again with the same code, where its tables' links find it. Only
// the same day's room: a board opened next week works alone.
#pragma once

#include <memory>
#include <string>

#include "app/room_host.h"
#include "core/room_memory.h"
#include "session/session.h"
#include "view/board_view.h"

namespace nt {

class RoomRecall {
public:
    explicit RoomRecall(std::string file);
    // Once a frame, after the room card was followed (outside_links.h):
    // `boardPath` is the open board's file ("" for none), `now` Unix time. A
    // problem to show when the room could not start again here; empty otherwise.
    std::string update(const std::string& boardPath, double now, const ViewIntents& intents, Session& session,
                       std::unique_ptr<RoomHost>& host, const std::string& assetDir, void (*wake)());

private:
    void remember(const std::string& boardPath, const RememberedRoom& room);
    void forget(const std::string& boardPath);
    void save();

    std::string m_file;
    RoomMemory m_memory;
    std::string m_lastPath;
    bool m_first = true;
};

}  // namespace nt
