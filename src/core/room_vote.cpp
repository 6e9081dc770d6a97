// The room's vote: see room_vote.h.
#include "core/room_vote.h"

#include <algorithm>
#include <climits>

#include "core/note_slots.h"
#include "core/room_json.h"
#include "core/vote_rules.h"

namespace nt::room {

namespace {

const Combination* findCandidate(const Board& b, const CandidateKey& key) {
    for (const Combination& c : b.combinations) {
        if (key.table.empty() ? (c.fromTable.table.empty() && c.id == key.id)
                              : (c.fromTable.table == key.table && c.fromTable.id == key.id))
            return &c;
    }
    return nullptr;
}

CandidateKey keyOf(const Combination& c) {
    return c.fromTable.table.empty() ? CandidateKey{"", c.id} : CandidateKey{c.fromTable.table, c.fromTable.id};
}

std::vector<std::string> partnersOf(const Board& b, const Combination& c) {
    if (!c.fromTable.table.empty()) return c.fromTable.partners;
    std::vector<std::string> names;
    for (Id m : c.members)
        if (const Actor* a = findById(b.actors, m); a && names.size() < kMaxGatheredPartners) names.push_back(a->name);
    return names;
}

int seatOfTableVoter(const std::string& voter, const std::string& table) {
    const std::string prefix = table + "/";
    if (voter.rfind(prefix, 0) != 0) return 0;
    return seatFromVoter(voter.substr(prefix.size()));
}

CandidateKey readKey(const Reader& r, const Json& j, const std::string& p) {
    CandidateKey k;
    k.table = r.str(j, p, "table", kMaxTableName);
    if (!k.table.empty() && !validTableName(k.table)) r.fail(p + "/table", "not a table's name");
    k.id = r.id(j, p, "id");
    return k;
}

Json keyJson(const CandidateKey& k) { return Json{{"table", k.table}, {"id", k.id}}; }

Json votesJson(const std::vector<BallotVote>& votes) {
    Json list = Json::array();
    for (const BallotVote& v : votes)
        list.push_back(Json{{"id", v.id}, {"seat", v.seat}, {"candidate", keyJson(v.candidate)}});
    return list;
}

std::vector<BallotVote> readVotes(const Reader& r, const Json& j) {
    const Json& list = r.array(j, "", "votes");
    if (list.size() > kMaxBallotVotes) r.fail("/votes", "more than " + std::to_string(kMaxBallotVotes) + " votes");
    std::vector<BallotVote> out;
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string p = "/votes/" + std::to_string(i);
        BallotVote v;
        v.id = r.id(list[i], p, "id");
        v.seat = r.integer(list[i], p, "seat", kMinSeats, kMaxSeats);
        v.candidate = readKey(r, r.field(list[i], p, "candidate"), p + "/candidate");
        out.push_back(std::move(v));
    }
    return out;
}

}  // namespace

std::string ballotTopic(const std::string& table) { return kTablesPrefix + table + "/ballot"; }
std::string countedTopic(const std::string& table) { return kTablesPrefix + table + "/counted"; }

std::string tableSeatVoter(const std::string& table, int seat) { return table + "/" + seatVoter(seat); }

RoomVote roomVoteOf(const Board& b) {
    RoomVote v;
    v.state = b.vote.state;
    v.votesPerVoter = b.vote.settings.votesPerVoter;
    v.capPerCombination = b.vote.settings.capPerCombination;
    const bool shown = b.vote.state == VoteState::Closed || (b.vote.state == VoteState::Open && b.vote.settings.resultsLive);
    std::vector<RankedCombination> ranked;
    if (b.vote.state == VoteState::Closed) ranked = ranking(b);
    for (const Combination& c : b.combinations) {
        if (v.candidates.size() == kMaxCandidates) break;
        VoteCandidate cand{keyOf(c), clipText(c.name, kMaxGatheredName), partnersOf(b, c)};
        for (std::string& p : cand.partners) p = clipText(std::move(p), kMaxGatheredName);
        if (shown) cand.votes = votesFor(b, c.id);
        for (const RankedCombination& r : ranked)
            if (r.combination == c.id) cand.rank = std::min(r.rank, static_cast<int>(kMaxCandidates));
        v.candidates.push_back(std::move(cand));
    }
    // Names full of quotes grow in JSON: partners go first, then the last candidates.
    if (encodeRoomVote(v).size() > kMaxMessageBytes)
        for (VoteCandidate& c : v.candidates) c.partners.clear();
    while (!v.candidates.empty() && encodeRoomVote(v).size() > kMaxMessageBytes) v.candidates.pop_back();
    return v;
}

