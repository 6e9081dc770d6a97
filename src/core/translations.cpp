// Loading the user-facing texts of one language.
#include "core/translations.h"

#include <nlohmann/json.hpp>

#include "core/board_file.h"

namespace nt {

Translations Translations::fromJsonText(const std::string& text, const std::string& source) {
    nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) throw LoadError(source + ": not a valid JSON object");
    Translations t;
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        if (!it.value().is_string()) throw LoadError(source + ": /" + it.key() + ": expected text");
        t.m_texts[it.key()] = it.value().get<std::string>();
    }
    return t;
}

Translations Translations::load(const std::string& path) {
    return fromJsonText(readTextFile(path, 1024 * 1024), path);
}

const std::string& Translations::operator()(const std::string& key) const {
    auto it = m_texts.find(key);
    if (it != m_texts.end()) return it->second;
    return m_missing.emplace(key, key).first->second;
}

std::vector<std::string> Translations::missingLookups() const {
    std::vector<std::string> keys;
    for (const auto& kv : m_missing) keys.push_back(kv.first);
    return keys;
}

std::optional<Lang> langFromName(const std::string& name) {
    if (name == "nl") return Lang::Nl;
    if (name == "en") return Lang::En;
    return std::nullopt;
}

const char* langName(Lang lang) { return lang == Lang::En ? "en" : "nl"; }

}  // namespace nt
