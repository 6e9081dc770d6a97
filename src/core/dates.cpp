// Dates written out in Dutch or English.
#include "core/dates.h"

#include <chrono>
#include <charconv>

namespace nt {

std::string longDate(std::string_view iso, Lang lang) {
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::string(iso);
    int y = 0;
    unsigned m = 0, d = 0;
    auto num = [&](size_t at, size_t len, auto& out) {
        const auto r = std::from_chars(iso.data() + at, iso.data() + at + len, out);
        return r.ec == std::errc() && r.ptr == iso.data() + at + len;
    };
    if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, d)) return std::string(iso);
    const std::chrono::year_month_day day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
    if (!day.ok()) return std::string(iso);
    const unsigned weekday = std::chrono::weekday{std::chrono::sys_days{day}}.c_encoding();  // 0 = Sunday
    static const char* const kDaysNl[] = {"zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"};
    static const char* const kDaysEn[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    static const char* const kMonthsNl[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                            "juli",    "augustus", "september", "oktober", "november", "december"};
    static const char* const kMonthsEn[] = {"January", "February", "March",     "April",   "May",      "June",
                                            "July",    "August",   "September", "October", "November", "December"};
    const bool en = lang == Lang::En;
    return std::string(en ? kDaysEn[weekday] : kDaysNl[weekday]) + " " + std::to_string(d) + " " +
           (en ? kMonthsEn[m - 1] : kMonthsNl[m - 1]) + " " + std::to_string(y);
}

}  // namespace nt
