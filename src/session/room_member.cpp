// This machine's part in a room of tables: see room_member.h.
#include "session/room_member.h"

#include <algorithm>
#include <iterator>

#include "core/programme.h"

namespace nt {

namespace {

bool sameBeat(room::ProgrammeBeat a, room::ProgrammeBeat b) {
    a.sentAt = b.sentAt = 0;
    return a == b;
}

SessionEvent linkToast(RoomLinkState state) {
    SessionEvent e;
    switch (state) {
        case RoomLinkState::Online: e.key = "room.online"; break;
        case RoomLinkState::Offline: e.key = "room.offline"; break;  // calm: the table works on
        case RoomLinkState::Refused: e.key = "room.refused"; e.error = true; break;
        case RoomLinkState::Connecting: break;
    }
    return e;
}

}  // namespace

RoomMember::RoomMember(std::unique_ptr<RoomChannel> channel, std::string table)
    : m_channel(std::move(channel)), m_table(std::move(table)) {}

bool RoomMember::update(History& history, double clock, std::vector<SessionEvent>& events) {
    const RoomLinkState state = m_channel->state();
    if (state != m_lastState) {
        if (SessionEvent e = linkToast(state); !e.key.empty()) events.push_back(std::move(e));
        if (state == RoomLinkState::Online) {  // back: say everything again
            m_sentStatus.clear();
            m_sentGathered.clear();
            m_sentBeat.reset();
            m_sentBallot.clear();
            m_sentCounted.clear();
            m_sentVote.clear();
            m_sketchRevision = UINT64_MAX;
        }
        m_lastState = state;
    }
    bool changed = false;
    for (const RoomMessage& m : m_channel->take()) receive(m, history, clock, changed);
    events.insert(events.end(), std::make_move_iterator(m_events.begin()), std::make_move_iterator(m_events.end()));
    m_events.clear();
    // The plenary keeps its candidates and the tally even while the link is down.
    if (plenary()) updatePlenaryVote(history, clock, changed);
    if (state != RoomLinkState::Online) return changed;
    if (plenary()) {
        room::ProgrammeBeat beat = room::beatOf(history.board().programme, clock, m_ownClock);
        if (!m_sentBeat || !sameBeat(beat, *m_sentBeat) || clock >= m_sentBeatAt + room::kBeatInterval)
            sendBeat(std::move(beat), clock);
    } else {
        sendStatus(history.board());
        sendGathered(history.board());
        sendBallot();
        sendSketch(history, clock);
    }
    return changed;
}

std::optional<double> RoomMember::nextDue() const {
    if (m_lastState != RoomLinkState::Online) return std::nullopt;
    if (!plenary()) return m_sketchPending ? std::optional<double>(m_sketchSentAt + room::kSketchInterval) : std::nullopt;
    const double beat = m_sentBeatAt + room::kBeatInterval;
    return m_votePending ? std::min(beat, m_sentVoteAt + room::kVoteInterval) : beat;
}

const std::map<std::string, Board>& RoomMember::boards() const {
    for (auto& [table, b] : m_boardTexts) {
        if (b.read == b.arrived) continue;
        b.read = b.arrived;
        std::string why;
        if (std::optional<Board> board = room::decodeSketch(b.text, why)) {
            m_boards[table] = std::move(*board);
        } else {
            ++m_refused;  // a table's own broken board: it keeps the last good one
        }
    }
    return m_boards;
}

void RoomMember::setOwnClock(const std::string& table, bool own) {
    const auto at = std::find(m_ownClock.begin(), m_ownClock.end(), table);
    if (own && at == m_ownClock.end()) m_ownClock.push_back(table);
    if (!own && at != m_ownClock.end()) m_ownClock.erase(at);
}

bool RoomMember::ownClock(const std::string& table) const {
    return std::find(m_ownClock.begin(), m_ownClock.end(), table) != m_ownClock.end();
}

void RoomMember::receive(const RoomMessage& message, History& history, double clock, bool& changed) {
    if (receiveVoteMessage(message, history, changed)) return;
    std::string why;
    if (message.topic == room::kProgrammeTopic) {
        if (plenary()) return;  // its own, back from the broker
        const std::optional<room::ProgrammeBeat> beat = room::decodeBeat(message.payload, why);
        if (!beat) {
            ++m_refused;
            return;
        }
        if (!message.retained) m_offset.sample(clock, beat->sentAt);
        if (std::ranges::find(beat->ownClock, m_table) != beat->ownClock.end()) return;  // this table keeps its own time
        if (auto next = room::followBeat(history.board().programme, *beat, m_offset.offset())) {
            history.apply(programmeChange(history.board(), std::move(*next)), Record::No);
            changed = true;
        }
        return;
    }
    if (!plenary()) return;  // another table's
    if (const std::string table = room::tableOfTopic(message.topic, "board"); !table.empty()) {
        if (message.payload.size() > room::kMaxMessageBytes ||
            (!m_boardTexts.count(table) && m_boardTexts.size() >= room::kMaxTables)) {
            ++m_refused;
            return;
        }
        BoardText& b = m_boardTexts[table];
        b.text = message.payload;
        b.arrived = ++m_boardMessages;
        return;
    }
    if (const std::string table = room::tableOfTopic(message.topic, "gathered"); !table.empty()) {
        std::optional<std::vector<room::GatheredCombination>> gathered = room::decodeGathered(message.payload, why);
        if (!gathered || (!m_gathered.count(table) && m_gathered.size() >= room::kMaxTables)) {
            ++m_refused;
            return;
        }
        if (m_gathered[table] != *gathered) m_mirrorDue = true;
        m_gathered[table] = std::move(*gathered);
        return;
    }
    const std::string table = room::tableOfStatusTopic(message.topic);
    if (table.empty()) return;  // a topic of a later version
    std::optional<room::TableStatus> status = room::decodeStatus(message.payload, why);
    if (!status || status->name != table) {
        ++m_refused;
        return;
    }
    if (m_tables.size() >= room::kMaxTables && !m_tables.count(table)) {
        ++m_refused;
        return;
    }
    m_tables[table] = std::move(*status);
}

void RoomMember::sendBeat(room::ProgrammeBeat beat, double clock) {
    m_channel->publish(room::kProgrammeTopic, room::encodeBeat(beat), true);
    m_sentBeat = std::move(beat);
    m_sentBeatAt = clock;
}

void RoomMember::sendGathered(const Board& board) {
    std::string text = room::encodeGathered(room::gatheredOf(board));
    if (text == m_sentGathered) return;
    m_channel->publish(room::gatheredTopic(m_table), text, true);
    m_sentGathered = std::move(text);
}

// The board for the plenary's gallery: when it changed, at most every kSketchInterval.
void RoomMember::sendSketch(const History& history, double clock) {
    if (history.revision() == m_sketchRevision) {
        m_sketchPending = false;
        return;
    }
    m_sketchPending = true;
    if (clock < m_sketchSentAt + room::kSketchInterval) return;
    if (std::string sketch = room::encodeSketch(history.board()); !sketch.empty())
        m_channel->publish(room::boardTopic(m_table), sketch, true);
    m_sketchRevision = history.revision();
    m_sketchSentAt = clock;
    m_sketchPending = false;
}

void RoomMember::sendStatus(const Board& board) {
    room::TableStatus s;
    s.name = m_table;
    if (const Phase* phase = currentPhase(board.programme)) {
        s.phaseIndex = static_cast<int>(phaseIndex(board.programme, phase->id).value_or(0));
        s.phase = phase->kind;
    }
    s.notes = static_cast<int>(board.notes.size());
    s.partners = static_cast<int>(board.actors.size());
    s.combinations = static_cast<int>(board.combinations.size());
    std::string text = room::encodeStatus(s);
    if (text == m_sentStatus) return;
    m_channel->publish(room::statusTopic(m_table), text, true);
    m_sentStatus = std::move(text);
}

}  // namespace nt
