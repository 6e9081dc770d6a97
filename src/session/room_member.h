// This machine's part in a room of tables (issue 17), on the main loop: as
// a table it follows the plenary's programme (unless it runs on its own
// clock) and tells the plenary how it stands; as the plenary it sends its
// programme and keeps what every table told it. Messages come and go
// through a RoomChannel (net/room_link in the app); a table's board and
// journal stay its own truth whatever the link does.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/history.h"
#include "core/room_channel.h"
#include "core/room_programme.h"
#include "core/room_sketch.h"
#include "core/room_vote.h"
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
    // When update() next has something to do (the plenary's beat, a table's
    // board waiting to be sent), on the programme's clock.
    std::optional<double> nextDue() const;

    // [SECTION] The plenary's
    // Every table heard of, by name, with what it last said.
    const std::map<std::string, room::TableStatus>& tables() const { return m_tables; }
    // What each table sent to the plenary, by table.
    const std::map<std::string, std::vector<room::GatheredCombination>>& gathered() const { return m_gathered; }
    // Each table's board as it last sent it (core/room_sketch.h), by table;
    // read when asked for (the gallery is open), not as it arrives.
    const std::map<std::string, Board>& boards() const;
    // Lets a table run on its own clock, or brings it back to the room's.
    void setOwnClock(const std::string& table, bool own);
    bool ownClock(const std::string& table) const;
    // Messages refused: malformed, or from where they should not come.
    size_t refused() const { return m_refused; }
    // What the plenary counted of each table's ballot in the room's vote.
    const std::map<std::string, room::Counted>& counted() const { return m_counted; }

    // [SECTION] The room's vote at a table (core/room_vote.h)
    // The plenary's vote as this table last heard it.
    const std::optional<room::RoomVote>& roomVote() const { return m_roomVote; }
    // What this table's seats cast; known once the room told it (its own
    // ballot kept by the broker, or the plenary's count).
    const room::Ballot& ballot() const { return m_ballot; }
    bool ballotKnown() const { return m_ballotKnown; }
    // A seat of this table casts a vote (or takes its latest one back).
    room::BallotRefusal vote(int seat, const room::CandidateKey& candidate, bool cast);
    // The time votes are stamped with (ISO 8601).
    void setWallClock(std::function<std::string()> clock) { m_wallClock = std::move(clock); }

private:
    void receive(const RoomMessage& message, History& history, double clock, bool& changed);
    void sendBeat(room::ProgrammeBeat beat, double clock);
    void sendStatus(const Board& board);
    void sendGathered(const Board& board);
    void sendSketch(const History& history, double clock);
    // room_member_vote.cpp
    bool receiveVoteMessage(const RoomMessage& message, History& history, bool& changed);
    void updatePlenaryVote(History& history, double clock, bool& changed);
    void sendBallot();

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
    struct BoardText {
        std::string text;                                 // as it came
        std::uint64_t arrived = 0, read = 0;              // which message; which was read into m_boards
    };
    mutable std::map<std::string, BoardText> m_boardTexts;
    mutable std::map<std::string, Board> m_boards;
    std::uint64_t m_boardMessages = 0;
    std::uint64_t m_sketchRevision = UINT64_MAX;  // a table's board as it last sent it
    double m_sketchSentAt = -1e9;
    bool m_sketchPending = false;                 // changed since, waiting for kSketchInterval
    mutable size_t m_refused = 0;
    std::string m_inviteAddress, m_inviteCode;
    std::function<std::string()> m_wallClock = [] { return std::string(); };
    std::vector<SessionEvent> m_events;      // said while reading messages; handed out by update()
    // The room's vote: the plenary's side
    std::map<std::string, room::Ballot> m_ballots;
    std::map<std::string, room::Counted> m_counted;
    std::map<std::string, std::string> m_sentCounted;
    std::set<std::string> m_recount;         // tables whose ballot is to be counted again
    bool m_mirrorDue = false;                // a table's gathered combinations changed
    std::vector<Id> m_combinationsSeen;      // the plenary's combinations at the last mirror
    VoteSession m_countedUnder;              // the vote's state and rules at the last count
    std::uint64_t m_voteRevision = UINT64_MAX;
    std::string m_sentVote;
    double m_sentVoteAt = -1e9;
    bool m_votePending = false;              // changed since, waiting for kVoteInterval
    // … and a table's
    std::optional<room::RoomVote> m_roomVote;
    room::Ballot m_ballot;
    bool m_ballotKnown = false;
    std::string m_sentBallot;
};

}  // namespace nt
