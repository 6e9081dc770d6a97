// Dates written out in Dutch or English.
#include "core/dates.h"

#include <charconv>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <optional>

namespace nt {

namespace {

struct Day {
    std::chrono::year_month_day ymd;
    unsigned weekday = 0;  // 0 = Sunday
};

std::optional<Day> parseDay(std::string_view iso) {
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
    int y = 0;
    unsigned m = 0, d = 0;
    auto num = [&](size_t at, size_t len, auto& out) {
        const auto r = std::from_chars(iso.data() + at, iso.data() + at + len, out);
        return r.ec == std::errc() && r.ptr == iso.data() + at + len;
    };
    if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, d)) return std::nullopt;
    const std::chrono::year_month_day day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
    if (!day.ok()) return std::nullopt;
    return Day{day, std::chrono::weekday{std::chrono::sys_days{day}}.c_encoding()};
}

std::string dayMonthYear(const Day& day, Lang lang) {
    static const char* const kMonthsNl[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                            "juli",    "augustus", "september", "oktober", "november", "december"};
    static const char* const kMonthsEn[] = {"January", "February", "March",     "April",   "May",      "June",
                                            "July",    "August",   "September", "October", "November", "December"};
    const unsigned m = static_cast<unsigned>(day.ymd.month());
    return std::to_string(static_cast<unsigned>(day.ymd.day())) + " " +
           (lang == Lang::En ? kMonthsEn[m - 1] : kMonthsNl[m - 1]) + " " +
           std::to_string(static_cast<int>(day.ymd.year()));
}

}  // namespace

std::string shortDate(std::string_view iso, Lang lang) {
    const auto day = parseDay(iso);
    return day ? dayMonthYear(*day, lang) : std::string(iso);
}

bool isIsoDay(std::string_view text) { return parseDay(text).has_value(); }

std::string addDays(std::string_view iso, int days) {
    const auto day = parseDay(iso);
    if (!day) return std::string(iso);
    const std::chrono::year_month_day moved{std::chrono::sys_days{day->ymd} + std::chrono::days{days}};
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(moved.year()), static_cast<unsigned>(moved.month()),
                  static_cast<unsigned>(moved.day()));
    return buf;
}

std::string isoDayAt(double unixSeconds) {
    const std::time_t t = static_cast<std::time_t>(unixSeconds);
    std::tm local{};
    localtime_r(&t, &local);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &local);
    return buf;
}

std::string longDate(std::string_view iso, Lang lang) {
    const auto day = parseDay(iso);
    if (!day) return std::string(iso);
    static const char* const kDaysNl[] = {"zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"};
    static const char* const kDaysEn[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    return std::string(lang == Lang::En ? kDaysEn[day->weekday] : kDaysNl[day->weekday]) + " " + dayMonthYear(*day, lang);
}

}  // namespace nt
