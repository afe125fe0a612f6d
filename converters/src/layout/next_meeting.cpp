#include "layout/next_meeting.hpp"

#include "layout/dates.hpp"
#include "layout/letter_search.hpp"
#include "layout/text_util.hpp"

namespace mtk::converters::layout {
namespace {

// "Date of next LCRB meeting" -> "LCRB meeting"; "DMG meeting" stays; "Date" -> "".
std::string title_from_label(std::string_view label) {
    std::string_view l = trim(label);
    for (std::string_view p : {"date of the next ", "dates of the next ", "date of next ",
                               "dates of next ", "date and time of next ", "the next ", "next "})
        if (istarts_with(l, p)) {
            l = trim(l.substr(p.size()));
            break;
        }
    if (l.empty() || iequals(l, "meeting") || iequals(l, "meetings") || iequals(l, "date"))
        return {};
    if (!iends_with(l, "meeting") && !iends_with(l, "meetings")) return {};
    return std::string(l);
}

}  // namespace

std::optional<ParsedNextMeeting> parse_next_meeting(std::string_view text,
                                                    std::string_view meeting_iso, bool in_block) {
    if (!in_block && find_by_letter(text, "next", 2, true) == std::string_view::npos)
        return std::nullopt;
    std::string buffer;  // (most texts are collapsed already: read in place)
    const std::string_view t = collapsed(text, buffer);
    std::size_t from = 0;
    if (!in_block) {
        // "next meeting", "next LCRB meeting", "next meeting of the Submissions WG"
        bool found = false;
        for (std::size_t p = find_by_letter(t, "next ", 2, true); p != std::string::npos;
             p = find_by_letter(t, "next ", 2, true, p + 1)) {
            const auto after = words(t.substr(p + 5));
            for (std::size_t k = 0; k < after.size() && k < 4; ++k)
                if (istarts_with(after[k], "meeting")) {
                    found = true;
                    break;
                }
            if (found) {
                from = p;
                break;
            }
        }
        if (!found) return std::nullopt;
    }
    auto d = find_date(t, from);
    if (!d) return std::nullopt;
    ParsedNextMeeting nm;
    nm.date = to_iso(infer_year(*d, meeting_iso));
    if (nm.date.empty()) return std::nullopt;
    std::size_t tail = d->end;
    auto tm = find_time(t, from);
    if (tm) {
        nm.time = to_hhmm(*tm);
        if (tm->end > tail) tail = tm->end;
    }
    const std::size_t colon = t.find(':');
    if (colon != std::string_view::npos && colon < d->begin && (!tm || colon < tm->begin))
        nm.title = title_from_label(t.substr(0, colon));
    std::string_view rest = trim(strip_chars(t.substr(tail), " .,;"));
    bool prefixed = false;
    for (std::string_view p : {"at the ", "in the ", "at ", "in ", "venue: ", "venue "})
        if (istarts_with(rest, p)) {
            rest = trim(rest.substr(p.size()));
            prefixed = true;
            break;
        }
    // in a next-meeting block a bare place after the date counts ("..., 14:00, Harbour Office")
    const std::string_view v = trim(strip_chars(rest, " .;"));
    if ((prefixed || in_block) && !v.empty() && is_upper(first_char(v)) && at_most_words(v, 8))
        nm.venue = std::string(v);
    return nm;
}

}  // namespace mtk::converters::layout
