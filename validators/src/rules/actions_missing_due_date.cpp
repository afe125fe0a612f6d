#include "rules/actions_missing_due_date.hpp"

namespace mtk::validators {

const RuleInfo& ActionsMissingDueDateRule::info() const {
    static const RuleInfo i{"actions/missing-due-date", Severity::warning,
                            "An action has no deadline.",
                            R"doc(An action has no deadline.

Why: without a date, an action can stay open for ever and no meeting knows when to ask
for it. A deadline may be a date, a month or a meeting ("report back to the December
LCRB meeting", which converters record as the month). Closed actions are not checked.

Bad:

    Action 2 – Partners to review budget reductions in key LCRB priority areas.

Good:

    Action 2 – Partners to review budget reductions in key LCRB priority areas and report
    to the December LCRB meeting.

Options: none.)doc"};
    return i;
}

void ActionsMissingDueDateRule::check(const Document& doc, const RuleContext&,
                                      Reporter& out) const {
    for_each_block(doc.minutes, [&](const Block& b, const Item&) {
        const auto* a = std::get_if<Action>(&b);
        if (!a || a->status == ActionStatus::closed || !a->due.empty()) return;
        out.report(
            doc, a->origin,
            "action" + (a->number.empty() ? std::string() : " " + a->number) + " has no deadline");
    });
}

}  // namespace mtk::validators
