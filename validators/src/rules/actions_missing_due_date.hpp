#pragma once

#include "mtk/validators/rule.hpp"

namespace mtk::validators {

/// actions/missing-due-date: an action with no deadline.
class ActionsMissingDueDateRule final : public Rule {
  public:
    const RuleInfo& info() const override;
    void check(const Document& doc, const RuleContext& ctx, Reporter& out) const override;
};

}  // namespace mtk::validators
