// A room of tables (one plenary, several tables) on an MQTT broker: the
// topics and what travels on them, as JSON. Pure: reading never trusts the
// sender; anything malformed is refused with one line saying why.
//
//   nt/room/programme              the plenary's programme beat (retained)
//   nt/room/tables/<name>/status   a table's state and counts (retained;
//                                  the broker publishes "offline" as its last will)
//   nt/room/tables/<name>/gathered the combinations a table sends to the plenary (retained)
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace nt::room {

inline constexpr const char* kProgrammeTopic = "nt/room/programme";
inline constexpr const char* kTablesPrefix = "nt/room/tables/";
inline constexpr size_t kMaxMessageBytes = 64 * 1024;
inline constexpr size_t kMaxTableName = 32;
inline constexpr size_t kMaxTables = 64;

// A table's name as it appears in topics and as its MQTT client id: 1 to 32
// letters, digits, '-' or '_' (no '/', '+', '#': they mean something in MQTT).
bool validTableName(std::string_view name);
// The password the room's broker knows for the plenary and for every table,
// derived from the room's code (tools/room-broker.sh derives the same).
std::string roomPassword(bool plenary, const std::string& code);
std::string statusTopic(const std::string& table);
std::string gatheredTopic(const std::string& table);
// The table a topic nt/room/tables/<table>/<part> belongs to; empty when
// `topic` is not one of those.
std::string tableOfTopic(std::string_view topic, std::string_view part);
inline std::string tableOfStatusTopic(std::string_view topic) { return tableOfTopic(topic, "status"); }

// Where the plenary's programme stands, for the tables to follow: the
// current phase by its kind and place, its length, and the timer.
struct ProgrammeBeat {
    int index = -1;                       // the current phase's place among the phases; -1: not begun
    PhaseKind kind = PhaseKind::Custom;
    int durationSeconds = 0;
    bool running = false;
    double elapsed = 0;                   // seconds counted before `since`
    double since = 0;                     // the plenary's clock when it last started running
    int extraSeconds = 0;
    double sentAt = 0;                    // the plenary's clock when sent: tables correct for their own
    std::vector<std::string> ownClock;    // tables that run on their own clock
    friend bool operator==(const ProgrammeBeat&, const ProgrammeBeat&) = default;
};

// What a table shows the plenary about itself.
struct TableStatus {
    std::string name;
    bool online = true;
    int phaseIndex = -1;
    PhaseKind phase = PhaseKind::Custom;
    int notes = 0;
    int partners = 0;
    int combinations = 0;
    friend bool operator==(const TableStatus&, const TableStatus&) = default;
};

// A combination a table sends to the plenary: what the plenary shows of it.
struct GatheredCombination {
    Id id = kNoId;                       // the table's own id for it
    std::string name;
    std::vector<std::string> partners;   // its partners' names
    std::string scenario;
    friend bool operator==(const GatheredCombination&, const GatheredCombination&) = default;
};
inline constexpr size_t kMaxGathered = 20;          // combinations a table sends
inline constexpr size_t kMaxGatheredPartners = 8;
inline constexpr size_t kMaxGatheredName = 200;      // bytes, also for a partner's name
inline constexpr size_t kMaxGatheredScenario = 1500;

// The table's combinations marked "to the plenary", within the limits
// above (longer texts cut at a character's edge), as many as fit in one
// message.
std::vector<GatheredCombination> gatheredOf(const Board& board);

std::string encodeBeat(const ProgrammeBeat& beat);
std::optional<ProgrammeBeat> decodeBeat(std::string_view text, std::string& why);
std::string encodeStatus(const TableStatus& status);
std::optional<TableStatus> decodeStatus(std::string_view text, std::string& why);
std::string encodeGathered(const std::vector<GatheredCombination>& gathered);
std::optional<std::vector<GatheredCombination>> decodeGathered(std::string_view text, std::string& why);

}  // namespace nt::room
