// The municipalities a bubble can be named after: the Flemish and Brussels
// municipalities after the mergers of 1 January 2025, shipped as
// assets/catalogue/municipalities.json (source named in the file and in
// docs/municipalities.md), with type-ahead over their names and, where the
// file gives one, each municipality's position on the map.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nt {

// A point on the map in degrees (WGS 84).
struct GeoPosition {
    double lat = 0;  // north positive
    double lon = 0;  // east positive
    friend bool operator==(const GeoPosition&, const GeoPosition&) = default;
};

struct MunicipalityInfo {
    std::string name;       // Dutch name, e.g. "Beveren-Kruibeke-Zwijndrecht"
    std::string province;   // empty for the Brussels municipalities
    std::string region;     // "Vlaams Gewest" or "Brussels Hoofdstedelijk Gewest"
    std::optional<GeoPosition> position = std::nullopt;  // its main locality ("lat", "lon"); absent: unknown
};

class MunicipalityList {
public:
    MunicipalityList() = default;
    explicit MunicipalityList(std::vector<MunicipalityInfo> entries) : m_entries(std::move(entries)) {}

    // Throws LoadError naming the file and the place that is wrong.
    static MunicipalityList fromJsonText(const std::string& text, const std::string& source);
    static MunicipalityList load(const std::string& path);

    const std::vector<MunicipalityInfo>& entries() const { return m_entries; }
    const std::string& source() const { return m_source; }

    // The entry whose name is this one, ignoring case and accents; nullptr if none.
    const MunicipalityInfo* find(std::string_view name) const;

    // Up to max names matching what was typed, best match first (matchRank),
    // then alphabetically.
    std::vector<const MunicipalityInfo*> suggest(std::string_view query, std::size_t max) const;

private:
    std::vector<MunicipalityInfo> m_entries;
    std::string m_source;
};

}  // namespace nt
