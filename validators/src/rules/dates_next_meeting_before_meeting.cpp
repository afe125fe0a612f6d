#include "rules/dates_next_meeting_before_meeting.hpp"

#include "text/dates.hpp"

namespace mtk::validators {

const RuleInfo& DatesNextMeetingBeforeMeetingRule::info() const {
    static const RuleInfo i{"dates/next-meeting-before-meeting", Severity::error,
                            "A next meeting is dated before the meeting the minutes record.",
                            R"doc(A next meeting is dated before the meeting the minutes record.

Why: a "next meeting" in the past is a typing slip in the year or the month (or a date
copied from older minutes), and members will plan for the wrong day. Dates are compared
at the precision both have: "2014-09" is not before "2014-09-15".

Bad:

    Monday 9 June 2014 ...
    Date of next LCRB meeting: 15 September 2013

Good:

    Monday 9 June 2014 ...
    Date of next LCRB meeting: 15 September 2014

Options: none.)doc"};
    return i;
}

void DatesNextMeetingBeforeMeetingRule::check(const Document& doc, const RuleContext&,
                                              Reporter& out) const {
    const auto meeting = text::parse_iso(doc.minutes.meta.date);
    if (!meeting) return;
    for (const NextMeeting& n : doc.minutes.next_meetings) {
        const auto next = text::parse_iso(n.date);
        if (next && text::compare(*next, *meeting) < 0)
            out.report(doc, n.origin,
                       "the next meeting (" + n.date + ") is dated before this meeting (" +
                           doc.minutes.meta.date + ")");
    }
}

}  // namespace mtk::validators
