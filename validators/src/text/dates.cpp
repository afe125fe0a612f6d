#include "text/dates.hpp"

#include <array>
#include <charconv>
#include <regex>
#include <string>

namespace mtk::validators::text {
namespace {

constexpr std::array<std::string_view, 7> kWeekdays{"sunday",   "monday", "tuesday", "wednesday",
                                                    "thursday", "friday", "saturday"};
constexpr std::array<std::string_view, 12> kMonths{"jan", "feb", "mar", "apr", "may", "jun",
                                                   "jul", "aug", "sep", "oct", "nov", "dec"};

// std::regex: the patterns are small and fixed; the texts are paragraphs.
const std::regex& date_pattern() {
    static const std::regex re(
        R"(\b(?:(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?)"  // weekday
        R"((?:(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?,?\s+(\d{4}))"
        R"(|(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))\b)",
        std::regex::icase);
    return re;
}

std::string lower(std::string s) {
    for (char& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

int to_int(const std::string& s) {
    int v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

unsigned month_of(const std::string& name) {
    const std::string n = lower(name).substr(0, 3);
    for (std::size_t i = 0; i < kMonths.size(); ++i)
        if (kMonths[i] == n) return unsigned(i + 1);
    return 0;
}

std::optional<std::chrono::weekday> weekday_of(const std::string& name) {
    if (name.empty()) return std::nullopt;
    const std::string n = lower(name);
    for (std::size_t i = 0; i < kWeekdays.size(); ++i)
        if (kWeekdays[i].starts_with(n.substr(0, 3))) return std::chrono::weekday(unsigned(i));
    return std::nullopt;
}

// Every date the pattern finds has a four-digit year: texts without one skip the regex.
bool has_year(std::string_view text) {
    int run = 0;
    for (char c : text) {
        run = std::isdigit(static_cast<unsigned char>(c)) ? run + 1 : 0;
        if (run == 4) return true;
    }
    return false;
}

}  // namespace

std::vector<WrittenDate> find_dates(std::string_view text) {
    std::vector<WrittenDate> out;
    if (!has_year(text)) return out;
    const std::string s(text);
    for (std::sregex_iterator it(s.begin(), s.end(), date_pattern()), end; it != end; ++it) {
        const std::smatch& m = *it;
        const bool day_first = m[2].matched;
        const int day = to_int(day_first ? m[2].str() : m[6].str());
        const unsigned month = month_of(day_first ? m[3].str() : m[5].str());
        const int year = to_int(day_first ? m[4].str() : m[7].str());
        const std::chrono::year_month_day ymd{std::chrono::year(year), std::chrono::month(month),
                                              std::chrono::day(unsigned(day))};
        if (!ymd.ok()) continue;
        const auto pos = std::size_t(m.position(0));
        out.push_back(
            {ymd, weekday_of(m[1].str()), text.substr(pos, std::size_t(m.length(0))), pos});
    }
    return out;
}

std::optional<IsoDate> parse_iso(std::string_view s) {
    static const std::regex re(R"((\d{4})(?:-(\d{2})(?:-(\d{2}))?)?)");
    std::cmatch m;
    if (!std::regex_match(s.begin(), s.end(), m, re)) return std::nullopt;
    IsoDate d{to_int(m[1].str()), m[2].matched ? unsigned(to_int(m[2].str())) : 0u,
              m[3].matched ? unsigned(to_int(m[3].str())) : 0u};
    return d;
}

int compare(const IsoDate& a, const IsoDate& b) {
    if (a.year != b.year) return a.year < b.year ? -1 : 1;
    if (a.month == 0 || b.month == 0) return 0;
    if (a.month != b.month) return a.month < b.month ? -1 : 1;
    if (a.day == 0 || b.day == 0) return 0;
    return a.day == b.day ? 0 : (a.day < b.day ? -1 : 1);
}

IsoDate to_iso(const std::chrono::year_month_day& d) {
    return {int(d.year()), unsigned(d.month()), unsigned(d.day())};
}

std::string_view weekday_name(std::chrono::weekday w) {
    static constexpr std::array<std::string_view, 7> kNames{
        "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    return kNames[w.c_encoding()];
}

}  // namespace mtk::validators::text
