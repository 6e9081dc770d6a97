// User-facing text in Dutch and English, from assets/i18n/<lang>.json.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/catalogue.h"
#include "core/step_name.h"

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

// `text` with `what` in place of its "{}" ("Ongedaan maken: {}"); without
// a "{}", the text as it is.
std::string fillIn(std::string text, const std::string& what);

// An undo step in words, in this language: its text ("{} verplaatst") with
// the item cut to maxItemChars (firstWords) in place of "{}". Without an item
// the "{}" goes, with the quotes and one space around it ("Briefje ‘{}’
// verplaatst" → "Briefje verplaatst"). Empty for an unnamed step.
std::string describeStep(const Translations& tr, const StepName& step, std::size_t maxItemChars = kStepWordsChars);

}  // namespace nt
