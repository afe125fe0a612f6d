#include "rules/attendance_duplicate_person.hpp"

#include "names/listed_names.hpp"
#include "names/person_name.hpp"

namespace mtk::validators {

const RuleInfo& AttendanceDuplicatePersonRule::info() const {
    static const RuleInfo i{
        "attendance/duplicate-person", Severity::warning,
        "One person is listed twice among those attending, or twice in the apologies.",
        R"doc(One person is listed twice among those attending, or twice in the apologies.

Why: a doubled entry inflates the attendance and usually hides a copy-and-paste slip
(two lists merged, a person moved to "in attendance" without being removed). People are
matched by name: honorifics and ranks ("Sir", "Dame", "Cllr", "DAC", "Commander",
"Professor", "Mayor", "Dr"...) and middle initials are ignored ("Jane E Garvan" =
"Jane Garvan"), names are folded with ICU (case, accents), and common short first names
count as their full forms ("Steve" = "Stephen", a small built-in table). Different
first names with one surname are different people. Someone both attending and in the
apologies is attendance/present-and-absent.

Bad:

    Present
    - Cllr Jas Athwal (JA) - London Councils
    In attendance
    - Jas Athwal - Redbridge

Good:

    Present
    - Cllr Jas Athwal (JA) - London Councils
    In attendance
    - Doug Flight (DF) - Advisor, London Councils

Options: none.)doc"};
    return i;
}

void AttendanceDuplicatePersonRule::check(const Document& doc, const RuleContext&,
                                          Reporter& out) const {
    const Attendance& a = doc.minutes.attendance;
    const names::ListedNames& listed = names::listed_names(doc);
    // Attending people (present and in attendance) form one group, apologies another.
    auto check_group = [&](std::initializer_list<const std::optional<PersonList>*> lists) {
        std::vector<std::pair<const Person*, const names::PersonName*>> seen;
        for (const auto* list : lists) {
            if (!*list) continue;
            for (const Person& p : (*list)->people) {
                const names::PersonName& name = listed.of(p);
                for (const auto& [earlier, earlier_name] : seen) {
                    if (!names::same_person(name, *earlier_name)) continue;
                    const std::string where = line_ref(doc, earlier->origin);
                    out.report(doc, p.origin,
                               "'" + p.name + "' is listed twice (also as '" + earlier->name + "'" +
                                   (where.empty() ? "" : ", " + where) + ")");
                    break;
                }
                seen.emplace_back(&p, &name);
            }
        }
    };
    check_group({&a.present, &a.in_attendance});
    check_group({&a.apologies});
}

}  // namespace mtk::validators
