// The room's messages as JSON: see room_messages.h. Read with the board
// file's Reader, so a bad message is named the way a bad file is.
#include "core/room_messages.h"

#include "core/room_json.h"

namespace nt::room {

namespace {

constexpr double kMaxClock = 1e11;  // Unix seconds, far beyond any workshop
constexpr int kMaxCount = 1'000'000;

PhaseKind readKind(const Reader& r, const Json& j, const std::string& p, const char* key) {
    return r.choice(j, p, key, phaseKindFromName, "a phase kind");
}

}  // namespace

bool validTableName(std::string_view name) {
    if (name.empty() || name.size() > kMaxTableName || name == "plenary") return false;  // the plenary's client id
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return false;
    return true;
}

std::string roomPassword(bool plenary, const std::string& code) {
    return (plenary ? "netwerktafel-plenary-" : "netwerktafel-table-") + code;
}

std::string statusTopic(const std::string& table) { return kTablesPrefix + table + "/status"; }
std::string gatheredTopic(const std::string& table) { return kTablesPrefix + table + "/gathered"; }

std::string tableOfTopic(std::string_view topic, std::string_view part) {
    const std::string_view prefix = kTablesPrefix;
    if (topic.size() <= prefix.size() + part.size() + 1 || topic.substr(0, prefix.size()) != prefix ||
        topic.substr(topic.size() - part.size()) != part || topic[topic.size() - part.size() - 1] != '/')
        return {};
    const std::string_view name = topic.substr(prefix.size(), topic.size() - prefix.size() - part.size() - 1);
    return validTableName(name) ? std::string(name) : std::string();
}

std::vector<GatheredCombination> gatheredOf(const Board& board) {
    std::vector<GatheredCombination> out;
    for (const Combination& c : board.combinations) {
        if (!c.toPlenary || out.size() == kMaxGathered) continue;
        GatheredCombination g{c.id, clipText(c.name, kMaxGatheredName), {}, clipText(c.scenario, kMaxGatheredScenario)};
        for (Id member : c.members)
            if (const Actor* a = findById(board.actors, member); a && g.partners.size() < kMaxGatheredPartners)
                g.partners.push_back(clipText(a->name, kMaxGatheredName));
        out.push_back(std::move(g));
    }
    // Texts full of quotes or control characters grow in JSON: what does
    // not fit in one message stays at the table.
    while (!out.empty() && encodeGathered(out).size() > kMaxMessageBytes) out.pop_back();
    return out;
}

std::string encodeBeat(const ProgrammeBeat& b) {
    return Json{{"index", b.index},
                {"kind", phaseKindName(b.kind)},
                {"durationSeconds", b.durationSeconds},
                {"running", b.running},
                {"elapsed", b.elapsed},
                {"since", b.since},
                {"extraSeconds", b.extraSeconds},
                {"sentAt", b.sentAt},
                {"ownClock", b.ownClock}}
        .dump();
}

std::optional<ProgrammeBeat> decodeBeat(std::string_view text, std::string& why) {
    return readMessage<ProgrammeBeat>(text, why, "the room's programme", [](const Reader& r, const Json& j) {
        ProgrammeBeat b;
        b.index = r.integer(j, "", "index", -1, 999);
        b.kind = readKind(r, j, "", "kind");
        b.durationSeconds = r.integer(j, "", "durationSeconds", 0, kMaxPhaseSeconds);
        b.running = r.boolean(j, "", "running");
        b.elapsed = r.num(j, "", "elapsed", 0, 7 * 24 * 3600);
        b.since = r.num(j, "", "since", 0, kMaxClock);
        b.extraSeconds = r.integer(j, "", "extraSeconds", -kMaxPhaseSeconds, kMaxPhaseSeconds);
        b.sentAt = r.num(j, "", "sentAt", 0, kMaxClock);
        const Json& own = r.array(j, "", "ownClock");
        if (own.size() > kMaxTables) r.fail("/ownClock", "more than " + std::to_string(kMaxTables) + " tables");
        for (size_t i = 0; i < own.size(); ++i) {
            if (!own[i].is_string() || !validTableName(own[i].get<std::string>()))
                r.fail("/ownClock/" + std::to_string(i), "not a table's name");
            b.ownClock.push_back(own[i].get<std::string>());
        }
        return b;
    });
}

std::string encodeStatus(const TableStatus& s) {
    return Json{{"name", s.name},
                {"online", s.online},
                {"phaseIndex", s.phaseIndex},
                {"phase", phaseKindName(s.phase)},
                {"notes", s.notes},
                {"partners", s.partners},
                {"combinations", s.combinations}}
        .dump();
}

std::optional<TableStatus> decodeStatus(std::string_view text, std::string& why) {
    return readMessage<TableStatus>(text, why, "a table's status", [](const Reader& r, const Json& j) {
        TableStatus s;
        s.name = r.str(j, "", "name", kMaxTableName);
        if (!validTableName(s.name)) r.fail("/name", "not a table's name");
        s.online = r.boolean(j, "", "online");
        s.phaseIndex = r.integer(j, "", "phaseIndex", -1, 999);
        s.phase = readKind(r, j, "", "phase");
        s.notes = r.integer(j, "", "notes", 0, kMaxCount);
        s.partners = r.integer(j, "", "partners", 0, kMaxCount);
        s.combinations = r.integer(j, "", "combinations", 0, kMaxCount);
        return s;
    });
}

std::string encodeGathered(const std::vector<GatheredCombination>& gathered) {
    Json list = Json::array();
    for (const GatheredCombination& g : gathered)
        list.push_back(Json{{"id", g.id}, {"name", g.name}, {"partners", g.partners}, {"scenario", g.scenario}});
    return Json{{"combinations", std::move(list)}}.dump();
}

std::optional<std::vector<GatheredCombination>> decodeGathered(std::string_view text, std::string& why) {
    return readMessage<std::vector<GatheredCombination>>(text, why, "a table's combinations", [](const Reader& r, const Json& j) {
        std::vector<GatheredCombination> out;
        const Json& list = r.array(j, "", "combinations");
        if (list.size() > kMaxGathered) r.fail("/combinations", "more than " + std::to_string(kMaxGathered));
        for (size_t i = 0; i < list.size(); ++i) {
            const std::string p = "/combinations/" + std::to_string(i);
            GatheredCombination g;
            g.id = r.id(list[i], p, "id");
            g.name = r.str(list[i], p, "name", kMaxGatheredName);
            g.scenario = r.str(list[i], p, "scenario", kMaxGatheredScenario);
            g.partners = readPartnerNames(r, list[i], p);
            out.push_back(std::move(g));
        }
        return out;
    });
}

}  // namespace nt::room
