// Fuzz target: what arrives from the room's broker (src/core/room_messages.h).
// The first byte picks the message (the plenary's beat, a table's status,
// a topic, a table's combinations for the plenary), the rest is its payload. Nothing may crash; what is accepted
// stays within its limits and goes there and back unchanged; a followed
// beat never points the timer at a phase the table does not have.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/programme.h"
#include "core/room_messages.h"
#include "core/room_programme.h"

namespace {

void require(bool ok) {
    if (!ok) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string_view body(reinterpret_cast<const char*>(data + 1), size - 1);
    std::string why;
    switch (data[0] % 4) {
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
    }
    return 0;
}
