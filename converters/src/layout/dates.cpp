#include "layout/dates.hpp"

#include <date/date.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <vector>

#include "layout/text_util.hpp"
#include "mtk/bytes8.hpp"

namespace mtk::converters::layout {
namespace {

struct Token {
    enum Type { word, number, punct } type;
    std::string_view text;
    std::size_t begin, end;
    bool space_before;
    int value = 0;         // number: its value (capped)
    bool ordinal = false;  // number: followed directly by st/nd/rd/th (absorbed)
};

bool ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool ascii_digit(char c) {
    return c >= '0' && c <= '9';
}

// Splits into words (ASCII letters), numbers and single punctuation characters; other
// bytes (non-ASCII letters, spaces) separate tokens. Bounded to keep long lines linear.
std::vector<Token> tokenise(std::string_view s, std::size_t from) {
    std::vector<Token> out;
    // about a token a word, a sentence's worth at most (long lines grow as they need)
    out.reserve(std::min<std::size_t>((s.size() - std::min(from, s.size())) / 4 + 1, 64));
    bool space = true;
    std::size_t i = from;
    while (i < s.size()) {
        const char c = s[i];
        if (ascii_digit(c)) {
            std::size_t j = i;
            int v = 0;
            while (j < s.size() && ascii_digit(s[j])) {
                if (v < 100000) v = v * 10 + (s[j] - '0');
                ++j;
            }
            Token t{Token::number, s.substr(i, j - i), i, j, space, v};
            if (j + 1 < s.size() && ascii_letter(s[j]) && ascii_letter(s[j + 1]) &&
                (j + 2 >= s.size() || !ascii_letter(s[j + 2]))) {
                const std::string_view suf = s.substr(j, 2);
                if (iequals(suf, "st") || iequals(suf, "nd") || iequals(suf, "rd") ||
                    iequals(suf, "th")) {
                    t.ordinal = true;
                    j += 2;
                    t.end = j;
                }
            }
            out.push_back(t);
            i = j;
            space = false;
        } else if (ascii_letter(c)) {
            std::size_t j = i;
            while (j < s.size() && ascii_letter(s[j])) ++j;
            out.push_back({Token::word, s.substr(i, j - i), i, j, space});
            i = j;
            space = false;
        } else if (c == ' ' || c == '\t') {
            space = true;
            ++i;
        } else if (static_cast<unsigned char>(c) >= 0x80) {
            // "–" (en dash) is a range separator; other non-ASCII characters separate tokens.
            if (s.substr(i, 3) == "\u2013" || s.substr(i, 3) == "\u2014") {
                out.push_back({Token::punct, std::string_view("-"), i, i + 3, space});
                i += 3;
            } else {
                ++i;
                while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
            }
            space = true;
        } else {
            out.push_back({Token::punct, s.substr(i, 1), i, i + 1, space});
            ++i;
            space = false;
        }
    }
    return out;
}

constexpr std::string_view kMonths[] = {"january",   "february", "march",    "april",
                                        "may",       "june",     "july",     "august",
                                        "september", "october",  "november", "december"};

bool is_weekday(std::string_view w) {
    // every word is tested: most are no weekday by their first letter and length alone
    static constexpr WordList kDays({"monday", "tuesday", "wednesday", "thursday", "friday",
                                     "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat",
                                     "sun"});
    return kDays.contains(w);
}

bool valid(int y, int m, int d) {
    using namespace date;
    if (m < 1 || m > 12) return false;
    if (d == 0) return true;
    const int yy = y == 0 ? 2000 : y;  // a leap year, so 29 February passes without a year
    return year_month_day{year{yy}, month{unsigned(m)}, day{unsigned(d)}}.ok();
}

bool is_year(const Token& t) {
    return t.type == Token::number && t.text.size() == 4 && t.value >= 1900 && t.value <= 2200 &&
           !t.ordinal;
}
bool is_day(const Token& t) {
    return t.type == Token::number && t.text.size() <= 2 && t.value >= 1 && t.value <= 31;
}
bool is_punct(const Token& t, char c) {
    return t.type == Token::punct && t.text[0] == c;
}
int month_of(const Token& t) {
    return t.type == Token::word ? month_number(t.text) : 0;
}

// Index after an optional "," at k.
std::size_t skip_comma(const std::vector<Token>& t, std::size_t k) {
    return k < t.size() && is_punct(t[k], ',') ? k + 1 : k;
}
// Index after an optional "." directly after a month abbreviation.
std::size_t skip_dot(const std::vector<Token>& t, std::size_t k) {
    return k < t.size() && is_punct(t[k], '.') && !t[k].space_before ? k + 1 : k;
}

bool is_range_sep(const std::vector<Token>& t, std::size_t k) {
    return k < t.size() &&
           (is_punct(t[k], '-') || (t[k].type == Token::word && iequals(t[k].text, "to")));
}

// Numeric dates: 2018-05-31, 31/12/2020, 1/15/2021, 15.01.2021, 01-15-2021.
std::optional<DateMatch> numeric_at(const std::vector<Token>& t, std::size_t i) {
    if (i + 4 >= t.size() || t[i].type != Token::number) return std::nullopt;
    const Token &a = t[i], &s1 = t[i + 1], &b = t[i + 2], &s2 = t[i + 3], &c = t[i + 4];
    if (s1.type != Token::punct || s2.type != Token::punct || s1.text != s2.text)
        return std::nullopt;
    if (s1.space_before || b.space_before || s2.space_before || c.space_before) return std::nullopt;
    if (b.type != Token::number || c.type != Token::number || a.ordinal || b.ordinal || c.ordinal)
        return std::nullopt;
    const char sep = s1.text[0];
    if (sep != '-' && sep != '/' && sep != '.') return std::nullopt;
    DateMatch d;
    d.begin = a.begin;
    d.end = c.end;
    if (a.text.size() == 4 && b.text.size() <= 2 && c.text.size() <= 2) {
        d.year = a.value, d.month = b.value, d.day = c.value;
    } else if (a.text.size() <= 2 && b.text.size() <= 2 && c.text.size() == 4) {
        d.year = c.value;
        if (b.value > 12 && a.value <= 12)
            d.month = a.value, d.day = b.value;  // US month/day
        else
            d.day = a.value, d.month = b.value;
    } else {
        return std::nullopt;
    }
    if (!is_year(t[a.text.size() == 4 ? i : i + 4]) || !valid(d.year, d.month, d.day))
        return std::nullopt;
    return d;
}

// Word dates, starting at a weekday, a day number or a month name. A day-month that is no
// calendar date ("31 February") sets `skip` past it, so that its month is not read alone.
std::optional<DateMatch> words_at(const std::vector<Token>& t, std::size_t i, std::size_t& skip) {
    DateMatch d;
    d.begin = t[i].begin;
    std::size_t k = i;
    if (t[k].type == Token::word && is_weekday(t[k].text)) {
        k = skip_comma(t, skip_dot(t, k + 1));
        if (k >= t.size()) return std::nullopt;
    }
    if (is_day(t[k])) {
        // 9 June [2014]; 23rd - 24th March 2017; 31 May - 1 June 2018
        std::size_t j = k + 1;
        if (j < t.size() && t[j].type == Token::word && iequals(t[j].text, "of")) ++j;
        int first_day = t[k].value;
        if (is_range_sep(t, j) && j + 1 < t.size() && is_day(t[j + 1]) && j + 2 < t.size() &&
            month_of(t[j + 2])) {
            j += 2;  // day range within one month: the first day counts
        }
        if (j >= t.size() || !month_of(t[j])) return std::nullopt;
        d.day = first_day;
        d.month = month_of(t[j]);
        j = skip_dot(t, j + 1);
        std::size_t y = skip_comma(t, j);
        if (y < t.size() && is_year(t[y])) {
            d.year = t[y].value;
            j = y + 1;
        } else if (is_range_sep(t, j) && j + 2 < t.size() && is_day(t[j + 1]) &&
                   month_of(t[j + 2])) {
            // 31 May - 1 June 2018: the year of the range's end
            std::size_t e = skip_comma(t, skip_dot(t, j + 3));
            if (e < t.size() && is_year(t[e])) {
                d.year = t[e].value;
                j = e + 1;
            }
        }
        d.end = t[j - 1].end;
        if (!valid(d.year, d.month, d.day)) {
            skip = j;
            return std::nullopt;
        }
    } else if (month_of(t[k])) {
        // June 30th [2023]; February 19, 2014; November 2018
        d.month = month_of(t[k]);
        std::size_t j = skip_dot(t, k + 1);
        if (j < t.size() && is_day(t[j]) && !(j + 1 < t.size() && is_punct(t[j + 1], ':'))) {
            d.day = t[j].value;
            ++j;
            const std::size_t y = skip_comma(t, j);
            if (y < t.size() && is_year(t[y])) {
                d.year = t[y].value;
                j = y + 1;
            }
        } else if (j < t.size() && is_year(t[j])) {
            d.year = t[j].value;
            ++j;
        } else {
            return std::nullopt;
        }
        d.end = t[j - 1].end;
    } else {
        return std::nullopt;
    }
    if (!valid(d.year, d.month, d.day)) return std::nullopt;
    return d;
}

// Every date and every time has a number in it (a day, a year, an hour): text without an
// ASCII digit at or after `from` has none, and is not tokenised.
bool digit_from(std::string_view s, std::size_t from) {
    std::size_t i = from;
    for (; i + 8 <= s.size(); i += 8)  // eight bytes at a time
        if (bytes8::in_range(bytes8::load(s, i), '0', '9') != 0) return true;
    for (; i < s.size(); ++i)
        if (ascii_digit(s[i])) return true;
    return false;
}

}  // namespace

int month_number(std::string_view w) {
    if (w.size() < 3 || w.size() > 9 || !(w[0] >= 'A' && w[0] <= 'Z')) return 0;
    for (std::size_t m = 0; m < std::size(kMonths); ++m) {
        if (char(w[0] | 0x20) != kMonths[m][0]) continue;  // (most months fail there)
        if (iequals(w, kMonths[m])) return int(m) + 1;
        if (w.size() == 3 && iequals(w, kMonths[m].substr(0, 3))) return int(m) + 1;
    }
    return iequals(w, "sept") ? 9 : 0;
}

namespace {

// The first date of `t` at or after token `i`; `i` moves past it (to t.size() when none).
// Dates are read forwards only: the tokens before `i` never change the answer.
std::optional<DateMatch> next_date(const std::vector<Token>& t, std::size_t& i) {
    // Every date has a number at most five tokens after its start ("Mon., Jun. 3"): the
    // tokens further before the next number start none and are passed over.
    constexpr std::size_t kNumberWithin = 5;
    std::size_t number = i;  // the first number token at or after i
    for (; i < t.size(); ++i) {
        number = std::max(number, i);
        while (number < t.size() && t[number].type != Token::number) ++number;
        if (number == t.size()) {
            i = t.size();
            break;
        }
        if (number - i > kNumberWithin) i = number - kNumberWithin;
        if (auto d = numeric_at(t, i)) return d;
        std::size_t skip = 0;
        if (auto d = words_at(t, i, skip)) return d;
        if (skip > i) i = skip - 1;
    }
    return std::nullopt;
}

}  // namespace

std::optional<DateMatch> find_date(std::string_view text, std::size_t from) {
    if (!digit_from(text, from)) return std::nullopt;
    std::size_t i = 0;
    return next_date(tokenise(text, from), i);
}

std::vector<DateMatch> find_dates(std::string_view text) {
    std::vector<DateMatch> out;
    if (!digit_from(text, 0)) return out;
    // one tokenisation: a date ends where a token ends, and tokenising from there gives the
    // tokens that follow it here (the first one's space_before aside, which no date reads)
    const std::vector<Token> t = tokenise(text, 0);
    std::size_t i = 0;
    while (auto d = next_date(t, i)) {
        out.push_back(*d);
        while (i < t.size() && t[i].begin < d->end) ++i;
    }
    return out;
}

std::string to_iso(const DateMatch& d) {
    if (d.year == 0) return {};
    // a calendar year, month and day are written digit by digit into a buffer (what
    // "%04d-%02d-%02d" makes of them, without a format to interpret, and the string made once);
    // other numbers go through snprintf
    if (d.year > 0 && d.year <= 9999 && d.month >= 0 && d.month <= 99 && d.day >= 0 &&
        d.day <= 99) {
        char buf[10];
        std::size_t n = 0;
        const auto put = [&](int v, int digits) {
            for (int p = digits == 4 ? 1000 : 10; p > 0; p /= 10) buf[n++] = char('0' + v / p % 10);
        };
        put(d.year, 4);
        if (d.month != 0) {
            buf[n++] = '-';
            put(d.month, 2);
            if (d.day != 0) {
                buf[n++] = '-';
                put(d.day, 2);
            }
        }
        return std::string(buf, n);
    }
    char buf[16];
    if (d.month == 0)
        std::snprintf(buf, sizeof buf, "%04d", d.year);
    else if (d.day == 0)
        std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
    else
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

DateMatch infer_year(DateMatch d, std::string_view meeting_iso) {
    if (d.year != 0 || d.month == 0 || meeting_iso.size() < 10) return d;
    int y = 0, m = 0, day = 0;
    if (std::sscanf(std::string(meeting_iso.substr(0, 10)).c_str(), "%d-%d-%d", &y, &m, &day) != 3)
        return d;
    using namespace date;
    const year_month_day ref{year{y}, month{unsigned(m)}, date::day{unsigned(day)}};
    if (!ref.ok()) return d;
    d.year = y;
    // Month precision compares months; day precision compares days (29 February may need
    // a later leap year, so try a few years).
    for (int k = 0; k < 8; ++k, ++d.year) {
        if (d.day == 0) {
            if (year_month{year{d.year}, month{unsigned(d.month)}} >=
                year_month{ref.year(), ref.month()})
                return d;
            continue;
        }
        const year_month_day cand{year{d.year}, month{unsigned(d.month)},
                                  date::day{unsigned(d.day)}};
        if (cand.ok() && sys_days{cand} >= sys_days{ref}) return d;
    }
    d.year = 0;
    return d;
}

std::optional<TimeMatch> find_time(std::string_view text, std::size_t from) {
    if (!digit_from(text, from)) return std::nullopt;
    const std::vector<Token> t = tokenise(text, from);
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i].type != Token::number || t[i].text.size() > 2 || t[i].ordinal) continue;
        if (i > 0 && !t[i].space_before &&
            (t[i - 1].type == Token::number || is_punct(t[i - 1], ':')))
            continue;
        TimeMatch tm;
        tm.begin = t[i].begin;
        tm.hour = t[i].value;
        std::size_t j = i + 1;
        bool has_minutes = false;
        char sep = 0;
        if (j + 1 < t.size() && (is_punct(t[j], ':') || is_punct(t[j], '.')) &&
            !t[j].space_before && t[j + 1].type == Token::number && t[j + 1].text.size() == 2 &&
            !t[j + 1].space_before) {
            sep = t[j].text[0];
            tm.minute = t[j + 1].value;
            has_minutes = true;
            j += 2;
        }
        // am / pm / a.m. / p.m.
        int meridiem = 0;
        if (j < t.size() && t[j].type == Token::word) {
            const std::string w = lowercase(t[j].text);
            std::size_t after = j + 1;
            if (w == "am" || w == "pm")
                meridiem = w == "am" ? 1 : 2;
            else if ((w == "a" || w == "p") && j + 2 < t.size() && is_punct(t[j + 1], '.') &&
                     t[j + 2].type == Token::word && iequals(t[j + 2].text, "m")) {
                meridiem = w == "a" ? 1 : 2;
                after = j + 3;
                if (after < t.size() && is_punct(t[after], '.') && !t[after].space_before) ++after;
            }
            if (meridiem) j = after;
        }
        if (!meridiem && (!has_minutes || sep != ':')) continue;
        if (meridiem) {
            if (tm.hour < 1 || tm.hour > 12) continue;
            if (meridiem == 1 && tm.hour == 12) tm.hour = 0;
            if (meridiem == 2 && tm.hour != 12) tm.hour += 12;
        }
        if (tm.hour > 23 || tm.minute > 59) continue;
        tm.end = t[j - 1].end;
        return tm;
    }
    return std::nullopt;
}

std::string to_hhmm(const TimeMatch& t) {
    // two digits each (what "%02d:%02d" makes of them, without a format to interpret); other
    // numbers go through snprintf
    if (t.hour >= 0 && t.hour <= 99 && t.minute >= 0 && t.minute <= 99)
        return {char('0' + t.hour / 10), char('0' + t.hour % 10), ':', char('0' + t.minute / 10),
                char('0' + t.minute % 10)};
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", t.hour, t.minute);
    return buf;
}

}  // namespace mtk::converters::layout
