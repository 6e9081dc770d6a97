// Type entries for the tray, and adding custom types.
#include "core/custom_types.h"

#include <algorithm>

#include "core/text_match.h"

namespace nt {

namespace {

bool entryMatches(const std::string& a, const std::string& b, const std::string& monogram, std::string_view query) {
    return matchRank(a, query) >= 0 || matchRank(b, query) >= 0 || matchRank(monogram, query) >= 0;
}

std::string trimmed(std::string s) {
    const auto notSpace = [](unsigned char c) { return c != ' ' && c != '\t' && c != '\n' && c != '\r'; };
    s.erase(s.begin(), std::find_if(s.begin(), s.end(), notSpace));
    s.erase(std::find_if(s.rbegin(), s.rend(), notSpace).base(), s.end());
    return s;
}

// "Café De Zwaan" → "cafe-de-zwaan": ASCII letters and digits only.
std::string slug(std::string_view name) {
    std::string out;
    for (char c : foldForSearch(name)) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
        else if (!out.empty() && out.back() != '-') out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    if (out.size() > 60) out.resize(60);
    return out.empty() ? "type" : out;
}

}  // namespace

std::vector<TypeEntry> typeEntries(const Catalogue& catalogue, const Board& board, Lang lang, std::string_view query) {
    const bool filter = !foldForSearch(query).empty();
    std::vector<TypeEntry> out;
    for (Sector sector : {Sector::Cultural, Sector::NonCultural}) {
        for (const ActorType& t : catalogue.types()) {
            if (t.sector != sector || (filter && !entryMatches(t.nameNl, t.nameEn, t.monogram, query))) continue;
            out.push_back({t.id, t.name(lang), t.monogram, t.sector, t.colour, false});
        }
        for (const CustomActorType& c : board.customTypes) {
            if (c.sector != sector || (filter && !entryMatches(c.name, c.name, firstCharacter(c.name), query))) continue;
            out.push_back({c.id, c.name, firstCharacter(c.name), c.sector, c.colour, true});
        }
    }
    return out;
}

const std::vector<std::uint32_t>& customTypePalette() {
    static const std::vector<std::uint32_t> palette = {0x5B7F95, 0x7A6C9B, 0x4F8A6E, 0xA0674B,
                                                       0x8A7A3B, 0x9B5A76, 0x4A7F86, 0x6E6A62};
    return palette;
}

CommandPtr addCustomType(const Board& board, std::string name, Sector sector, std::uint32_t colour, std::string* idOut) {
    name = truncateUtf8(trimmed(std::move(name)), 200);
    if (name.empty() || sector == Sector::Unassigned) return nullptr;
    for (const CustomActorType& c : board.customTypes)
        if (matchRank(c.name, name) == 0) return nullptr;
    const std::string base = "eigen-" + slug(name);
    std::string id = base;
    for (int n = 2; std::any_of(board.customTypes.begin(), board.customTypes.end(), [&](const auto& c) { return c.id == id; });
         ++n)
        id = base + "-" + std::to_string(n);
    auto after = board.customTypes;
    after.push_back({id, name, sector, colour & 0xFFFFFFu});
    if (idOut) *idOut = id;
    return namedAddOrRemove(std::make_unique<SetBoardPart<&Board::customTypes>>(board.customTypes, std::move(after)),
                            "step.type.added", std::move(name));
}

}  // namespace nt
