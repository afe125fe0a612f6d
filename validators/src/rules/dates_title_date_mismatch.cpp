#include "rules/dates_title_date_mismatch.hpp"

#include "text/dates.hpp"

namespace mtk::validators {

const RuleInfo& DatesTitleDateMismatchRule::info() const {
    static const RuleInfo i{"dates/title-date-mismatch", Severity::error,
                            "The title gives a date that is not the meeting's date.",
                            R"doc(The title gives a date that is not the meeting's date.

Why: the title is what archives, search results and links show. When it names another
day than the date in the body of the minutes (the meeting's date), one of the two is a
copy-and-paste slip from another meeting's minutes. Dates in the title are read in
English ("17 January 2023", "Monday 9 June 2014"); the meeting's date is `meta/date`.

Bad:

    London Crime Reduction Board - 17 January 2023 - Minutes
    Tuesday 17 January 2022, 11:00, City Hall

Good:

    London Crime Reduction Board - 17 January 2023 - Minutes
    Tuesday 17 January 2023, 11:00, City Hall

Options: none.)doc"};
    return i;
}

void DatesTitleDateMismatchRule::check(const Document& doc, const RuleContext&,
                                       Reporter& out) const {
    const Meta& meta = doc.minutes.meta;
    const auto meeting = text::parse_iso(meta.date);
    if (!meeting) return;
    for (const text::WrittenDate& d : text::find_dates(meta.title)) {
        if (text::compare(text::to_iso(d.date), *meeting) == 0) continue;
        out.report(
            doc, meta.title_origin,
            "the title says '" + std::string(d.text) + "' but the meeting's date is " + meta.date);
    }
}

}  // namespace mtk::validators
