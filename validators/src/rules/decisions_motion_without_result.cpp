#include "rules/decisions_motion_without_result.hpp"

namespace mtk::validators {

const RuleInfo& DecisionsMotionWithoutResultRule::info() const {
    static const RuleInfo i{"decisions/motion-without-result", Severity::warning,
                            "A motion is recorded without its result.",
                            R"doc(A motion is recorded without its result.

Why: a motion moved and seconded but never said to be carried, lost, withdrawn or
deferred leaves the record unable to say what the meeting decided. Minutes are the legal
record of decisions: say what became of every motion, with the vote when one was counted.
Resolutions ("RESOLVED: That ...") state a decision and are not checked.

Bad:

    Motion by Councilmember Reyes, seconded by Councilmember Whitfield, to approve the
    consent agenda.

Good:

    Motion by Councilmember Reyes, seconded by Councilmember Whitfield, to approve the
    consent agenda. Motion carried 5-0.

Options: none.)doc"};
    return i;
}

void DecisionsMotionWithoutResultRule::check(const Document& doc, const RuleContext&,
                                             Reporter& out) const {
    for_each_block(doc.minutes, [&](const Block& b, const Item&) {
        const auto* d = std::get_if<Decision>(&b);
        if (!d || d->kind != DecisionKind::motion || !d->result.empty()) return;
        out.report(doc, d->origin,
                   "motion" + (d->mover.empty() ? std::string() : " by " + d->mover) +
                       " has no recorded result (carried, lost, withdrawn or deferred)");
    });
}

}  // namespace mtk::validators
