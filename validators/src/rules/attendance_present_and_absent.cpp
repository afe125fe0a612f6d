#include "rules/attendance_present_and_absent.hpp"

#include <utility>
#include <vector>

#include "names/listed_names.hpp"
#include "names/person_name.hpp"

namespace mtk::validators {

const RuleInfo& AttendancePresentAndAbsentRule::info() const {
    static const RuleInfo i{"attendance/present-and-absent", Severity::error,
                            "One person is listed both as attending and in the apologies.",
                            R"doc(One person is listed both as attending and in the apologies.

Why: a person cannot both attend and send apologies; one of the two lists is wrong, and
the record of who took part in decisions is in doubt. People are matched by name with
honorifics, ranks and middle initials ignored and short first names taken for their full
forms ("Sir Steve House" = "Stephen House"), as attendance/duplicate-person does.

Bad:

    Present
    - Dame Lynne Owens (LO) - Deputy Commissioner, MPS
    Apologies
    - Lynne Owens - Deputy Commissioner

Good:

    Present
    - Dame Lynne Owens (LO) - Deputy Commissioner, MPS
    Apologies
    - Lionel Idan - Chief Crown Prosecutor, CPS

Options: none.)doc"};
    return i;
}

void AttendancePresentAndAbsentRule::check(const Document& doc, const RuleContext&,
                                           Reporter& out) const {
    const Attendance& a = doc.minutes.attendance;
    if (!a.apologies) return;
    const names::ListedNames& listed = names::listed_names(doc);
    // The attending people with their names, looked up once rather than once per absentee.
    std::vector<std::pair<const Person*, const names::PersonName*>> attending;
    for (const auto* list : {&a.present, &a.in_attendance})
        if (*list)
            for (const Person& p : (*list)->people) attending.emplace_back(&p, &listed.of(p));
    for (const Person& absent : a.apologies->people) {
        const names::PersonName& name = listed.of(absent);
        for (const auto& [p, attending_name] : attending) {
            if (!names::same_person(name, *attending_name)) continue;
            const std::string where = line_ref(doc, p->origin);
            out.report(doc, absent.origin,
                       "'" + absent.name + "' is in the apologies but also listed as attending ('" +
                           p->name + "'" + (where.empty() ? "" : ", " + where) + ")");
        }
    }
}

}  // namespace mtk::validators
