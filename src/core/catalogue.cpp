// Loading the actor-type catalogue.
#include "core/catalogue.h"

#include <nlohmann/json.hpp>

#include "core/board_file.h"

namespace nt {

namespace {

std::string text(const nlohmann::json& j, const char* key, const std::string& where) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_string() || it->get<std::string>().empty())
        throw LoadError(where + "/" + key + ": expected text");
    return it->get<std::string>();
}

std::uint32_t parseColour(const std::string& s, const std::string& where) {
    const auto value = parseHexColour(s);
    if (!value) throw LoadError(where + ": expected a colour like \"#8FB8DE\"");
    return *value;
}

}  // namespace

Catalogue Catalogue::fromJsonText(const std::string& textIn, const std::string& source) {
    nlohmann::json doc = nlohmann::json::parse(textIn, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) throw LoadError(source + ": not a valid JSON object");
    auto type = doc.find("type");
    if (type == doc.end() || !type->is_string() || type->get<std::string>() != "netwerktafel-catalogue")
        throw LoadError(source + ": /type: not a Netwerktafel catalogue");
    auto list = doc.find("actorTypes");
    if (list == doc.end() || !list->is_array()) throw LoadError(source + ": /actorTypes: expected a list");
    std::vector<ActorType> types;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto& j = (*list)[i];
        const std::string where = source + ": /actorTypes/" + std::to_string(i);
        if (!j.is_object()) throw LoadError(where + ": expected an object");
        ActorType t;
        t.id = text(j, "id", where);
        t.nameNl = text(j, "nl", where);
        t.nameEn = text(j, "en", where);
        t.monogram = text(j, "monogram", where);
        const auto sector = sectorFromName(text(j, "sector", where));
        if (!sector || *sector == Sector::Unassigned) throw LoadError(where + "/sector: expected cultural or non_cultural");
        t.sector = *sector;
        t.colour = parseColour(text(j, "colour", where), where + "/colour");
        types.push_back(std::move(t));
    }
    return Catalogue(std::move(types));
}

Catalogue Catalogue::load(const std::string& path) {
    return fromJsonText(readTextFile(path, 1024 * 1024), path);
}

const ActorType& Catalogue::find(const std::string& id, const Board* board) const {
    for (const auto& t : m_types)
        if (t.id == id) return t;
    ActorType* entry = nullptr;
    for (auto& t : m_extra)
        if (t.id == id) entry = &t;
    if (!entry) {
        entry = &m_extra.emplace_back();
        entry->id = id;
    }
    // Unknown unless the board says otherwise; refreshed on every call, since
    // boards opened one after another may use one id for different things.
    entry->nameNl = entry->nameEn = id;
    entry->monogram = firstCharacter(id);
    entry->sector = Sector::Cultural;
    entry->colour = 0x9AA5B1u;
    if (board) {
        for (const auto& c : board->customTypes) {
            if (c.id != id) continue;
            entry->nameNl = entry->nameEn = c.name;
            entry->monogram = firstCharacter(c.name);
            entry->sector = c.sector;
            entry->colour = c.colour;
        }
    }
    return *entry;
}

}  // namespace nt
