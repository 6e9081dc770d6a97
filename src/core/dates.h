// Dates as people read them: "maandag 23 november 2026", "Monday 23 November 2026".
#pragma once

#include <string>
#include <string_view>

#include "core/catalogue.h"

namespace nt {

// An ISO 8601 day ("2026-11-23") written out in the language; anything that
// is not a valid day comes back unchanged.
std::string longDate(std::string_view isoDay, Lang lang);   // "maandag 23 november 2026"
std::string shortDate(std::string_view isoDay, Lang lang);  // "23 november 2026"

// Whether the text is a real ISO 8601 day ("2026-11-23"; not "2026-02-30").
bool isIsoDay(std::string_view text);
// The day `days` later (earlier when negative); an invalid day comes back unchanged.
std::string addDays(std::string_view isoDay, int days);
// The local calendar day at a moment (Unix seconds), as an ISO day.
std::string isoDayAt(double unixSeconds);

}  // namespace nt
