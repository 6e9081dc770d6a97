// Loading and searching the municipality list.
#include "core/municipality_list.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/board_file.h"
#include "core/text_match.h"

namespace nt {

namespace {

std::string field(const nlohmann::json& j, const char* key, const std::string& where, bool required) {
    auto it = j.find(key);
    if (it == j.end() && !required) return {};
    if (it == j.end() || !it->is_string() || (required && it->get<std::string>().empty()))
        throw LoadError(where + "/" + key + ": expected text");
    return it->get<std::string>();
}

// "lat" and "lon" come together or not at all; a position off the globe is an
// error rather than a bubble in a wrong direction.
std::optional<GeoPosition> position(const nlohmann::json& j, const std::string& where) {
    const auto lat = j.find("lat"), lon = j.find("lon");
    if (lat == j.end() && lon == j.end()) return std::nullopt;
    if (lat == j.end() || !lat->is_number() || lat->get<double>() < -90 || lat->get<double>() > 90)
        throw LoadError(where + "/lat: expected a latitude in degrees, with lon");
    if (lon == j.end() || !lon->is_number() || lon->get<double>() < -180 || lon->get<double>() > 180)
        throw LoadError(where + "/lon: expected a longitude in degrees, with lat");
    return GeoPosition{lat->get<double>(), lon->get<double>()};
}

}  // namespace

MunicipalityList MunicipalityList::fromJsonText(const std::string& text, const std::string& source) {
    nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) throw LoadError(source + ": not a valid JSON object");
    if (field(doc, "type", source + ": ", false) != "netwerktafel-municipalities")
        throw LoadError(source + ": /type: not a Netwerktafel municipality list");
    auto list = doc.find("municipalities");
    if (list == doc.end() || !list->is_array()) throw LoadError(source + ": /municipalities: expected a list");
    std::vector<MunicipalityInfo> entries;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto& j = (*list)[i];
        const std::string where = source + ": /municipalities/" + std::to_string(i);
        if (!j.is_object()) throw LoadError(where + ": expected an object");
        entries.push_back({field(j, "name", where, true), field(j, "province", where, false), field(j, "region", where, true),
                           position(j, where)});
    }
    MunicipalityList result(std::move(entries));
    result.m_source = field(doc, "source", source + ": ", false);
    return result;
}

MunicipalityList MunicipalityList::load(const std::string& path) {
    return fromJsonText(readTextFile(path, 1024 * 1024), path);
}

const MunicipalityInfo* MunicipalityList::find(std::string_view name) const {
    for (const auto& e : m_entries)
        if (matchRank(e.name, name) == 0) return &e;
    return nullptr;
}

std::vector<const MunicipalityInfo*> MunicipalityList::suggest(std::string_view query, std::size_t max) const {
    std::vector<std::pair<int, const MunicipalityInfo*>> hits;
    for (const auto& e : m_entries)
        if (const int rank = matchRank(e.name, query); rank >= 0) hits.emplace_back(rank, &e);
    std::stable_sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) {
        if (a.first != b.first) return a.first < b.first;
        return foldForSearch(a.second->name) < foldForSearch(b.second->name);
    });
    std::vector<const MunicipalityInfo*> out;
    for (const auto& [rank, e] : hits) {
        if (out.size() >= max) break;
        out.push_back(e);
    }
    return out;
}

}  // namespace nt
