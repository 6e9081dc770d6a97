// The rules of the live vote, enforced here and nowhere else: the table's
// dots and (later) the phones go through the same functions. Casting and
// taking back votes is never recorded in the undo history (undo must never
// silently remove someone's vote); opening, closing and reopening the vote
// are facilitator commands that can be undone.
#pragma once

#include <string>
#include <vector>

#include "core/commands.h"

namespace nt {

enum class VoteRefusal { None, NotOpen, NoSuchCombination, NoVotesLeft, CombinationFull, NothingToTakeBack };

struct VoteOutcome {
    VoteRefusal refusal = VoteRefusal::None;
    CommandPtr command;          // apply with Record::No; null when refused
    explicit operator bool() const { return refusal == VoteRefusal::None; }
};

// `at`: the time of the vote (ISO 8601), given by the caller: the core reads no clock.
VoteOutcome castVote(const Board& board, Id voteId, const std::string& voter, Id combination, std::string at);
// Takes back this voter's most recent vote on this combination.
VoteOutcome retractVote(const Board& board, const std::string& voter, Id combination);

int votesCast(const Board& board, const std::string& voter);
int votesLeft(const Board& board, const std::string& voter);
int votesFor(const Board& board, Id combination);

struct RankedCombination {
    Id combination = kNoId;
    int votes = 0;
    int rank = 1;                // equal counts share a rank (1, 1, 3 …)
    bool tied = false;           // shares its rank with another combination
    friend bool operator==(const RankedCombination&, const RankedCombination&) = default;
};

// All combinations, most votes first; equal counts keep the board's order.
// Counted afresh from the stored votes every time, so a recount always
// equals what was shown live.
std::vector<RankedCombination> ranking(const Board& board);

// Settings brought within the limits the board file accepts (model.h):
// votes per voter 1..20, cap 0..20 (0: none), seats 1..12.
VoteSettings clampVoteSettings(VoteSettings settings);

// Facilitator commands (undoable). openVote opens from any state with these
// settings (clamped); closeVote only closes an open vote; reopenVote only
// reopens a closed one and keeps its settings and votes. Each gives nullptr
// when it would change nothing.
CommandPtr openVote(const Board& board, VoteSettings settings);
CommandPtr closeVote(const Board& board);
CommandPtr reopenVote(const Board& board);

// The voter id of a seat at the table ("seat-1" …), the same string the
// file stores; phones will use "device-…".
std::string seatVoter(int seat);
// The seat of a voter id "seat-N", or 0 for other voters (phones).
int seatFromVoter(const std::string& voter);

}  // namespace nt
