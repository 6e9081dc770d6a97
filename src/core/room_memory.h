// Which room each board was in when the app last had it open, so that a
// table that restarts (a crash, a flat battery, the laptop closed over the
// lunch break) is back in its room by itself, and a plenary that ran the
// room's broker starts it again with the same code, where the tables'
// links find it. A small JSON file whose place the caller decides (e.g.
// ~/.local/state/netwerktafel/rooms.json). A missing or broken file
// remembers nothing; a broken one is moved aside ("<file>.broken") at the
// first save, never written over.
#pragma once

#include <map>
#include <optional>
#include <string>

namespace nt {

struct RememberedRoom {
    std::string host;       // the broker's address; "127.0.0.1" for a room run here
    int port = 1883;
    std::string code;
    std::string table;      // this board's table name; empty for the plenary
    bool hosted = false;    // the plenary ran the room's broker on this machine
    double since = 0;       // Unix time the board joined (or went back into) the room
    friend bool operator==(const RememberedRoom&, const RememberedRoom&) = default;
};

class RoomMemory {
public:
    static constexpr std::size_t kMaxBoards = 50;
    static constexpr std::size_t kMaxFileBytes = 256 * 1024;
    // A room is a day's: a board opened next week does not look for it.
    static constexpr double kForgetAfter = 12 * 3600;

    // Never throws: what cannot be read is left out.
    static RoomMemory load(const std::string& file);
    std::optional<RememberedRoom> of(const std::string& boardPath) const;
    // The room, when the board joined it less than kForgetAfter before `now`.
    std::optional<RememberedRoom> recent(const std::string& boardPath, double now) const;
    // The board is in this room now (the newest kMaxBoards are kept), or in none.
    void remember(const std::string& boardPath, RememberedRoom room);
    void forget(const std::string& boardPath);
    // Atomically (core/atomic_file); throws SaveError.
    void save(const std::string& file);

private:
    std::map<std::string, RememberedRoom> m_rooms;
    std::map<std::string, long> m_order;  // when each was remembered: the oldest goes first
    long m_next = 0;
    bool m_setAside = false;
};

}  // namespace nt
