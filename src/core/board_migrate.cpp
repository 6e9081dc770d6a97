// Migrations between board formats. Format history:
//   1  first files (prototype, autumn 2026): flat "x"/"y" positions, actors
//      with "cultural": true/false/null, no per-item "version", no
//      "rotation", "nextId", "combinations", "votes" or "customActorTypes".
//   2  current: see docs/board.schema.json.
#include "core/board_migrate.h"

#include <algorithm>

#include "core/board_file.h"

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

}  // namespace

void migrateBoardJson(Json& doc, int fromVersion) {
    if (fromVersion <= 1) migrate1to2(doc);
    // A future step 2 → 3 goes here, after the one above.
}

}  // namespace nt
