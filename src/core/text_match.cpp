// Folding and ranking for type-ahead.
#include "core/text_match.h"

#include <array>

namespace nt {

namespace {

// Decodes one UTF-8 character at text[i]; advances i. Returns -1 for a broken byte.
long nextCodePoint(std::string_view text, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char b0 = byte(i);
    int extra = 0;
    long cp = 0;
    if (b0 < 0x80) {
        ++i;
        return b0;
    } else if ((b0 & 0xE0) == 0xC0) {
        extra = 1, cp = b0 & 0x1F;
    } else if ((b0 & 0xF0) == 0xE0) {
        extra = 2, cp = b0 & 0x0F;
    } else if ((b0 & 0xF8) == 0xF0) {
        extra = 3, cp = b0 & 0x07;
    } else {
        ++i;
        return -1;
    }
    for (std::size_t k = 1; k <= static_cast<std::size_t>(extra); ++k) {
        if (i + k >= text.size() || (byte(i + k) & 0xC0) != 0x80) {
            ++i;
            return -1;
        }
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    i += static_cast<std::size_t>(extra) + 1;
    return cp;
}

// The base letters of U+00C0..U+00FF, lower case ("" where none: × ÷).
constexpr std::array<const char*, 64> kLatin1 = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // C0–CF
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",  // D0–DF
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // E0–EF
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y"};  // F0–FF


}  // namespace

void appendUtf8(std::string& out, long cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string foldForSearch(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    auto space = [&] {
        if (!out.empty() && out.back() != ' ') out += ' ';
    };
    for (std::size_t i = 0; i < text.size();) {
        const long cp = nextCodePoint(text, i);
        if (cp < 0) continue;
        if (cp >= 'A' && cp <= 'Z') {
            out += static_cast<char>(cp - 'A' + 'a');
        } else if (cp == ' ' || cp == '-' || cp == '_' || cp == '\t' || cp == 0x2010 || cp == 0x2013) {
            space();
        } else if (cp == '\'' || cp == 0x2019 || cp == 0x2018) {
            // 's Gravenwezel, d'Hondt: the apostrophe is not what people type first
        } else if (cp >= 0xC0 && cp <= 0xFF) {
            out += kLatin1[static_cast<std::size_t>(cp - 0xC0)];
        } else if (cp == 0x0152 || cp == 0x0153) {
            out += "oe";
        } else {
            appendUtf8(out, cp);
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

int matchRank(std::string_view name, std::string_view query) {
    const std::string q = foldForSearch(query);
    if (q.empty()) return -1;
    const std::string n = foldForSearch(name);
    if (n == q) return 0;
    const std::size_t at = n.find(q);
    if (at == std::string::npos) return -1;
    if (at == 0) return 1;
    for (std::size_t pos = n.find(' '); pos != std::string::npos; pos = n.find(' ', pos + 1))
        if (n.compare(pos + 1, q.size(), q) == 0) return 2;
    return 3;
}

}  // namespace nt
