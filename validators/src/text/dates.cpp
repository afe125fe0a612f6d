#include "text/dates.hpp"

#include <array>
#include <bit>
#include <charconv>
#include <cstdint>
#include <string>

#include "mtk/ascii.hpp"
#include "mtk/bytes8.hpp"

namespace mtk::validators::text {
namespace {

constexpr std::array<std::string_view, 7> kWeekdays{"sunday",   "monday", "tuesday", "wednesday",
                                                    "thursday", "friday", "saturday"};
constexpr std::array<std::string_view, 12> kMonths{"jan", "feb", "mar", "apr", "may", "jun",
                                                   "jul", "aug", "sep", "oct", "nov", "dec"};
// The stems a weekday is written with ("Tues", "Thur", "Satur"), each optionally + "day".
constexpr std::string_view kWeekdayStems[] = {"mon",  "tue",   "tues", "wed", "wednes", "thu",
                                              "thur", "thurs", "fri",  "sat", "satur",  "sun"};

// A hand-written scanner (a std::regex cost more than the rest of the rules): the same
// language as the ECMAScript pattern, case-insensitive, with the C locale's classes.
//   \b(?:WEEKDAY(?:day)?\.?,?\s+)?
//   (?:(\d{1,2})(?:st|nd|rd|th)?\s+MONTH[a-z]*\.?,?\s+(\d{4})
//     |MONTH[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))\b
// Every part is followed by a different class of character, so the first successful match
// never needs to backtrack: each part takes all it can.
bool is_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_word(char c) {
    return is_alpha(c) || is_digit(c) || c == '_';
}
bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}
using ascii::lower;

// Scans one part of a date from `pos`, advancing `pos` past what it took.
class Scanner {
  public:
    Scanner(std::string_view s, std::size_t pos) : s_(s), pos_(pos) {}
    std::size_t pos() const { return pos_; }

    std::string_view take_while(bool (*pred)(char)) {
        const std::size_t start = pos_;
        while (pos_ < s_.size() && pred(s_[pos_])) ++pos_;
        return s_.substr(start, pos_ - start);
    }
    bool take(char c) {
        if (pos_ >= s_.size() || s_[pos_] != c) return false;
        ++pos_;
        return true;
    }
    // (?:st|nd|rd|th)?
    void take_ordinal_suffix() {
        if (pos_ + 1 >= s_.size()) return;
        const std::string_view two = s_.substr(pos_, 2);
        for (std::string_view suffix : {"st", "nd", "rd", "th"})
            if (ascii::iequals(two, suffix)) {
                pos_ += 2;
                return;
            }
    }
    bool take_spaces() { return !take_while(is_space).empty(); }
    // MONTH[a-z]*: its number, or 0.
    unsigned take_month() {
        const std::string_view word = take_while(is_alpha);
        if (word.size() < 3) return 0;
        for (std::size_t i = 0; i < kMonths.size(); ++i)
            if (ascii::iequals(word.substr(0, 3), kMonths[i])) return unsigned(i + 1);
        return 0;
    }
    // \d{1,2} not followed by a digit.
    std::string_view take_day() {
        const std::string_view d = take_while(is_digit);
        return d.size() <= 2 ? d : std::string_view();
    }
    // \d{4}\b
    std::string_view take_year() {
        const std::string_view y = take_while(is_digit);
        if (y.size() != 4 || (pos_ < s_.size() && is_word(s_[pos_]))) return {};
        return y;
    }

