// The wrap-up: chosen combinations and reflection answers.
#include "core/wrap_up.h"

#include <algorithm>

#include "core/vote_rules.h"

namespace nt {

bool voteResultsShown(const Board& board) {
    const VoteState s = board.vote.state;
    return s == VoteState::Closed || (s == VoteState::Open && board.vote.settings.resultsLive);
}

std::vector<ChosenCombination> chosenCombinations(const Board& board) {
    std::vector<ChosenCombination> out;
    if (!voteResultsShown(board)) {
        for (const Combination& c : board.combinations)
            if (c.followUp) out.push_back({c.id, 0, 0, false});
        return out;
    }
    for (const RankedCombination& r : ranking(board)) {
        const Combination* c = findById(board.combinations, r.combination);
        if (c && c->followUp) out.push_back({c->id, r.votes, r.rank, r.tied});
    }
    return out;
}

CommandPtr setReflection(const Board& board, const std::string& question, std::string answer) {
    const auto& ids = reflectionQuestionIds();
    if (std::find(ids.begin(), ids.end(), question) == ids.end()) return nullptr;
    Workshop after = board.workshop;
    if (answer.find_first_not_of(" \t\r\n") == std::string::npos)
        after.reflections.erase(question);
    else
        after.reflections[question] = truncateUtf8(std::move(answer), kMaxNoteTextBytes);
    if (after == board.workshop) return nullptr;
    return named(std::make_unique<SetWorkshop>(board.workshop, std::move(after)), "step.wrapUp.answer");
}

}  // namespace nt
