// Fuzz target: what arrives from the room's broker (src/core/room_messages.h).
// The first byte picks the message (the plenary's beat, a table's status,
// a topic, a table's combinations for the plenary, the room's vote, a
// table's ballot, the votes counted, a table's board), the rest is its
// payload. Nothing may crash; what is accepted stays within its limits and
// goes there and back unchanged; a followed beat never points the timer at
// a phase the table does not have; a ballot counts within the vote's rules,
// and counting it again changes nothing.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/history.h"
#include "core/programme.h"
#include "core/room_messages.h"
#include "core/room_programme.h"
#include "core/room_sketch.h"
#include "core/room_vote.h"
#include "core/vote_rules.h"

namespace {

void require(bool ok) {
    if (!ok) __builtin_trap();
}

// A plenary with two tables' combinations and its vote open: two dots a voter, three at most on one.
nt::History plenaryWithVote() {
    nt::History h{nt::Board{}};
    const std::map<std::string, std::vector<nt::room::GatheredCombination>> gathered{
        {"A", {{1, "Een", {"p"}, ""}, {2, "Twee", {}, ""}}}, {"B", {{1, "Drie", {}, ""}}}};
    h.apply(nt::room::mirrorGathered(h.board(), gathered, [&] { return h.newId(); }), nt::Record::No);
    nt::VoteSettings settings;
    settings.votesPerVoter = 2;
    settings.capPerCombination = 3;
    h.apply(nt::openVote(h.board(), settings));
    return h;
}

nt::room::Counted count(nt::History& h, const nt::room::Ballot& ballot) {
    nt::room::BallotCounting c{&h.board(), [&](nt::CommandPtr cmd) { h.apply(std::move(cmd), nt::Record::No); }, "t"};
    return nt::room::countBallot(std::move(c), "A", ballot);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string_view body(reinterpret_cast<const char*>(data + 1), size - 1);
    std::string why;
    switch (data[0] % 8) {
        case 0:
            if (const auto beat = nt::room::decodeBeat(body, why)) {
                require(nt::room::decodeBeat(nt::room::encodeBeat(*beat), why) == beat);
                for (const std::string& t : beat->ownClock) require(nt::room::validTableName(t));
                nt::Programme table;
                table.phases = nt::defaultPhases(500);
                if (const auto followed = nt::room::followBeat(table, *beat, 0)) {
                    const nt::Id phase = followed->timer.phase;
                    require(phase == nt::kNoId || nt::phaseIndex(*followed, phase).has_value());
                }
            } else {
                require(!why.empty());
            }
            break;
        case 1:
            if (const auto status = nt::room::decodeStatus(body, why)) {
                require(nt::room::validTableName(status->name));
                require(status->notes >= 0 && status->partners >= 0 && status->combinations >= 0);
                require(nt::room::decodeStatus(nt::room::encodeStatus(*status), why) == status);
            } else {
                require(!why.empty());
            }
            break;
        case 2: {
            const std::string table = nt::room::tableOfStatusTopic(body);
            require(table.empty() || (nt::room::validTableName(table) && nt::room::statusTopic(table) == body));
            const std::string gathering = nt::room::tableOfTopic(body, "gathered");
            require(gathering.empty() || nt::room::gatheredTopic(gathering) == body);
            break;
        }
        case 3:
            if (const auto gathered = nt::room::decodeGathered(body, why)) {
                require(gathered->size() <= nt::room::kMaxGathered);
                require(nt::room::decodeGathered(nt::room::encodeGathered(*gathered), why) == gathered);
            } else {
                require(!why.empty());
            }
            break;
        case 4:
            if (const auto vote = nt::room::decodeRoomVote(body, why)) {
                require(vote->candidates.size() <= nt::room::kMaxCandidates);
                require(nt::room::decodeRoomVote(nt::room::encodeRoomVote(*vote), why) == vote);
                for (const nt::RoomResultLine& l : nt::room::resultOf(*vote)) require(l.rank >= 1 && l.votes >= 0);
            } else {
                require(!why.empty());
            }
            break;
        case 5:
            if (const auto ballot = nt::room::decodeBallot(body, why)) {
                require(ballot->votes.size() <= nt::room::kMaxBallotVotes);
                require(nt::room::decodeBallot(nt::room::encodeBallot(*ballot), why) == ballot);
                nt::History h = plenaryWithVote();
                const nt::room::Counted first = count(h, *ballot);
                const nt::Board after = h.board();
                require(count(h, *ballot) == first && h.board() == after);
                require(first.votes.size() <= ballot->votes.size());
                for (int seat = nt::kMinSeats; seat <= nt::kMaxSeats; ++seat)
                    require(nt::votesCast(after, nt::room::tableSeatVoter("A", seat)) <= 2);
                for (const nt::Combination& c : after.combinations) require(nt::votesFor(after, c.id) <= 3);
            } else {
                require(!why.empty());
            }
            break;
        case 6:
            if (const auto counted = nt::room::decodeCounted(body, why)) {
                require(nt::room::decodeCounted(nt::room::encodeCounted(*counted), why) == counted);
            } else {
                require(!why.empty());
            }
            break;
        case 7:
            if (const auto board = nt::room::decodeSketch(body, why)) {
                const std::string again = nt::room::encodeSketch(*board);
                require(again.size() <= nt::room::kMaxMessageBytes);
                require(nt::room::decodeSketch(again, why).has_value());
                nt::room::sharedPartners({{"A", *board}, {"B", *board}});
                nt::room::sharedMunicipalities({{"A", *board}, {"B", *board}});
            } else {
                require(!why.empty());
            }
            break;
    }
    return 0;
}
