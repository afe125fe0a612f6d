#pragma once

#include "mtk/validators/rule.hpp"

namespace mtk::validators {

/// decisions/votes-exceed-present: more votes counted than people listed present.
class DecisionsVotesExceedPresentRule final : public Rule {
  public:
    const RuleInfo& info() const override;
    void check(const Document& doc, const RuleContext& ctx, Reporter& out) const override;
};

}  // namespace mtk::validators
