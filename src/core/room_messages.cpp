// The room's messages as JSON: see room_messages.h. Read with the board
// file's Reader, so a bad message is named the way a bad file is.
#include "core/room_messages.h"

#include "core/json_reader.h"

namespace nt::room {

namespace {

constexpr double kMaxClock = 1e11;  // Unix seconds, far beyond any workshop
constexpr int kMaxCount = 1'000'000;

template <class T, class Read>
std::optional<T> readMessage(std::string_view text, std::string& why, const char* what, Read read) {
    if (text.size() > kMaxMessageBytes) {
        why = std::string(what) + ": larger than " + std::to_string(kMaxMessageBytes) + " bytes";
        return std::nullopt;
    }
    const Json j = Json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded()) {
        why = std::string(what) + ": not JSON";
        return std::nullopt;
    }
    try {
        return read(Reader(what), j);
    } catch (const LoadError& e) {
        why = e.what();
        return std::nullopt;
    }
}

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

std::string tableOfStatusTopic(std::string_view topic) {
    const std::string_view prefix = kTablesPrefix, suffix = "/status";
    if (topic.size() <= prefix.size() + suffix.size() || topic.substr(0, prefix.size()) != prefix ||
        topic.substr(topic.size() - suffix.size()) != suffix)
        return {};
    const std::string_view name = topic.substr(prefix.size(), topic.size() - prefix.size() - suffix.size());
    return validTableName(name) ? std::string(name) : std::string();
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

}  // namespace nt::room
