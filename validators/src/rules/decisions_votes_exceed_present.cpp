#include "rules/decisions_votes_exceed_present.hpp"

namespace mtk::validators {

const RuleInfo& DecisionsVotesExceedPresentRule::info() const {
    static const RuleInfo i{"decisions/votes-exceed-present", Severity::warning,
                            "A vote counts more votes than people listed present.",
                            R"doc(A vote counts more votes than people listed present.

Why: every vote is cast by someone at the meeting, so votes for, against and abstaining
cannot add up to more than the people present. Either the count is wrong or the
attendance misses someone who voted (a late arrival, a remote member). Fewer votes than
people is normal (the chair, officers and observers do not vote) and is not checked, nor
are minutes without a list of those present.

Bad:

    Present: Cllr Ann Smith, Cllr Bob Jones, Cllr Carol White.
    ...
    The motion was carried (3 for, 1 against).

Good:

    Present: Cllr Ann Smith, Cllr Bob Jones, Cllr Carol White, Cllr Dan Brown.
    ...
    The motion was carried (3 for, 1 against).

Options: none.)doc"};
    return i;
}

void DecisionsVotesExceedPresentRule::check(const Document& doc, const RuleContext&,
                                            Reporter& out) const {
    const auto& present = doc.minutes.attendance.present;
    if (!present || present->people.empty()) return;
    const int listed = static_cast<int>(present->people.size());
    for_each_block(doc.minutes, [&](const Block& b, const Item&) {
        const auto* d = std::get_if<Decision>(&b);
        if (!d) return;
        const int votes =
            d->votes_for.value_or(0) + d->votes_against.value_or(0) + d->abstentions.value_or(0);
        if (votes <= listed) return;
        out.report(doc, d->origin,
                   "the vote counts " + std::to_string(votes) + " votes but " +
                       std::to_string(listed) + (listed == 1 ? " person is" : " people are") +
                       " listed present");
    });
}

}  // namespace mtk::validators
