#include "rules/actions_missing_owner.hpp"

namespace mtk::validators {

const RuleInfo& ActionsMissingOwnerRule::info() const {
    static const RuleInfo i{"actions/missing-owner", Severity::warning, "An action has no owner.",
                            R"doc(An action has no owner.

Why: an action nobody owns is an action nobody does, and the next meeting cannot ask
anyone for an update. Name a person or a body at the start of the action. Closed actions
are not checked.

Bad:

    Action 1 – To research future CCTV needs and report back to the December LCRB meeting.

Good:

    Action 1 – Met to research future CCTV needs and report back to the December LCRB meeting.

Options: none.)doc"};
    return i;
}

void ActionsMissingOwnerRule::check(const Document& doc, const RuleContext&, Reporter& out) const {
    for_each_block(doc.minutes, [&](const Block& b, const Item&) {
        const auto* a = std::get_if<Action>(&b);
        if (!a || a->status == ActionStatus::closed || !a->owner.empty()) return;
        out.report(
            doc, a->origin,
            "action" + (a->number.empty() ? std::string() : " " + a->number) + " has no owner");
    });
}

}  // namespace mtk::validators
