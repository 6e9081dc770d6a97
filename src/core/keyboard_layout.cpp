// The key rows of both layouts and the accent tables.
#include "core/keyboard_layout.h"

#include <algorithm>
#include <map>
#include <utility>

namespace nt {

namespace {

Key ch(std::string text, std::string shifted = {}, double width = 1) {
    Key k;
    k.text = std::move(text);
    k.shifted = shifted.empty() ? k.text : std::move(shifted);
    k.width = width;
    return k;
}

Key special(KeyKind kind, double width) {
    Key k;
    k.kind = kind;
    k.width = width;
    if (kind == KeyKind::Space) k.text = k.shifted = " ";
    if (kind == KeyKind::Enter) k.text = k.shifted = "\n";
    return k;
}

Key dead(std::string label, DeadAccent accent, DeadAccent shifted) {
    Key k;
    k.kind = KeyKind::Dead;
    k.text = std::move(label);
    k.dead = accent;
    k.deadShifted = shifted;
    return k;
}

// Lower-case letters typed as upper case with shift.
void letters(KeyRow& row, std::initializer_list<std::pair<const char*, const char*>> keys) {
    for (const auto& [lower, upper] : keys) row.push_back(ch(lower, upper));
}

std::vector<KeyRow> azertyLetters() {
    KeyRow r1, r2, r3, r4;
    letters(r1, {{"a", "A"}, {"z", "Z"}, {"e", "E"}, {"r", "R"}, {"t", "T"}, {"y", "Y"}, {"u", "U"}, {"i", "I"}, {"o", "O"}, {"p", "P"}});
    r1.push_back(dead("^", DeadAccent::Circumflex, DeadAccent::Diaeresis));
    r1.push_back(special(KeyKind::Backspace, 1.5));
    letters(r2, {{"q", "Q"}, {"s", "S"}, {"d", "D"}, {"f", "F"}, {"g", "G"}, {"h", "H"}, {"j", "J"}, {"k", "K"}, {"l", "L"}, {"m", "M"}});
    r2.push_back(ch("ù", "%"));
    r2.push_back(special(KeyKind::Enter, 1.5));
    r3.push_back(special(KeyKind::Shift, 1.5));
    letters(r3, {{"w", "W"}, {"x", "X"}, {"c", "C"}, {"v", "V"}, {"b", "B"}, {"n", "N"}});
    // Belgian AZERTY's own pairs: ", ?", "; .", ": /".
    r3.push_back(ch(",", "?"));
    r3.push_back(ch(";", "."));
    r3.push_back(ch(":", "/"));
    r3.push_back(ch("-", "_"));
    r3.push_back(special(KeyKind::Shift, 1));
    r4.push_back(special(KeyKind::Layer, 2));
    r4.push_back(ch("'", "\""));
    r4.push_back(special(KeyKind::Space, 6));
    r4.push_back(ch("."));
    r4.push_back(special(KeyKind::Done, 2.5));
    return {r1, r2, r3, r4};
}

std::vector<KeyRow> qwertyLetters() {
    KeyRow r1, r2, r3, r4;
    letters(r1, {{"q", "Q"}, {"w", "W"}, {"e", "E"}, {"r", "R"}, {"t", "T"}, {"y", "Y"}, {"u", "U"}, {"i", "I"}, {"o", "O"}, {"p", "P"}});
    r1.push_back(ch("-", "_"));
    r1.push_back(special(KeyKind::Backspace, 1.5));
    letters(r2, {{"a", "A"}, {"s", "S"}, {"d", "D"}, {"f", "F"}, {"g", "G"}, {"h", "H"}, {"j", "J"}, {"k", "K"}, {"l", "L"}});
    r2.push_back(ch("'", "\""));
    r2.push_back(special(KeyKind::Enter, 2.5));
    r3.push_back(special(KeyKind::Shift, 1.5));
    letters(r3, {{"z", "Z"}, {"x", "X"}, {"c", "C"}, {"v", "V"}, {"b", "B"}, {"n", "N"}, {"m", "M"}});
    r3.push_back(ch("!"));
    r3.push_back(ch("?"));
    r3.push_back(special(KeyKind::Shift, 2));
    r4.push_back(special(KeyKind::Layer, 2));
    r4.push_back(ch(","));
    r4.push_back(special(KeyKind::Space, 6));
    r4.push_back(ch("."));
    r4.push_back(special(KeyKind::Done, 2.5));
    return {r1, r2, r3, r4};
}

std::vector<KeyRow> symbols(bool azerty) {
    KeyRow r1, r2, r3, r4;
    for (const char* d : {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"}) r1.push_back(ch(d));
    r1.push_back(special(KeyKind::Backspace, 2.5));
    for (const char* s : {"@", "#", "€", "&", "*", "(", ")", "+", "=", "/"}) r2.push_back(ch(s));
    r2.push_back(special(KeyKind::Enter, 2.5));
    for (const char* s : {"%", "\"", ":", ";", "!", "?", "_", "°"}) r3.push_back(ch(s));
    // Belgian keyboards carry § µ £ where others have $ < >.
    const char* const azertyExtra[] = {"§", "µ", "£"};
    const char* const otherExtra[] = {"$", "<", ">"};
    for (const char* s : azerty ? azertyExtra : otherExtra) r3.push_back(ch(s));
    r3.push_back(ch("-", "-", 1.5));
    r4.push_back(special(KeyKind::Layer, 2));
    r4.push_back(ch(","));
    r4.push_back(special(KeyKind::Space, 6));
    r4.push_back(ch("."));
    r4.push_back(special(KeyKind::Done, 2.5));
    return {r1, r2, r3, r4};
}

}  // namespace

const std::vector<KeyRow>& keyRows(KeyboardLayout layout, KeyLayer layer) {
    static const std::vector<KeyRow> azerty = azertyLetters();
    static const std::vector<KeyRow> qwerty = qwertyLetters();
    static const std::vector<KeyRow> azertySymbols = symbols(true);
    static const std::vector<KeyRow> qwertySymbols = symbols(false);
    const bool isAzerty = layout == KeyboardLayout::Azerty;
    if (layer == KeyLayer::Symbols) return isAzerty ? azertySymbols : qwertySymbols;
    return isAzerty ? azerty : qwerty;
}

double layerWidth(KeyboardLayout layout, KeyLayer layer) {
    double widest = 0;
    for (const KeyRow& row : keyRows(layout, layer)) {
        double w = 0;
        for (const Key& k : row) w += k.width;
        widest = std::max(widest, w);
    }
    return widest;
}

const std::vector<std::string>& accentChoices(const std::string& base) {
    static const std::map<std::string, std::vector<std::string>> table = {
        {"a", {"à", "â", "ä", "á"}}, {"A", {"À", "Â", "Ä", "Á"}},
        {"e", {"é", "è", "ê", "ë"}}, {"E", {"É", "È", "Ê", "Ë"}},
        {"i", {"ï", "î", "í"}},      {"I", {"Ï", "Î", "Í"}},
        {"o", {"ô", "ö", "ó"}},      {"O", {"Ô", "Ö", "Ó"}},
        {"u", {"ù", "û", "ü", "ú"}}, {"U", {"Ù", "Û", "Ü", "Ú"}},
        {"c", {"ç"}},                {"C", {"Ç"}},
        {"n", {"ñ"}},                {"N", {"Ñ"}},
    };
    static const std::vector<std::string> none;
    const auto it = table.find(base);
    return it == table.end() ? none : it->second;
}

std::string deadAccentAlone(DeadAccent accent) {
    switch (accent) {
        case DeadAccent::Circumflex: return "^";
        case DeadAccent::Diaeresis: return "¨";
        case DeadAccent::None: break;
    }
    return {};
}

std::string combineDead(DeadAccent accent, const std::string& ch) {
    static const std::map<std::string, std::string> circumflex = {
        {"a", "â"}, {"e", "ê"}, {"i", "î"}, {"o", "ô"}, {"u", "û"},
        {"A", "Â"}, {"E", "Ê"}, {"I", "Î"}, {"O", "Ô"}, {"U", "Û"}};
    static const std::map<std::string, std::string> diaeresis = {
        {"a", "ä"}, {"e", "ë"}, {"i", "ï"}, {"o", "ö"}, {"u", "ü"}, {"y", "ÿ"},
        {"A", "Ä"}, {"E", "Ë"}, {"I", "Ï"}, {"O", "Ö"}, {"U", "Ü"}};
    const auto* table = accent == DeadAccent::Circumflex ? &circumflex : accent == DeadAccent::Diaeresis ? &diaeresis : nullptr;
    if (!table) return {};
    const auto it = table->find(ch);
    return it == table->end() ? std::string() : it->second;
}

}  // namespace nt
