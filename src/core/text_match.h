// Type-ahead matching for names people type at the table: case and accents
// do not matter ("cafe" finds "Café", "sint niklaas" finds "Sint-Niklaas").
#pragma once

#include <string>
#include <string_view>

namespace nt {

// Lower case, Latin-1 accents taken off (é → e, ç → c, æ → ae, ß → ss),
// hyphens and underscores read as spaces, apostrophes dropped, runs of
// spaces made one, and leading and trailing spaces trimmed. Other
// characters pass unchanged; broken UTF-8 bytes are dropped.
std::string foldForSearch(std::string_view text);

// Appends one Unicode code point as UTF-8.
void appendUtf8(std::string& out, long cp);

// How well name matches what was typed, best first: 0 the same name, 1 the
// name starts with it, 2 a word of the name starts with it, 3 it occurs
// somewhere inside; -1 not at all. An empty query matches nothing.
int matchRank(std::string_view name, std::string_view query);

}  // namespace nt