CommandPtr mirrorGathered(const Board& plenary, const std::map<std::string, std::vector<GatheredCombination>>& gathered,
                          const std::function<Id()>& newId) {
    Board work = plenary;  // later cards find their place beside the earlier ones
    auto group = std::make_unique<CommandGroup>();
    auto add = [&](CommandPtr cmd) {
        cmd->apply(work);
        group->append(std::move(cmd));
    };
    for (const auto& [table, list] : gathered) {
        for (const GatheredCombination& g : list) {
            const Combination* have = findCandidate(work, {table, g.id});
            if (!have) {
                Combination c;
                c.id = newId();
                c.name = g.name;
                c.scenario = g.scenario;
                c.fromTable = {table, g.id, g.partners};
                c.cardPos = freeCardSpot(work, {});
                add(std::make_unique<AddItem<Combination>>(std::move(c)));
            } else if (have->name != g.name || have->scenario != g.scenario || have->fromTable.partners != g.partners) {
                Combination after = *have;
                after.name = g.name;
                after.scenario = g.scenario;
                after.fromTable.partners = g.partners;
                add(std::make_unique<ReplaceItem<Combination>>(*have, std::move(after)));
            }
        }
    }
    // Taken back by its table: gone, unless votes stand on it or the vote is
    // closed (the result stays as it was). A table not heard from yet (after
    // a restart its list may come a moment later) keeps its cards. A second
    // card of the same combination (the plenary's undo brought an old one
    // back) goes too, when nobody voted on it.
    if (plenary.vote.state != VoteState::Closed) {
        std::vector<Combination> gone;
        std::vector<CandidateKey> seen;
        for (const Combination& c : work.combinations) {
            if (c.fromTable.table.empty()) continue;
            const bool twice = std::find(seen.begin(), seen.end(), keyOf(c)) != seen.end();
            seen.push_back(keyOf(c));
            if (votesFor(work, c.id) > 0) continue;
            const auto t = gathered.find(c.fromTable.table);
            if (t == gathered.end() && !twice) continue;
            const bool still = t != gathered.end() && std::any_of(t->second.begin(), t->second.end(), [&](const auto& g) {
                                   return g.id == c.fromTable.id;
                               });
            if (!still || twice) gone.push_back(c);
        }
        for (Combination& c : gone) add(std::make_unique<RemoveItem<Combination>>(std::move(c)));
    }
    if (group->empty()) return nullptr;
    return named(std::move(group), "step.room.gathered");
}

