// The closing of the workshop: the combinations the group takes further and
// the answers to the reflection questions of METHOD.md ("making it last").
#pragma once

#include <string>
#include <vector>

#include "core/commands.h"

namespace nt {

// A combination chosen to follow up, with its vote count where it may be shown.
struct ChosenCombination {
    Id combination = kNoId;
    int votes = 0;
    int rank = 0;                // its place in the vote (1, 1, 3 …); 0: no vote shown
    bool tied = false;
    friend bool operator==(const ChosenCombination&, const ChosenCombination&) = default;
};

// The combinations marked for follow-up. Once a vote has been held (open with
// live results, or closed) they come in the vote's order with their counts
// (vote_rules ranking()); before a vote, or while its results stay hidden,
// in board order without counts.
std::vector<ChosenCombination> chosenCombinations(const Board& board);

// True when chosenCombinations() carries vote counts.
bool voteResultsShown(const Board& board);

// The answer to one reflection question (an id of reflectionQuestionIds())
// as one undoable step; an empty answer (spaces only counts as empty) removes
// it. Kept to a note's length. nullptr for an unknown question or no change.
CommandPtr setReflection(const Board& board, const std::string& question, std::string answer);

}  // namespace nt
