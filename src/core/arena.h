// The arena analysis of METHOD.md: per actor what it brings, how important it
// is for the issue (1–4), how replaceable and how much we depend on it, and
// from that a ranking of the important actors. Plus the undoable edits.
#pragma once

#include <string>
#include <vector>

#include "core/commands.h"

namespace nt {

// One actor's place in the arena ranking.
struct ArenaRank {
    Id actor = kNoId;
    int rank = 0;                // 1, 2, 2, 4 …; 0: not assessed (no importance given)
    bool tied = false;           // shares its rank with another actor
    friend bool operator==(const ArenaRank&, const ArenaRank&) = default;
};

// The ranking rule, from the worksheet's own logic (most important first):
//   1. importance, 4 before 1;
//   2. then dependency: the more we depend on an actor, the higher
//      (large, rather large, rather small, not given);
//   3. then how hard it is to replace: small replaceability first
//      (small, rather small, rather large, large, not given).
// Actors equal on all three share a rank (1, 1, 3 …) and stand by name
// (case-insensitive for plain letters), then by id. Actors without an
// importance are not ranked (rank 0) and come last, by name.
// Every actor of the board appears exactly once.
std::vector<ArenaRank> arenaRanking(const Board& board);

// True when anything of the assessment is filled in.
bool assessed(const ArenaAssessment& a);

// An actor's whole assessment as one undoable step. Importance is kept to
// 0..4 and the texts to what the board file holds (what it brings: a note's
// length; by whom: a name's). nullptr when the actor is gone or nothing changes.
CommandPtr setArena(const Board& board, Id actor, ArenaAssessment assessment);

// The issue the arena weighs partners around (one undoable step; nullptr
// when unchanged).
CommandPtr setArenaIssue(const Board& board, std::string issue);

}  // namespace nt
