// Heading recognition: agenda item headings and their numbers, and the labels that open
// attendance groups, action lists, next-meeting blocks, tables of contents and appendices.
// Labels are recognised by their words (every word from a small vocabulary, at least one
// key word), so "Directors Present", "Members present" and "Officials in attendance" all
// work without listing each phrase, while "Welcome and apologies" stays an agenda item.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mtk::converters::layout {

enum class Group { none, present, apologies, in_attendance };

/// The attendance group a label opens ("Present", "Apologies", "Regrets", "Directors Absent"
/// -> apologies, "Officers", "Guests", "In attendance" -> in attendance), or none.
/// A combined "Attendees and apologies" opens the present group (the apologies follow
/// under their own label). A leading number and a trailing colon are ignored.
Group attendance_group(std::string_view label);

enum class NumberStyle { digits, upper_alpha, lower_alpha };

/// The parts of a numbered heading: views into the text parsed (valid while it is).
struct NumberedHeading {
    std::string_view number;       ///< as written, without prefix or trailing dot ("2", "2.a", "A")
    std::string_view title;        ///< the rest, as written
    std::string_view prefix;       ///< "Item", "Agenda Item", "Minute", "Attachment"..., or empty
    std::string_view list_number;  ///< "2" in "2. Item 3 - Title": a list counter before it
    NumberStyle style = NumberStyle::digits;
};

/// "Clerk", "Minute taker", "Minutes taken by", "Company Secretary": a label before the
/// person who keeps the minutes, who is in attendance.
bool is_minute_taker_label(std::string_view label);

/// The group a status cell of an attendance table names: "Present", "Attended", "Remote"
/// (present); "Apologies", "Absent", "Not present" (apologies, as attendance_group files
/// absence); "In attendance". nullopt for any other text, a name or a role.
std::optional<Group> attendance_status(std::string_view cell);

/// "Item 2 - Title", "Agenda Item 2: Title", "ITEM 1. Title", "ITEM 3 Any Other Business",
/// "3. Title", "3) Title", "2.a Title", "2.1 Title", "23/45 Title", "A. Title", "(b) Title".
/// "2. Item 3 - Title" gives the item's own number, 3, with list_number "2" (the leading
/// "2." is a list counter, kept so that validators can see when the two disagree).
/// Only the shape is checked; whether the title reads like a heading is title_like().
std::optional<NumberedHeading> parse_numbered_heading(std::string_view text);

/// Reads like a heading rather than a sentence: at most `max_words` words, starts with a
/// capital, a digit or a quote, does not end with . ? , ; : and holds no sentence break.
bool title_like(std::string_view title, std::size_t max_words = 14);

/// "Actions", "Action Items", "AIs", "Review Outstanding Action Items", "Actions arising".
bool is_actions_label(std::string_view label);
/// "Date of next meeting(s)", "Next meeting", "Dates of future meetings".
bool is_next_meeting_label(std::string_view label);
/// "Contents", "Table of contents".
bool is_contents_label(std::string_view label);
/// "Attachments", "Appendices", "Annexes": what follows is appended material.
bool is_appendix_label(std::string_view label);
/// "Minutes of Meeting", "Public record of meeting", "Meeting minutes": a document-type line.
bool is_doc_type_label(std::string_view label);

/// A heading that structures the page rather than naming an agenda item: "Items", "Agenda
/// items", "Meeting minutes", "Diagnostics" (not a lone "Minutes") (what follows is the items or
/// tool output, not the content of an item of that name).
bool is_structure_heading(std::string_view label);
/// "Summary of Action Items", "Summary of Resolutions", "Summary of decisions": a generated
/// recap at the foot of the minutes, not an agenda item.
bool is_summary_label(std::string_view label);

/// The words of a label as written (views into it: compare them in any case): its runs of
/// letters, digits, '-', '&' and non-ASCII bytes; other punctuation and white space split them.
std::vector<std::string_view> label_words(std::string_view label);

}  // namespace mtk::converters::layout