Counted countBallot(BallotCounting c, const std::string& table, const Ballot& ballot) {
    Counted counted{ballot.seq, {}};
    const Board& b = *c.board;
    // What this table's seats have on the board now, per voter and candidate.
    auto standing = [&](const std::string& voter, Id combination) {
        return static_cast<int>(std::count_if(b.votes.begin(), b.votes.end(), [&](const Vote& v) {
            return v.voter == voter && v.combination == combination;
        }));
    };
    // The ballot per voter and board combination, in the ballot's order.
    std::map<std::pair<std::string, Id>, std::vector<const BallotVote*>> wanted;
    for (const BallotVote& v : ballot.votes)
        if (const Combination* cand = findCandidate(b, v.candidate))
            wanted[{tableSeatVoter(table, v.seat), cand->id}].push_back(&v);
    if (b.vote.state == VoteState::Open) {
        // Fewer on the ballot than on the board: take back the newest first.
        std::vector<std::pair<std::string, Id>> standingPairs;
        for (const Vote& v : b.votes)
            if (seatOfTableVoter(v.voter, table) > 0) standingPairs.push_back({v.voter, v.combination});
        std::sort(standingPairs.begin(), standingPairs.end());
        standingPairs.erase(std::unique(standingPairs.begin(), standingPairs.end()), standingPairs.end());
        for (const auto& pair : standingPairs) {
            const auto w = wanted.find(pair);
            const int want = w == wanted.end() ? 0 : static_cast<int>(w->second.size());
            for (int extra = standing(pair.first, pair.second) - want; extra > 0; --extra)
                if (VoteOutcome out = retractVote(b, pair.first, pair.second)) c.apply(std::move(out.command));
        }
        // More on the ballot: cast them in the ballot's order, as far as the rules allow.
        for (const BallotVote& v : ballot.votes) {
            const Combination* cand = findCandidate(b, v.candidate);
            if (!cand) continue;
            const std::string voter = tableSeatVoter(table, v.seat);
            const auto& mine = wanted[{voter, cand->id}];
            const auto place = std::find(mine.begin(), mine.end(), &v) - mine.begin();
            if (place < standing(voter, cand->id)) continue;
            // The board's next id, taken only by a vote that counts (adding it moves nextId on).
            if (VoteOutcome out = castVote(b, b.nextId, voter, cand->id, c.at)) c.apply(std::move(out.command));
        }
    }
    // Counted: per voter and candidate, the first ones of the ballot up to what stands on the board.
    Id nextId = 1;
    for (const BallotVote& v : ballot.votes) {
        nextId = std::max(nextId, v.id + 1);
        const Combination* cand = findCandidate(b, v.candidate);
        if (!cand) continue;
        const std::string voter = tableSeatVoter(table, v.seat);
        const auto& mine = wanted[{voter, cand->id}];
        if (std::find(mine.begin(), mine.end(), &v) - mine.begin() < standing(voter, cand->id)) counted.votes.push_back(v);
    }
    // … and what stands beyond the ballot (taken back at the table after the vote closed): it still counts, and the table hears so.
    std::map<std::pair<std::string, Id>, int> stands;  // this table's seats' votes on the board
    for (const Vote& v : b.votes)
        if (seatOfTableVoter(v.voter, table) > 0) ++stands[{v.voter, v.combination}];
    for (const auto& [pair, n] : stands) {
        const auto w = wanted.find(pair);
        const int want = w == wanted.end() ? 0 : static_cast<int>(w->second.size());
        const Combination* on = findById(b.combinations, pair.second);
        for (int extra = n - want; on && extra > 0; --extra)
            counted.votes.push_back({nextId++, seatOfTableVoter(pair.first, table), keyOf(*on)});
    }
    return counted;
}

BallotRefusal castOnBallot(Ballot& ballot, const RoomVote& vote, int seat, const CandidateKey& candidate, Id id) {
    if (vote.state != VoteState::Open) return BallotRefusal::NotOpen;
    const auto cand = std::find_if(vote.candidates.begin(), vote.candidates.end(),
                                   [&](const VoteCandidate& c) { return c.key == candidate; });
    if (cand == vote.candidates.end()) return BallotRefusal::NoSuchCandidate;
    if (ballotVotesOf(ballot, seat) >= vote.votesPerVoter) return BallotRefusal::NoVotesLeft;
    if (vote.capPerCombination > 0 && cand->votes >= vote.capPerCombination) return BallotRefusal::CandidateFull;
    ballot.votes.push_back({id, seat, candidate});
    ++ballot.seq;
    return BallotRefusal::None;
}

BallotRefusal retractOnBallot(Ballot& ballot, const RoomVote& vote, int seat, const CandidateKey& candidate) {
    if (vote.state != VoteState::Open) return BallotRefusal::NotOpen;
    for (auto it = ballot.votes.rbegin(); it != ballot.votes.rend(); ++it) {
        if (it->seat == seat && it->candidate == candidate) {
            ballot.votes.erase(std::next(it).base());
            ++ballot.seq;
            return BallotRefusal::None;
        }
    }
    return BallotRefusal::NothingToTakeBack;
}

