// The rules of the live vote.
#include "core/vote_rules.h"

#include <algorithm>
#include <map>

namespace nt {

namespace {

constexpr std::size_t kMaxVoterBytes = 200;  // as the board file allows
constexpr std::size_t kMaxVoteTimeBytes = 64;

VoteOutcome refused(VoteRefusal why) { return VoteOutcome{why, nullptr}; }

CommandPtr setSession(const Board& board, VoteSession after) {
    if (after == board.vote) return nullptr;
    return std::make_unique<SetVoteSession>(board.vote, after);
}

}  // namespace

VoteSettings clampVoteSettings(VoteSettings s) {
    s.votesPerVoter = std::clamp(s.votesPerVoter, kMinVotesPerVoter, kMaxVotesPerVoter);
    s.capPerCombination = std::clamp(s.capPerCombination, 0, kMaxCapPerCombination);
    s.seats = std::clamp(s.seats, kMinSeats, kMaxSeats);
    return s;
}

VoteOutcome castVote(const Board& board, Id voteId, const std::string& voter, Id combination, std::string at) {
    if (board.vote.state != VoteState::Open) return refused(VoteRefusal::NotOpen);
    if (!findById(board.combinations, combination)) return refused(VoteRefusal::NoSuchCombination);
    const VoteSettings& s = board.vote.settings;
    if (votesCast(board, voter) >= s.votesPerVoter) return refused(VoteRefusal::NoVotesLeft);
    if (s.capPerCombination > 0 && votesFor(board, combination) >= s.capPerCombination)
        return refused(VoteRefusal::CombinationFull);
    Vote v;
    v.id = voteId;
    v.combination = combination;
    v.voter = truncateUtf8(voter, kMaxVoterBytes);
    v.at = truncateUtf8(std::move(at), kMaxVoteTimeBytes);
    return VoteOutcome{VoteRefusal::None, std::make_unique<AddItem<Vote>>(std::move(v))};
}

VoteOutcome retractVote(const Board& board, const std::string& voter, Id combination) {
    if (board.vote.state != VoteState::Open) return refused(VoteRefusal::NotOpen);
    for (auto it = board.votes.rbegin(); it != board.votes.rend(); ++it)
        if (it->voter == voter && it->combination == combination)
            return VoteOutcome{VoteRefusal::None, std::make_unique<RemoveItem<Vote>>(*it)};
    return refused(VoteRefusal::NothingToTakeBack);
}

int votesCast(const Board& board, const std::string& voter) {
    return static_cast<int>(std::count_if(board.votes.begin(), board.votes.end(),
                                          [&](const Vote& v) { return v.voter == voter; }));
}

int votesLeft(const Board& board, const std::string& voter) {
    return std::max(0, board.vote.settings.votesPerVoter - votesCast(board, voter));
}

int votesFor(const Board& board, Id combination) {
    return static_cast<int>(std::count_if(board.votes.begin(), board.votes.end(),
                                          [&](const Vote& v) { return v.combination == combination; }));
}

std::vector<RankedCombination> ranking(const Board& board) {
    std::map<Id, int> counts;
    for (const Vote& v : board.votes) ++counts[v.combination];
    std::vector<RankedCombination> ranked;
    ranked.reserve(board.combinations.size());
    for (const Combination& c : board.combinations) ranked.push_back({c.id, counts[c.id], 1, false});
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const RankedCombination& a, const RankedCombination& b) { return a.votes > b.votes; });
    // Competition ranking: a run of equal counts shares the rank of its first.
    for (std::size_t i = 0; i < ranked.size();) {
        std::size_t end = i;
        while (end < ranked.size() && ranked[end].votes == ranked[i].votes) ++end;
        for (std::size_t k = i; k < end; ++k) {
            ranked[k].rank = static_cast<int>(i) + 1;
            ranked[k].tied = end - i > 1;
        }
        i = end;
    }
    return ranked;
}

CommandPtr openVote(const Board& board, VoteSettings settings) {
    return named(setSession(board, VoteSession{VoteState::Open, clampVoteSettings(settings)}), "step.vote.opened");
}

CommandPtr closeVote(const Board& board) {
    if (board.vote.state != VoteState::Open) return nullptr;
    return named(setSession(board, VoteSession{VoteState::Closed, board.vote.settings}), "step.vote.closed");
}

CommandPtr reopenVote(const Board& board) {
    if (board.vote.state != VoteState::Closed) return nullptr;
    return named(setSession(board, VoteSession{VoteState::Open, board.vote.settings}), "step.vote.reopened");
}

std::string seatVoter(int seat) { return "seat-" + std::to_string(seat); }

int seatFromVoter(const std::string& voter) {
    if (voter.rfind("seat-", 0) != 0) return 0;
    try {
        return std::stoi(voter.substr(5));
    } catch (...) {
        return 0;
    }
}

}  // namespace nt
