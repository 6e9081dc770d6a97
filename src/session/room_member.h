// This machine's part in a room of tables (issue 17), on the main loop: as
// a table it follows the plenary's programme (unless it runs on its own
// clock) and tells the plenary how it stands; as the plenary it sends its
// programme and keeps what every table told it. Messages come and go
// through a RoomChannel (net/room_link in the app); a table's board and
// journal stay its own truth whatever the link does.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/history.h"
#include "core/room_channel.h"
#include "core/room_programme.h"
#include "session/session_messages.h"

namespace nt {

class RoomMember {
public:
    // `table`: this table's name; empty for the plenary.
    RoomMember(std::unique_ptr<RoomChannel> channel, std::string table);

    bool plenary() const { return m_table.empty(); }
    // What tables type to join this plenary's room (the address on the
    // room's network and the code); empty when the room's broker runs
    // elsewhere.
    void setInvite(std::string address, std::string code) {
        m_inviteAddress = std::move(address);
        m_inviteCode = std::move(code);
    }
    const std::string& inviteAddress() const { return m_inviteAddress; }
    const std::string& inviteCode() const { return m_inviteCode; }
    const std::string& table() const { return m_table; }
    RoomLinkState state() const { return m_channel->state(); }

    // Once a frame, at the programme's clock `clock`: messages in, the
    // programme followed or sent, this table's status sent when it changed.
    // Events (the link up, down, refused) are added to `events`. True when
    // the board changed.
    bool update(History& history, double clock, std::vector<SessionEvent>& events);
    // When update() next has something to do (the plenary's beat), on the programme's clock.
    std::optional<double> nextDue() const;

    // [SECTION] The plenary's
    // Every table heard of, by name, with what it last said.
    const std::map<std::string, room::TableStatus>& tables() const { return m_tables; }
    // What each table sent to the plenary, by table.
    const std::map<std::string, std::vector<room::GatheredCombination>>& gathered() const { return m_gathered; }
    // Lets a table run on its own clock, or brings it back to the room's.
    void setOwnClock(const std::string& table, bool own);
    bool ownClock(const std::string& table) const;
    // Messages refused: malformed, or from where they should not come.
    size_t refused() const { return m_refused; }

private:
    void receive(const RoomMessage& message, History& history, double clock, bool& changed);
    void sendBeat(room::ProgrammeBeat beat, double clock);
    void sendStatus(const Board& board);
    void sendGathered(const Board& board);

    std::unique_ptr<RoomChannel> m_channel;
    std::string m_table;
    RoomLinkState m_lastState = RoomLinkState::Connecting;
    room::ClockOffset m_offset;
    std::optional<room::ProgrammeBeat> m_sentBeat;   // the plenary's: what it last sent
    double m_sentBeatAt = 0;
    std::string m_sentStatus;
    std::string m_sentGathered;
    std::vector<std::string> m_ownClock;
    std::map<std::string, room::TableStatus> m_tables;
    std::map<std::string, std::vector<room::GatheredCombination>> m_gathered;
    size_t m_refused = 0;
    std::string m_inviteAddress, m_inviteCode;
};

}  // namespace nt
