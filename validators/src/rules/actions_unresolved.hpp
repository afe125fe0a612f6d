#pragma once

#include "mtk/validators/rule.hpp"

namespace mtk::validators {

/// actions/unresolved: actions, or matters arising, that the minutes leave open.
class ActionsUnresolvedRule final : public Rule {
  public:
    const RuleInfo& info() const override;
    void check(const Document& doc, const RuleContext& ctx, Reporter& out) const override;
    void check_set(const RuleContext& ctx, Reporter& out) const override;
};

}  // namespace mtk::validators
