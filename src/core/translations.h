// User-facing text in Dutch and English, from assets/i18n/<lang>.json.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/catalogue.h"

namespace nt {

class Translations {
public:
    Translations() = default;
    static Translations fromJsonText(const std::string& text, const std::string& source);
    static Translations load(const std::string& path);

    // The text for `key`; the key itself when missing, so a gap shows, and
    // the key is remembered in missingLookups() so tests can catch it.
    const std::string& operator()(const std::string& key) const;
    bool has(const std::string& key) const { return m_texts.count(key) != 0; }
    const std::map<std::string, std::string>& all() const { return m_texts; }
    // Every key looked up that has no text, each once, in key order.
    std::vector<std::string> missingLookups() const;

private:
    std::map<std::string, std::string> m_texts;
    mutable std::map<std::string, std::string> m_missing;  // key → key; node references stay valid
};

std::optional<Lang> langFromName(const std::string& name);
const char* langName(Lang lang);

}  // namespace nt
