// A running workshop without a display: the board and its undo history, the
// pointers on it, the on-screen keyboards, the programme's clock and the
// board's file. Pointer events and requests go in; the board and events come
// out. The app wires a window, threads and a view to it; tests drive it
// directly (tests/session/).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/history.h"
#include "core/model.h"
#include "input/pointer_event.h"
#include "input/pointer_router.h"
#include "session/board_store.h"
#include "session/phone_host.h"
#include "session/room_member.h"
#include "session/session_messages.h"

namespace nt {

// Where a board comes from: its file (empty: the first change picks one),
// the stamp of the file's bytes as read, and whether its journal held
// changes the file lacks.
struct SessionFile {
    std::string savePath;
    std::optional<FileStamp> base;
    bool recovered = false;
};

class Session {
public:
    // `clockAnchor`: the programme's clock is clockAnchor + the loop's time
    // (Unix seconds), so the timer never jumps with the wall clock while the
    // app runs. `wake` wakes the loop from the saver's thread.
    Session(Board board, SessionFile file, double clockAnchor, std::function<void()> wake = {});

    const Board& board() const { return m_history.board(); }
    const History& history() const { return m_history; }
    PointerRouter& router() { return m_router; }
    const PointerRouter& router() const { return m_router; }
    const BoardStore& store() const { return *m_store; }
    std::uint64_t revision() const { return m_history.revision(); }
    // The programme's clock (Unix seconds) at the loop's time `now`.
    double clock(double now) const { return m_clockAnchor + now; }

    // The time stamped on votes, from seats and phones (ISO 8601).
    void setWallClock(std::function<std::string()> clock);
    // The phones' writes arrive through `queue` from now on (the app's web
    // server; a test's own queue).
    void connectPhones(std::unique_ptr<PhoneQueue> queue);
    bool hasPhones() const { return m_phones != nullptr; }
    // What the join card shows; empty without phones.
    std::optional<PhoneStatus> phoneStatus() const;
    // Applies the phones' waiting writes, answers them and publishes what
    // phones see (in `lang`). True when the board changed.
    bool servePhones(const Translations& tr, Lang lang, double now);

    // Takes part in a room of tables from now on (core/room_messages.h):
    // as the plenary when `table` is empty, else as that table.
    void joinRoom(std::unique_ptr<RoomChannel> channel, std::string table);
    const RoomMember* room() const { return m_room.get(); }
    RoomMember* room() { return m_room.get(); }
    // Works alone again: the link goes (the room sees this table offline).
    void leaveRoom() { m_room.reset(); }
    // The room's messages in, this machine's programme or status out; events
    // for the link going up or down. True when the board changed.
    bool serveRoom(double now);

    void handle(const PointerEvent& e) { m_router.handle(e); }
    void request(Request r, double now);

    // Once a frame, after the input: long presses and keyboards' accents.
    void update(double now) { m_router.update(now); }
    // Once a frame, after the requests: the wrap-up follows the programme.
    void followProgramme();
    // Once a frame, after drawing: the journal and the file catch up with the
    // board, and a failing write is told (once) in the events.
    void keepSaved(double now);
    std::vector<SessionEvent> takeEvents();
    // When update(), servePhones() or serveRoom() next has something to do, on the loop's clock.
    std::optional<double> nextDeadline(double now) const;

    // Writes the board file now; false (and a toast) when it cannot be.
    bool save(double now, bool announce = true);
    // Before another board takes this one's place: writes what the file
    // lacks, quietly. False (and a toast) when it cannot be: the board stays.
    bool saveBeforeLeaving(double now);
    // Puts another board on the table, with its own file.
    void replaceBoard(Board board, SessionFile file, double now);
    // Quitting: the board into its file, or into a new one in ~/Netwerktafel
    // when its own cannot be written. Says what it did on stdout/stderr;
    // false when the board could not be written into its own file.
    bool finish(double now);

private:
    void roomVote(const request::RoomVote& v);
    void toast(std::string key, std::string detail = {}, bool error = false);
    void event(SessionEvent::Kind kind, Id item = kNoId);
    void newCombination(const std::vector<Id>& members);
    void applyTimer(const request::Timer& t, double now);

    History m_history;
    PointerRouter m_router;
    std::unique_ptr<BoardStore> m_store;
    std::function<void()> m_wake;
    std::function<std::string()> m_wallClock = [] { return std::string(); };
    std::unique_ptr<PhoneHost> m_phones;
    std::unique_ptr<RoomMember> m_room;
    double m_clockAnchor;
    std::optional<Id> m_followedPhase;  // the phase followProgramme last saw
    bool m_followedWrapUp = false;
    std::vector<SessionEvent> m_events;
};

}  // namespace nt
