// Loading the user-facing texts of one language.
#include "core/translations.h"

#include <initializer_list>
#include <string_view>

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

std::string fillIn(std::string text, const std::string& what) {
    const auto at = text.find("{}");
    if (at != std::string::npos) text.replace(at, 2, what);
    return text;
}

namespace {

// Opening and closing quotes that may stand around the item.
bool endsWithAny(std::string_view text, size_t end, std::initializer_list<std::string_view> marks, size_t& length) {
    for (std::string_view m : marks) {
        if (end >= m.size() && text.substr(end - m.size(), m.size()) == m) {
            length = m.size();
            return true;
        }
    }
    return false;
}
bool startsWithAny(std::string_view text, size_t begin, std::initializer_list<std::string_view> marks, size_t& length) {
    for (std::string_view m : marks) {
        if (text.substr(begin, m.size()) == m) {
            length = m.size();
            return true;
        }
    }
    return false;
}

}  // namespace

std::string describeStep(const Translations& tr, const StepName& step, std::size_t maxItemChars) {
    if (step.empty()) return {};
    std::string text = tr(step.key);
    const auto at = text.find("{}");
    if (at == std::string::npos) return text;
    if (!step.item.empty()) return fillIn(std::move(text), firstWords(step.item, maxItemChars));
    size_t begin = at, end = at + 2, length = 0;
    if (endsWithAny(text, begin, {"‘", "“", "\"", "'"}, length)) begin -= length;
    if (startsWithAny(text, end, {"’", "”", "\"", "'"}, length)) end += length;
    if (begin > 0 && text[begin - 1] == ' ') --begin;
    else if (end < text.size() && text[end] == ' ') ++end;
    text.erase(begin, end - begin);
    return text;
}

}  // namespace nt
