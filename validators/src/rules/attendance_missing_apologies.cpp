#include "rules/attendance_missing_apologies.hpp"

namespace mtk::validators {

const RuleInfo& AttendanceMissingApologiesRule::info() const {
    static const RuleInfo i{
        "attendance/missing-apologies", Severity::warning,
        "The minutes have no apologies section, or an empty one that does not say there were none.",
        R"doc(The minutes have no apologies section, or an empty one that does not say there were none.

Why: minutes are the public record of who was absent as well as who attended. A reader
cannot tell "nobody sent apologies" from "the clerk forgot the section". Write the
section, and when there were none say so ("Apologies: none"), which converters record as
`<apologies none="true"/>`.

Bad:

    Present
    - Sadiq Khan (SK) - Mayor

    Item 1 - Operational Update

Good:

    Present
    - Sadiq Khan (SK) - Mayor

    Apologies
    None.

Options: none.)doc"};
    return i;
}

void AttendanceMissingApologiesRule::check(const Document& doc, const RuleContext&,
                                           Reporter& out) const {
    const Attendance& a = doc.minutes.attendance;
    if (a.apologies) {
        if (a.apologies->people.empty() && !a.apologies->none)
            out.report(doc, a.apologies->origin,
                       "the apologies section lists no one and does not say there were none");
        return;
    }
    // Point at the attendance list the apologies should follow, else at the title.
    const Origin& where = a.present         ? a.present->origin
                          : a.in_attendance ? a.in_attendance->origin
                                            : doc.minutes.meta.title_origin;
    out.report(doc, where,
               "the minutes have no apologies section (write one, or say there were no apologies)");
}

}  // namespace mtk::validators
