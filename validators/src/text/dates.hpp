// Dates written in running text ("Monday 9 June 2014", "15 September 2014", "June 9, 2014")
// and ISO dates of the model.
#pragma once

#include <chrono>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "text/words.hpp"

namespace mtk::validators::text {

struct WrittenDate {
    std::chrono::year_month_day date;
    std::optional<std::chrono::weekday> weekday;  ///< when the text names one
    std::string_view text;                        ///< the date as written
    std::size_t offset;                           ///< byte offset in the text searched
};

/// Every day-precision date written out in English in the text (day, month name, year,
/// optionally preceded by a weekday). Impossible dates ("31 June 2014") are skipped.
std::vector<WrittenDate> find_dates(std::string_view text);

/// False when no date find_dates finds in an ASCII text names a weekday: none of the text's
/// words (split_words) is a weekday as a date writes it ("Monday", "Tues", "thu"). A quick
/// test for a caller that wants only those dates and has the words already.
bool may_name_weekday(std::span<const Word> words);

/// An ISO 8601 date of the model: "2014", "2014-06" or "2014-06-09".
struct IsoDate {
    int year = 0;
    unsigned month = 0;  ///< 0 when the date has year precision
    unsigned day = 0;    ///< 0 when the date has month or year precision
};
std::optional<IsoDate> parse_iso(std::string_view s);

/// -1, 0 or 1 comparing the dates at the precision both have ("2014-06" equals "2014-06-09").
int compare(const IsoDate& a, const IsoDate& b);
/// The date with day precision.
IsoDate to_iso(const std::chrono::year_month_day& d);

/// "Monday" for a weekday.
std::string_view weekday_name(std::chrono::weekday w);

}  // namespace mtk::validators::text