  private:
    std::string_view s_;
    std::size_t pos_;
};

int to_int(std::string_view s) {
    int v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

// True when the word of letters is a weekday's stem, optionally + "day": WEEKDAY(?:day)?
bool is_weekday_word(std::string_view word) {
    if (word.size() > 3 && ascii::iequals(word.substr(word.size() - 3), "day"))
        word.remove_suffix(3);
    bool stem = false;
    for (std::string_view w : kWeekdayStems) stem = stem || ascii::iequals(word, w);
    return stem;
}

// WEEKDAY(?:day)?\.?,?\s+ at the scanner: the weekday, or nullopt (scanner unchanged).
std::optional<std::chrono::weekday> take_weekday(Scanner& sc) {
    Scanner s = sc;
    const std::string_view word = s.take_while(is_alpha);
    if (!is_weekday_word(word)) return std::nullopt;
    s.take('.');
    s.take(',');
    if (!s.take_spaces()) return std::nullopt;
    std::optional<std::chrono::weekday> day;
    for (std::size_t i = 0; i < kWeekdays.size(); ++i)
        if (ascii::iequals(word.substr(0, 3), kWeekdays[i].substr(0, 3)))
            day = std::chrono::weekday(unsigned(i));
    sc = s;
    return day;
}

struct DayMonthYear {
    int day = 0;
    unsigned month = 0;
    int year = 0;
};

// The two orders of the date proper; nullopt when neither matches at the scanner.
std::optional<DayMonthYear> take_date(Scanner& s) {
    DayMonthYear d;
    // Both orders end with the year: then the date is whole, and the scanner moves past it.
    const auto with_year = [&](Scanner& t, std::string_view day) -> std::optional<DayMonthYear> {
        if (!t.take_spaces()) return std::nullopt;
        const std::string_view year = t.take_year();
        if (year.empty()) return std::nullopt;
        d.day = to_int(day);
        d.year = to_int(year);
        s = t;
        return d;
    };
    if (Scanner t = s; !t.take_while(is_digit).empty()) {
        t = s;
        const std::string_view day = t.take_day();
        if (day.empty()) return std::nullopt;
        t.take_ordinal_suffix();
        if (!t.take_spaces() || (d.month = t.take_month()) == 0) return std::nullopt;
        t.take('.');
        t.take(',');
        return with_year(t, day);
    }
    Scanner t = s;
    if ((d.month = t.take_month()) == 0) return std::nullopt;
    t.take('.');
    if (!t.take_spaces()) return std::nullopt;
    const std::string_view day = t.take_day();
    if (day.empty()) return std::nullopt;
    t.take_ordinal_suffix();
    t.take(',');
    return with_year(t, day);
}

// Every date the pattern finds has a four-digit year: texts without one are not scanned.
// Read eight bytes at a time: most blocks of a text have no digit.
bool has_year(std::string_view text) {
    std::size_t run = 0;  // the digits just before text[i]
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        const std::uint64_t digits = bytes8::in_range(bytes8::load(text, i), '0', '9');
        if (digits == 0) {
            run = 0;
            continue;
        }
        // Four digits in the block: a byte's bit with the three bytes' before it.
        if ((digits & (digits << 8) & (digits << 16) & (digits << 24)) != 0) return true;
        const std::uint64_t others = ~digits & bytes8::kTops;  // not 0: eight digits are four
        if (run + std::size_t(std::countr_zero(others)) / 8 >= 4) return true;
        run = std::size_t(std::countl_zero(others)) / 8;
    }
    for (; i < text.size(); ++i) {
        run = is_digit(text[i]) ? run + 1 : 0;
        if (run == 4) return true;
    }
    return false;
}

// The first three letters of a word, lower-case, as a number below 26^3.
constexpr unsigned prefix_code(std::string_view word) {
    return unsigned(lower(word[0]) - 'a') * 26 * 26 + unsigned(lower(word[1]) - 'a') * 26 +
           unsigned(lower(word[2]) - 'a');
}

// True when the word of letters `word` can start a date: its first three letters are a
// weekday's (every stem starts so) or a month's. Looked up by table: most words of a text
// are neither.
bool starts_weekday_or_month(std::string_view word) {
    static constexpr auto kStarts = [] {
        std::array<bool, 26 * 26 * 26> t{};
        for (std::string_view w : kWeekdays) t[prefix_code(w)] = true;
        for (std::string_view m : kMonths) t[prefix_code(m)] = true;
        return t;
    }();
    return word.size() >= 3 && kStarts[prefix_code(word)];
}

}  // namespace

std::vector<WrittenDate> find_dates(std::string_view text) {
    std::vector<WrittenDate> out;
    if (!has_year(text)) return out;
    for (std::size_t p = 0; p < text.size();) {
        if (!is_word(text[p]) || (p > 0 && is_word(text[p - 1]))) {
            ++p;
            continue;
        }
        // A date starts with a digit, a weekday or a month: the other words are skipped
        // whole (no position inside a word starts one).
        if (is_alpha(text[p])) {
            std::size_t end = p + 1;
            while (end < text.size() && is_alpha(text[end])) ++end;
            if (!starts_weekday_or_month(text.substr(p, end - p))) {
                p = end;
                continue;
            }
        }
        Scanner s(text, p);
        const auto weekday = take_weekday(s);
        const auto date = take_date(s);
        if (!date) {
            ++p;
            continue;
        }
        const std::chrono::year_month_day ymd{std::chrono::year(date->year),
                                              std::chrono::month(date->month),
                                              std::chrono::day(unsigned(date->day))};
        if (ymd.ok()) out.push_back({ymd, weekday, text.substr(p, s.pos() - p), p});
        p = s.pos();
    }
    return out;
}

bool may_name_weekday(std::span<const Word> words) {
    // In ASCII text a weekday starts a word (the byte before is not a letter, digit or '_')
    // and ends it (a '.', ',' or space follows): it is one of the words, all letters. Those
    // of 3 to 9 letters ("wednesday") that start as a weekday are looked at further.
    // Most words fail on their length or first two letters ("mo", "tu", "th"...), looked up
    // by table with the third letter they need.
    static constexpr auto kThird = [] {
        std::array<char, 256 * 256> t{};
        for (std::string_view w : kWeekdays)
            for (const char a : {w[0], char(w[0] - 'a' + 'A')})
                for (const char b : {w[1], char(w[1] - 'a' + 'A')})
                    t[std::size_t(static_cast<unsigned char>(a)) |
                      std::size_t(static_cast<unsigned char>(b)) << 8] = w[2];
        return t;
    }();
    for (const Word& w : words) {
        const std::string_view t = w.text;
        if (t.size() < 3 || t.size() > 9) continue;
        const char third = kThird[std::size_t(static_cast<unsigned char>(t[0])) |
                                  std::size_t(static_cast<unsigned char>(t[1])) << 8];
        if (third != 0 && lower(t[2]) == third && is_weekday_word(t)) return true;
    }
    return false;
}

std::optional<IsoDate> parse_iso(std::string_view s) {
    // YYYY, YYYY-MM or YYYY-MM-DD, digits only.
    auto digits = [&](std::size_t from, std::size_t n) {
        for (std::size_t i = from; i < from + n; ++i)
            if (!is_digit(s[i])) return false;
        return true;
    };
    if (!(s.size() == 4 || (s.size() == 7 && s[4] == '-') ||
          (s.size() == 10 && s[4] == '-' && s[7] == '-')))
        return std::nullopt;
    if (!digits(0, 4) || (s.size() >= 7 && !digits(5, 2)) || (s.size() == 10 && !digits(8, 2)))
        return std::nullopt;
    return IsoDate{to_int(s.substr(0, 4)), s.size() >= 7 ? unsigned(to_int(s.substr(5, 2))) : 0u,
                   s.size() == 10 ? unsigned(to_int(s.substr(8, 2))) : 0u};
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
