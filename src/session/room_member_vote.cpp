// The room's vote in RoomMember (see room_member.h and core/room_vote.h):
// the plenary takes in the gathered combinations, counts every table's
// ballot and sends its vote; a table keeps its seats' ballot and, once the
// vote is closed, the result for its report.

#include "session/room_member.h"

namespace nt {

namespace {

SessionEvent toastOf(const char* key, bool error = false) {
    SessionEvent e;
    e.key = key;
    e.error = error;
    return e;
}

}  // namespace

bool RoomMember::receiveVoteMessage(const RoomMessage& message, History& history, bool& changed) {
    std::string why;
    if (plenary()) {
        const std::string table = room::tableOfTopic(message.topic, "ballot");
        if (table.empty()) return false;
        std::optional<room::Ballot> ballot = room::decodeBallot(message.payload, why);
        if (!ballot || (!m_ballots.count(table) && m_ballots.size() >= room::kMaxTables)) {
            ++m_refused;
            return true;
        }
        // An older ballot than the one counted (a broker started again may
        // still hand out one from before) changes nothing.
        if (auto known = m_ballots.find(table); known != m_ballots.end() && ballot->seq <= known->second.seq) {
            if (ballot->seq < known->second.seq || *ballot == known->second) return true;
        }
        m_ballots[table] = std::move(*ballot);
        m_recount.insert(table);
        return true;
    }
    if (message.topic == room::kVoteTopic) {
        std::optional<room::RoomVote> vote = room::decodeRoomVote(message.payload, why);
        if (!vote) {
            ++m_refused;
            return true;
        }
        // The result of a closed vote goes into the table's board, for its
        // report; a vote opened again has no result until it closes again.
        if (vote->state != VoteState::NotStarted) {
            std::vector<RoomResultLine> result = room::resultOf(*vote);
            if (result != history.board().roomResult) {
                history.apply(std::make_unique<SetRoomResult>(history.board().roomResult, std::move(result)), Record::No);
                changed = true;
            }
        }
        m_roomVote = std::move(*vote);
        return true;
    }
    if (message.topic == room::ballotTopic(m_table)) {
        // This table's own ballot as the broker kept it: after a restart, what its seats had cast.
        std::optional<room::Ballot> ballot = room::decodeBallot(message.payload, why);
        if (!ballot) {
            ++m_refused;
            return true;
        }
        if (!m_ballotKnown || ballot->seq > m_ballot.seq) m_ballot = std::move(*ballot);
        m_ballotKnown = true;
        return true;
    }
    if (message.topic == room::countedTopic(m_table)) {
        std::optional<room::Counted> counted = room::decodeCounted(message.payload, why);
        if (!counted) {
            ++m_refused;
            return true;
        }
        if (!m_ballotKnown || counted->seq > m_ballot.seq) {
            m_ballot = {counted->seq, counted->votes};  // the plenary's count is all there is
        } else if (counted->seq == m_ballot.seq && counted->votes != m_ballot.votes) {
            // The ballot as the plenary counted it, and say so: fewer when a
            // combination was full, more when dots were taken back after the vote closed.
            const bool fewer = counted->votes.size() < m_ballot.votes.size();
            m_ballot.votes = counted->votes;
            ++m_ballot.seq;
            m_events.push_back(toastOf(fewer ? "room.vote.notCounted" : "room.vote.asCounted", fewer));
        }
        m_ballotKnown = true;
        return true;
    }
    return false;
}

void RoomMember::updatePlenaryVote(History& history, double clock, bool& changed) {
    const auto combinationIds = [&] {
        std::vector<Id> ids;
        for (const Combination& c : history.board().combinations) ids.push_back(c.id);
        return ids;
    };
    const auto recountAll = [&] {
        for (const auto& [table, ballot] : m_ballots) m_recount.insert(table);
    };
    // The plenary's own edits count too: a card deleted or brought back by undo.
    if (std::vector<Id> ids = combinationIds(); ids != m_combinationsSeen) {
        m_combinationsSeen = std::move(ids);
        m_mirrorDue = true;
    }
    if (m_mirrorDue) {
        m_mirrorDue = false;
        if (CommandPtr c = room::mirrorGathered(history.board(), m_gathered, [&] { return history.newId(); })) {
            history.apply(std::move(c), Record::No);
            changed = true;
            m_combinationsSeen = combinationIds();
        }
        recountAll();  // the candidates changed
    }
    if (!(history.board().vote == m_countedUnder)) {  // opened, closed, new rules: count again
        m_countedUnder = history.board().vote;
        recountAll();
    }
    // A table heard of gets its count, empty or not, so that it knows its ballot.
    for (const auto& [table, status] : m_tables) m_counted.try_emplace(table);
    for (const std::string& table : m_recount) {
        room::BallotCounting counting{&history.board(),
                                      [&](CommandPtr c) {
                                          history.apply(std::move(c), Record::No);
                                          changed = true;
                                      },
                                      m_wallClock()};
        m_counted[table] = room::countBallot(std::move(counting), table, m_ballots[table]);
    }
    // Only what was counted now, or never sent (a table just heard of; after a reconnect: all).
    for (const auto& [table, counted] : m_counted) {
        if (!m_recount.count(table) && m_sentCounted.count(table)) continue;
        std::string text = room::encodeCounted(counted);
        if (m_sentCounted[table] == text) continue;
        m_channel->publish(room::countedTopic(table), text, true);
        m_sentCounted[table] = std::move(text);
    }
    m_recount.clear();
    // The vote as the tables see it: after a change, at most every kVoteInterval (a busy vote changes many times a second).
    if ((history.revision() != m_voteRevision && clock >= m_sentVoteAt + room::kVoteInterval) || m_sentVote.empty()) {
        m_voteRevision = history.revision();
        m_sentVoteAt = clock;
        std::string text = room::encodeRoomVote(room::roomVoteOf(history.board()));
        if (text != m_sentVote) {
            m_channel->publish(room::kVoteTopic, text, true);
            m_sentVote = std::move(text);
        }
    }
    m_votePending = history.revision() != m_voteRevision;
}

room::BallotRefusal RoomMember::vote(int seat, const room::CandidateKey& candidate, bool cast) {
    if (plenary() || !m_roomVote || !m_ballotKnown) return room::BallotRefusal::NotOpen;
    Id next = 1;
    for (const room::BallotVote& v : m_ballot.votes) next = std::max(next, v.id + 1);
    return cast ? room::castOnBallot(m_ballot, *m_roomVote, seat, candidate, next)
                : room::retractOnBallot(m_ballot, *m_roomVote, seat, candidate);
}

void RoomMember::sendBallot() {
    if (!m_ballotKnown) return;  // never an empty ballot over the one the room holds
    std::string text = room::encodeBallot(m_ballot);
    if (text == m_sentBallot) return;
    m_channel->publish(room::ballotTopic(m_table), text, true);
    m_sentBallot = std::move(text);
}

}  // namespace nt
