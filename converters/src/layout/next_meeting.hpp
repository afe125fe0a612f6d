// Next meetings: lines of a "Date of next meeting(s)" block ("LCRB meeting: 8 July 2020"),
// inline labels ("Date of next LCRB meeting: 15 September 2014. 11:00am at City Hall") and
// prose ("The next meeting will be on Friday, June 30th at 10am").
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace mtk::converters::layout {

struct ParsedNextMeeting {
    std::string date;  ///< ISO, day or month precision
    std::string time;  ///< "HH:MM" or empty
    std::string title;
    std::string venue;
};

/// Reads a next meeting from `text`. Inside a next-meeting block any dated line counts;
/// elsewhere the text must speak of the "next ... meeting" before the date. A date without
/// a year is placed on or after `meeting_iso`; nullopt when no full date results.
std::optional<ParsedNextMeeting> parse_next_meeting(std::string_view text,
                                                    std::string_view meeting_iso, bool in_block);

}  // namespace mtk::converters::layout
