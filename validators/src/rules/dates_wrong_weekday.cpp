#include "rules/dates_wrong_weekday.hpp"

#include "text/dates.hpp"
#include "text/document_text.hpp"

namespace mtk::validators {

const RuleInfo& DatesWrongWeekdayRule::info() const {
    static const RuleInfo i{"dates/wrong-weekday", Severity::error,
                            "A weekday is written with a date that falls on another day.",
                            R"doc(A weekday is written with a date that falls on another day.

Why: "Tuesday 9 June 2014" cannot be right (9 June 2014 was a Monday): either the day or
the date is wrong, and readers cannot tell which meeting or deadline is meant. Dates are
found in the meeting's date line, the title, headings, running text and next meetings,
written with a month name ("Monday 9 June 2014", "Mon 9th June 2014", "Monday, June 9,
2014").

Bad:

    Tuesday 9 June 2014, 11:00 Mayor's Office, City Hall

Good:

    Monday 9 June 2014, 11:00 Mayor's Office, City Hall

Options: none.)doc"};
    return i;
}

void DatesWrongWeekdayRule::check(const Document& doc, const RuleContext&, Reporter& out) const {
    const text::DocumentText& doc_text = text::text_of(doc);
    for (std::size_t r = 0; r < doc_text.runs.size(); ++r) {
        const text::TextRun& run = doc_text.runs[r];
        // Only dates with a weekday count: most texts name none, and are not searched.
        if (run.ascii && !text::may_name_weekday(doc_text.words[r])) continue;
        for (const text::WrittenDate& d : text::find_dates(run.text)) {
            const std::chrono::weekday actual{std::chrono::sys_days(d.date)};
            if (!d.weekday || *d.weekday == actual) continue;
            out.report(doc, *run.origin,
                       "'" + std::string(d.text) + "': that date is a " +
                           std::string(text::weekday_name(actual)) + ", not a " +
                           std::string(text::weekday_name(*d.weekday)));
        }
    }
}

}  // namespace mtk::validators