int ballotVotesOf(const Ballot& ballot, int seat) {
    return static_cast<int>(std::count_if(ballot.votes.begin(), ballot.votes.end(), [&](const BallotVote& v) { return v.seat == seat; }));
}

int ballotVotesFor(const Ballot& ballot, int seat, const CandidateKey& candidate) {
    return static_cast<int>(std::count_if(ballot.votes.begin(), ballot.votes.end(),
                                          [&](const BallotVote& v) { return v.seat == seat && v.candidate == candidate; }));
}

std::vector<RoomResultLine> resultOf(const RoomVote& vote) {
    std::vector<RoomResultLine> lines;
    if (vote.state != VoteState::Closed) return lines;
    for (const VoteCandidate& c : vote.candidates) lines.push_back({c.key.table, c.name, std::max(c.votes, 0), std::max(c.rank, 1)});
    std::stable_sort(lines.begin(), lines.end(), [](const RoomResultLine& a, const RoomResultLine& b) { return a.rank < b.rank; });
    return lines;
}

std::string encodeRoomVote(const RoomVote& v) {
    Json list = Json::array();
    for (const VoteCandidate& c : v.candidates)
        list.push_back(Json{{"key", keyJson(c.key)}, {"name", c.name}, {"partners", c.partners}, {"votes", c.votes}, {"rank", c.rank}});
    return Json{{"state", voteStateName(v.state)},
                {"votesPerVoter", v.votesPerVoter},
                {"capPerCombination", v.capPerCombination},
                {"candidates", std::move(list)}}
        .dump();
}

std::optional<RoomVote> decodeRoomVote(std::string_view text, std::string& why) {
    return readMessage<RoomVote>(text, why, "the room's vote", [](const Reader& r, const Json& j) {
        RoomVote v;
        v.state = r.choice(j, "", "state", voteStateFromName, "not_started, open or closed");
        v.votesPerVoter = r.integer(j, "", "votesPerVoter", kMinVotesPerVoter, kMaxVotesPerVoter);
        v.capPerCombination = r.integer(j, "", "capPerCombination", 0, kMaxCapPerCombination);
        const Json& list = r.array(j, "", "candidates");
        if (list.size() > kMaxCandidates) r.fail("/candidates", "more than " + std::to_string(kMaxCandidates));
        for (size_t i = 0; i < list.size(); ++i) {
            const std::string p = "/candidates/" + std::to_string(i);
            VoteCandidate c;
            c.key = readKey(r, r.field(list[i], p, "key"), p + "/key");
            c.name = r.str(list[i], p, "name", kMaxGatheredName);
            c.partners = readPartnerNames(r, list[i], p);
            c.votes = r.integer(list[i], p, "votes", -1, 1'000'000);
            c.rank = r.integer(list[i], p, "rank", 0, static_cast<int>(kMaxCandidates));
            v.candidates.push_back(std::move(c));
        }
        return v;
    });
}

namespace {

// A ballot and the plenary's count of it have the same shape: a seq and votes.
template <class SeqVotes>
std::string encodeSeqVotes(const SeqVotes& s) {
    return Json{{"seq", s.seq}, {"votes", votesJson(s.votes)}}.dump();
}

template <class SeqVotes>
std::optional<SeqVotes> decodeSeqVotes(std::string_view text, std::string& why, const char* what) {
    return readMessage<SeqVotes>(text, why, what, [](const Reader& r, const Json& j) {
        SeqVotes s;
        s.seq = static_cast<std::uint64_t>(r.integer(j, "", "seq", 0, INT32_MAX));
        s.votes = readVotes(r, j);
        return s;
    });
}

}  // namespace

std::string encodeBallot(const Ballot& b) { return encodeSeqVotes(b); }
std::optional<Ballot> decodeBallot(std::string_view text, std::string& why) {
    return decodeSeqVotes<Ballot>(text, why, "a table's ballot");
}
std::string encodeCounted(const Counted& c) { return encodeSeqVotes(c); }
std::optional<Counted> decodeCounted(std::string_view text, std::string& why) {
    return decodeSeqVotes<Counted>(text, why, "the votes counted");
}

}  // namespace nt::room
