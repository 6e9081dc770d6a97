// The room's vote (issue 17): the plenary's board holds every table's
// gathered combinations as candidates and owns the tally; the tables' seats
// vote through their table's ballot. Pure: the plenary's board in, commands
// and messages out.
//
//   nt/room/vote                   the plenary's vote: state, rules, candidates, result (retained)
//   nt/room/tables/<name>/ballot   every vote the table's seats cast, in order (retained)
//   nt/room/tables/<name>/counted  which of those the plenary counted (retained)
//
// A ballot is the table's whole state, not a stream of casts: a message
// repeated, lost in a broker restart or read again after one changes
// nothing, because the plenary brings its board in line with the latest
// ballot. Every vote is counted exactly once.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/commands.h"
#include "core/room_messages.h"

namespace nt::room {

inline constexpr const char* kVoteTopic = "nt/room/vote";
// How often the plenary sends its vote at most while it changes (seconds).
inline constexpr double kVoteInterval = 0.25;
std::string ballotTopic(const std::string& table);
std::string countedTopic(const std::string& table);

// A combination in the room's vote, as every table knows it: by the table
// that sent it (empty: the plenary's own) and its id there.
struct CandidateKey {
    std::string table;
    Id id = kNoId;
    friend auto operator<=>(const CandidateKey&, const CandidateKey&) = default;
};

struct VoteCandidate {
    CandidateKey key;
    std::string name;
    std::vector<std::string> partners;
    int votes = -1;   // -1: hidden while the vote runs
    int rank = 0;     // once the vote is closed
    friend bool operator==(const VoteCandidate&, const VoteCandidate&) = default;
};

// What the plenary tells the tables about its vote.
struct RoomVote {
    VoteState state = VoteState::NotStarted;
    int votesPerVoter = 3;
    int capPerCombination = 0;  // 0: none
    std::vector<VoteCandidate> candidates;
    friend bool operator==(const RoomVote&, const RoomVote&) = default;
};
inline constexpr size_t kMaxCandidates = kMaxTables * kMaxGathered;  // every table's, and the plenary's first

// One vote of a table's seat; `id` is the table's own, unique at that table.
struct BallotVote {
    Id id = kNoId;
    int seat = 1;
    CandidateKey candidate;
    friend bool operator==(const BallotVote&, const BallotVote&) = default;
};
struct Ballot {
    std::uint64_t seq = 0;  // grows with every change the table makes
    std::vector<BallotVote> votes;
    friend bool operator==(const Ballot&, const Ballot&) = default;
};
inline constexpr size_t kMaxBallotVotes = kMaxSeats * kMaxVotesPerVoter;

// The plenary's answer to a ballot: its seq and the votes it counted.
struct Counted {
    std::uint64_t seq = 0;
    std::vector<BallotVote> votes;
    friend bool operator==(const Counted&, const Counted&) = default;
};

// The plenary's voter id for a table's seat ("Tafel-B/seat-2"): like a
// phone, it does not wear one of the plenary's own seat colours.
std::string tableSeatVoter(const std::string& table, int seat);

// The vote as the plenary's board stands: every combination a candidate;
// counts only when the board shows them (live results, or closed).
RoomVote roomVoteOf(const Board& plenary);

// The plenary's board in line with what the tables gathered: a candidate for
// each gathered combination (placed where there is room), names and partners
// kept up to date, and one a table took back removed while nobody voted
// for it. `newId` hands out ids. Null when nothing changes.
CommandPtr mirrorGathered(const Board& plenary, const std::map<std::string, std::vector<GatheredCombination>>& gathered,
                          const std::function<Id()>& newId);

// Applies `ballot` of `table` to the plenary's board, one vote at a time
// through the vote's rules (budget per voter, cap, only while open), and
// says what counted. `apply` applies each command to the board (unrecorded:
// nobody undoes another table's votes); a vote takes the board's next id.
struct BallotCounting {
    const Board* board;
    std::function<void(CommandPtr)> apply;
    std::string at;  // now, ISO 8601
};
Counted countBallot(BallotCounting c, const std::string& table, const Ballot& ballot);

// [SECTION] A table's side
// The table's ballot with one more vote of `seat` for `candidate`, or why not.
enum class BallotRefusal { None, NotOpen, NoSuchCandidate, NoVotesLeft, CandidateFull, NothingToTakeBack };
BallotRefusal castOnBallot(Ballot& ballot, const RoomVote& vote, int seat, const CandidateKey& candidate, Id id);
BallotRefusal retractOnBallot(Ballot& ballot, const RoomVote& vote, int seat, const CandidateKey& candidate);
int ballotVotesOf(const Ballot& ballot, int seat);
int ballotVotesFor(const Ballot& ballot, int seat, const CandidateKey& candidate);
// The closed vote as a table keeps it for its report.
std::vector<RoomResultLine> resultOf(const RoomVote& vote);

std::string encodeRoomVote(const RoomVote& vote);
std::optional<RoomVote> decodeRoomVote(std::string_view text, std::string& why);
std::string encodeBallot(const Ballot& ballot);
std::optional<Ballot> decodeBallot(std::string_view text, std::string& why);
std::string encodeCounted(const Counted& counted);
std::optional<Counted> decodeCounted(std::string_view text, std::string& why);

}  // namespace nt::room
