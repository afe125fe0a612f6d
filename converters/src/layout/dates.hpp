// Dates and times as minutes write them: "17 January 2023", "Monday 9 June 2014",
// "January 15th 2021", "February 19, 2014", "1/15/2021", "2018-05-31", "31 May - 1 June 2018",
// "November 2018"; times "11:00", "11:00am", "9AM", "2.30pm".
// A hand-written token scanner (no std::regex: lines can be very long); calendar checks and
// arithmetic use Howard Hinnant's date library.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mtk::converters::layout {

/// A date found in text. Fields not written in the text are 0 ("5 March": year 0;
/// "November 2018": day 0).
struct DateMatch {
    int year = 0;
    int month = 0;
    int day = 0;
    std::size_t begin = 0;  ///< byte range of the whole expression (weekday included)
    std::size_t end = 0;
};

/// The first valid date expression at or after byte `from`, or nullopt.
/// Slash dates are day/month unless the month would be over 12 (then month/day, US style).
std::optional<DateMatch> find_date(std::string_view text, std::size_t from = 0);

/// Every date of `text` in order: what find_date gives from 0, then from the end of each
/// date found, until it finds none (the text is tokenised once).
std::vector<DateMatch> find_dates(std::string_view text);

/// ISO 8601 with the precision the match has: "2014", "2014-12", "2014-12-01"; empty
/// when the year is unknown.
std::string to_iso(const DateMatch& d);

/// Gives a year-less date the year that puts it on or after `meeting_iso` (the meeting
/// date, "YYYY-MM-DD"); unchanged when it already has a year or the reference is invalid.
DateMatch infer_year(DateMatch d, std::string_view meeting_iso);

/// 1..12 for an English month name or abbreviation written with a capital ("June", "Sept"),
/// else 0.
int month_number(std::string_view word);

struct TimeMatch {
    int hour = 0;
    int minute = 0;
    std::size_t begin = 0;
    std::size_t end = 0;
};

/// The first time of day at or after `from`: "11:00", "11:00am", "10am", "2.30 p.m.".
std::optional<TimeMatch> find_time(std::string_view text, std::size_t from = 0);

/// "HH:MM".
std::string to_hhmm(const TimeMatch& t);

}  // namespace mtk::converters::layout
