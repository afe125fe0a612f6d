#include "rules/names_initials_mismatch.hpp"

#include "names/listed_names.hpp"
#include "names/person_name.hpp"

namespace mtk::validators {

const RuleInfo& NamesInitialsMismatchRule::info() const {
    static const RuleInfo i{"names/initials-mismatch", Severity::warning,
                            "Declared initials do not fit the name they are declared for.",
                            R"doc(Declared initials do not fit the name they are declared for.

Why: the minutes refer to people by the initials given in the attendance list ("LO
spoke about..."). Initials that do not fit the name ("Damian McCleave (DC)") make every
later reference ambiguous or wrong. Accepted: the first letter of every word of the name
with honorifics and ranks left out ("Dame Lynne Owens (LO)"), middle names and middle
initials optional ("Jane E Garvan (JG)" or "(JEG)"), both parts of a hyphenated name
("Debbie Weekes-Bernard (DWB)"), inner capitals ("McCleave": M or MC), and a written-out
first name, or a short form of it, before initials ("Kris Venkatasami (Kris V)").

Bad:

    Damian McCleave (DC), CJB

Good:

    Damian McCleave (DM), CJB

Options: none.)doc"};
    return i;
}

void NamesInitialsMismatchRule::check(const Document& doc, const RuleContext&,
                                      Reporter& out) const {
    const names::ListedNames& listed = names::listed_names(doc);
    for (std::size_t i = 0; i < listed.people().size(); ++i) {
        const Person& p = *listed.people()[i].person;
        if (p.initials.empty()) continue;
        const names::PersonName& name = listed.name(i);
        if (name.empty() || names::initials_fit(p.initials, name)) continue;
        out.report(doc, p.origin,
                   "initials '" + p.initials + "' do not fit '" + p.name + "' (expected " +
                       names::plain_initials(name) + ")");
    }
}

}  // namespace mtk::validators
