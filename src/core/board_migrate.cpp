// Migrations between board formats. Format history:
//   1  first files (prototype, autumn 2026): flat "x"/"y" positions, actors
//      with "cultural": true/false/null, no per-item "version", no
//      "rotation", "nextId", "combinations", "votes" or "customActorTypes".
//   2  "centre"/"position" objects, "sector", per-item "version", note
//      "rotation", "nextId", and the lists "combinations" (id, version,
//      name, members), "votes" and "customActorTypes".
//   3  combinations gain "cardPosition", "motives", "form", "origin",
//      "targetGroups", "roles", "ideas", "scenario" and "followUp"; the board
//      gains "vote" (the vote session: state and settings).
//   4  the workshop gains "arenaIssue" and "reflections", actors an "arena"
//      assessment, and the board a "programme" (phases and timer, the default
//      programme for older files) and "display" settings.
//   5  actors gain "rotation", notes "fromPhone" and "pending", and the
//      board "phones" (what the facilitator decided about notes from phones).
//   6  combinations gain "toPlenary" (a table sends it to the plenary of its
//      room of tables).
//   7  current (see docs/board.schema.json): combinations gain "fromTable"
//      (null, or the table of a room that sent it to the plenary); the board
//      gains "roomResult" (a table's copy of the room's vote).
#include "core/board_migrate.h"

#include <algorithm>

#include "core/board_file.h"
#include "core/layout.h"
#include "core/programme.h"

