// The inspiration list as the tray shows it, and actor types the group adds
// itself. Entries come from the shipped catalogue and the board's custom
// types, grouped cultural first, then non-cultural, filtered by what was
// typed (accent- and case-insensitive).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue.h"
#include "core/commands.h"

namespace nt {

struct TypeEntry {
    std::string id;
    std::string name;        // in the current language
    std::string monogram;
    Sector sector = Sector::Cultural;
    std::uint32_t colour = 0;
    bool custom = false;     // added by the group (Board::customTypes)
};

// Catalogue types in catalogue order, then custom types, cultural group
// before non-cultural. A non-empty query keeps the entries whose name (in
// either language) or monogram matches it.
std::vector<TypeEntry> typeEntries(const Catalogue& catalogue, const Board& board, Lang lang, std::string_view query = {});

// Calm colours for custom types; white monograms read well on each.
const std::vector<std::uint32_t>& customTypePalette();

// A new custom type: id "eigen-<name>" (made unique), the name trimmed and
// kept within 200 bytes. nullptr for an empty name or a name the board
// already has as a custom type. The id is written to idOut when given.
CommandPtr addCustomType(const Board& board, std::string name, Sector sector, std::uint32_t colour,
                         std::string* idOut = nullptr);

}  // namespace nt
