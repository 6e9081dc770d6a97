// The inspiration list: actor types with their names in Dutch and English,
// their sector (which half of a bubble they usually sit in), colour and a
// short monogram drawn on the token. Loaded from assets/catalogue.
#pragma once

#include <deque>
#include <string>
#include <vector>

#include "core/model.h"

namespace nt {

enum class Lang { Nl, En };

struct ActorType {
    std::string id;
    std::string nameNl;
    std::string nameEn;
    std::string monogram;        // one to three letters, e.g. "BIB"
    Sector sector = Sector::Cultural;
    std::uint32_t colour = 0x9AA5B1u;
    const std::string& name(Lang lang) const { return lang == Lang::En ? nameEn : nameNl; }
};

class Catalogue {
public:
    Catalogue() = default;
    explicit Catalogue(std::vector<ActorType> types) : m_types(std::move(types)) {}

    // Throws LoadError naming the file and the place that is wrong.
    static Catalogue fromJsonText(const std::string& text, const std::string& source);
    static Catalogue load(const std::string& path);

    const std::vector<ActorType>& types() const { return m_types; }
    // The type with this id; falls back to the board's custom types, then to a
    // neutral "unknown" type so that a board from elsewhere still draws. The
    // reference stays valid as long as the catalogue; a custom type's entry
    // follows the board it is asked with.
    const ActorType& find(const std::string& id, const Board* board = nullptr) const;

private:
    std::vector<ActorType> m_types;
    mutable std::deque<ActorType> m_extra;  // custom and unknown types, built on demand (stable addresses)
};

}  // namespace nt