namespace nt {

namespace {

using Json = nlohmann::ordered_json;

// {"x":..,"y":..} → {"<key>": {"x":..,"y":..}}, keeping the key order readable.
void nestPosition(Json& item, const char* key) {
    if (!item.is_object() || !item.contains("x") || !item.contains("y")) return;
    Json moved = Json::object();
    for (auto it = item.begin(); it != item.end(); ++it) {
        if (it.key() == "x") moved[key] = Json{{"x", item["x"]}, {"y", item["y"]}};
        else if (it.key() != "y") moved[it.key()] = it.value();
    }
    item = std::move(moved);
}

void addVersion(Json& item) {
    if (item.is_object() && !item.contains("version")) item["version"] = 1u;
}

void migrate1to2(Json& doc) {
    auto bit = doc.find("board");
    if (bit == doc.end() || !bit->is_object()) throw MigrationError("/board", "missing");
    Json& board = *bit;
    std::uint64_t maxId = 0;
    auto track = [&](const Json& item) {
        if (item.is_object() && item.contains("id") && item["id"].is_number_unsigned())
            maxId = std::max(maxId, item["id"].get<std::uint64_t>());
    };

    for (const char* list : {"municipalities", "actors", "notes"}) {
        if (!board.contains(list) || !board[list].is_array()) continue;
        for (Json& item : board[list]) {
            track(item);
            addVersion(item);
            nestPosition(item, std::string(list) == "municipalities" ? "centre" : "position");
        }
    }
    if (board.contains("actors") && board["actors"].is_array()) {
        for (Json& a : board["actors"]) {
            if (!a.is_object() || !a.contains("cultural")) continue;
            const Json& c = a["cultural"];
            a["sector"] = c.is_boolean() ? (c.get<bool>() ? "cultural" : "non_cultural") : "unassigned";
            a.erase("cultural");
        }
    }
    if (board.contains("notes") && board["notes"].is_array())
        for (Json& n : board["notes"])
            if (n.is_object() && !n.contains("rotation")) n["rotation"] = 0.0;
    for (const char* list : {"combinations", "votes", "customActorTypes"})
        if (!board.contains(list)) board[list] = Json::array();
    if (!board.contains("nextId")) board["nextId"] = maxId + 1;
    doc["formatVersion"] = 2;
}

// Where a migrated combination's card goes: amid its members, or in the
// middle of the bubble diagram when none of them can be found.
Json cardPositionFor(const Json& combination, const Json& board) {
    double x = 0, y = 0;
    int found = 0;
    if (combination.contains("members") && combination["members"].is_array() && board.contains("actors") &&
        board["actors"].is_array()) {
        for (const Json& member : combination["members"]) {
            for (const Json& a : board["actors"]) {
                if (!a.is_object() || !a.contains("id") || a["id"] != member || !a.contains("position")) continue;
                const Json& pos = a["position"];
                if (!pos.is_object() || !pos.contains("x") || !pos.contains("y") || !pos["x"].is_number() ||
                    !pos["y"].is_number())
                    continue;
                x += pos["x"].get<double>();
                y += pos["y"].get<double>();
                ++found;
                break;
            }
        }
    }
    if (found == 0) {
        const layout::Rect& d = layout::kDiagramArea;
        return Json{{"x", (d.x0 + d.x1) / 2}, {"y", (d.y0 + d.y1) / 2}};
    }
    return Json{{"x", x / found}, {"y", y / found}};
}

void migrate2to3(Json& doc) {
    auto bit = doc.find("board");
    if (bit == doc.end() || !bit->is_object()) throw MigrationError("/board", "missing");
    Json& board = *bit;
    if (board.contains("combinations") && board["combinations"].is_array()) {
        for (Json& c : board["combinations"]) {
            if (!c.is_object()) continue;
            if (!c.contains("cardPosition")) c["cardPosition"] = cardPositionFor(c, board);
            if (!c.contains("motives")) c["motives"] = Json::array();
            if (!c.contains("form")) c["form"] = "unset";
            if (!c.contains("origin")) c["origin"] = nullptr;
            if (!c.contains("targetGroups")) c["targetGroups"] = Json::array();
            if (!c.contains("roles")) c["roles"] = Json::array();
            if (!c.contains("ideas")) c["ideas"] = Json::array();
            if (!c.contains("scenario")) c["scenario"] = "";
            if (!c.contains("followUp")) c["followUp"] = false;
        }
    }
    if (!board.contains("vote")) {
        // Votes in a format-2 file were cast in a vote that has ended.
        const bool voted = board.contains("votes") && board["votes"].is_array() && !board["votes"].empty();
        board["vote"] = Json{{"state", voted ? "closed" : "not_started"},
                             {"votesPerVoter", 3u},
                             {"capPerCombination", 0u},
                             {"resultsLive", true},
                             {"seats", 6u}};
    }
    doc["formatVersion"] = 3;
}

void migrate3to4(Json& doc) {
    auto bit = doc.find("board");
    if (bit == doc.end() || !bit->is_object()) throw MigrationError("/board", "missing");
    Json& board = *bit;
    if (board.contains("workshop") && board["workshop"].is_object()) {
        Json& w = board["workshop"];
        if (!w.contains("arenaIssue")) w["arenaIssue"] = "";
        if (!w.contains("reflections")) w["reflections"] = Json::object();
    }
    if (board.contains("actors") && board["actors"].is_array()) {
        for (Json& a : board["actors"])
            if (a.is_object() && !a.contains("arena"))
                a["arena"] = Json{{"resources", ""}, {"importance", 0u}, {"replaceability", "unset"},
                                  {"replaceableBy", ""}, {"dependency", "unset"}};
    }
    // Older boards get the default programme, with ids after the board's own.
    // Without a usable nextId the reader reports what is wrong.
    const auto next = board.find("nextId");
    const bool nextUsable = next != board.end() && next->is_number_unsigned() && next->get<std::uint64_t>() > 0 &&
                            next->get<std::uint64_t>() < (std::uint64_t{1} << 62);
    if (!board.contains("programme") && nextUsable) {
        const Id first = next->get<std::uint64_t>();
        Json phases = Json::array();
        for (const Phase& p : defaultPhases(first))
            phases.push_back(Json{{"id", p.id}, {"kind", phaseKindName(p.kind)}, {"title", ""}, {"prompt", ""},
                                  {"durationSeconds", p.durationSeconds}, {"skipped", false}});
        board["nextId"] = first + phases.size();
        board["programme"] = Json{{"phases", std::move(phases)},
                                  {"timer", Json{{"phase", nullptr}, {"running", false}, {"elapsedSeconds", 0.0},
                                                 {"runningSince", 0.0}, {"extraSeconds", 0}}}};
    }
    if (!board.contains("display"))
        board["display"] = Json{{"layout", "projector"}, {"keyboard", "azerty"}, {"uiScale", 0.0}};
    doc["formatVersion"] = 4;
}

void migrate4to5(Json& doc) {
    auto bit = doc.find("board");
    if (bit == doc.end() || !bit->is_object()) throw MigrationError("/board", "missing");
    Json& board = *bit;
    if (board.contains("actors") && board["actors"].is_array())
        for (Json& a : board["actors"])
            if (a.is_object() && !a.contains("rotation")) a["rotation"] = 0.0;
    if (board.contains("notes") && board["notes"].is_array())
        for (Json& n : board["notes"])
            if (n.is_object()) {
                if (!n.contains("fromPhone")) n["fromPhone"] = 0;
                if (!n.contains("pending")) n["pending"] = false;
            }
    if (!board.contains("phones")) board["phones"] = Json{{"approveNotes", false}, {"hideNotes", false}};
    doc["formatVersion"] = 5;
}

void migrate5to6(Json& doc) {
    auto bit = doc.find("board");
    if (bit == doc.end() || !bit->is_object()) throw MigrationError("/board", "missing");
    Json& board = *bit;
    if (board.contains("combinations") && board["combinations"].is_array())
        for (Json& c : board["combinations"])
            if (c.is_object() && !c.contains("toPlenary")) c["toPlenary"] = false;
    doc["formatVersion"] = 6;
}

void migrate6to7(Json& doc) {
    auto bit = doc.find("board");
    if (bit == doc.end() || !bit->is_object()) throw MigrationError("/board", "missing");
    Json& board = *bit;
    if (board.contains("combinations") && board["combinations"].is_array())
        for (Json& c : board["combinations"])
            if (c.is_object() && !c.contains("fromTable")) c["fromTable"] = nullptr;
    if (!board.contains("roomResult")) board["roomResult"] = Json::array();
    doc["formatVersion"] = 7;
}

}  // namespace

void migrateBoardJson(Json& doc, int fromVersion) {
    if (fromVersion <= 1) migrate1to2(doc);
    if (fromVersion <= 2) migrate2to3(doc);
    if (fromVersion <= 3) migrate3to4(doc);
    if (fromVersion <= 4) migrate4to5(doc);
    if (fromVersion <= 5) migrate5to6(doc);
    if (fromVersion <= 6) migrate6to7(doc);
}

}  // namespace nt
