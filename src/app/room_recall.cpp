// The room a board was in, remembered: see room_recall.h.
#include "app/room_recall.h"

#include <cstdio>

#include "app/outside_links.h"
#include "core/atomic_file.h"

namespace nt {

RoomRecall::RoomRecall(std::string file) : m_file(std::move(file)), m_memory(RoomMemory::load(m_file)) {}

std::string RoomRecall::update(const std::string& boardPath, double now, const ViewIntents& intents, Session& session,
                               std::unique_ptr<RoomHost>& host, const std::string& assetDir, void (*wake)()) {
    if (!boardPath.empty()) {
        if (const auto& j = intents.joinRoom; j && session.room())
            remember(boardPath, {j->host, j->port, j->code, j->table, false, now});
        if (intents.hostRoom && host) remember(boardPath, {"127.0.0.1", host->port(), host->code(), {}, true, now});
        if (intents.leaveRoom) forget(boardPath);
    }
    std::string problem;
    if (boardPath == m_lastPath && !m_first) return problem;
    m_first = false;
    m_lastPath = boardPath;
    std::optional<RememberedRoom> room = boardPath.empty() ? std::nullopt : m_memory.recent(boardPath, now);
    if (!room || session.room()) return problem;
    if (room->hosted) {
        host = hostRoom(assetDir, session, wake, problem, &*room);
        if (host) room->port = host->port();
    } else {
        joinRoom(RoomAddress{room->host, room->port, room->code}, room->table, session, wake);
    }
    if (session.room()) {  // back in the room: another day's worth from now
        room->since = now;
        remember(boardPath, *room);
    }
    return problem;
}

void RoomRecall::remember(const std::string& boardPath, const RememberedRoom& room) {
    if (m_memory.of(boardPath) == room) return;
    m_memory.remember(boardPath, room);
    save();
}

void RoomRecall::forget(const std::string& boardPath) {
    if (!m_memory.of(boardPath)) return;
    m_memory.forget(boardPath);
    save();
}

void RoomRecall::save() {
    try {
        m_memory.save(m_file);
    } catch (const SaveError& e) {  // the room works on; only a restart would not find it again
        std::fprintf(stderr, "netwerktafel: %s\n", e.what());
    }
}

}  // namespace nt
