#pragma once

#include "mtk/validators/rule.hpp"

namespace mtk::validators {

/// actions/missing-owner: an action with no owner.
class ActionsMissingOwnerRule final : public Rule {
  public:
    const RuleInfo& info() const override;
    void check(const Document& doc, const RuleContext& ctx, Reporter& out) const override;
};

}  // namespace mtk::validators
