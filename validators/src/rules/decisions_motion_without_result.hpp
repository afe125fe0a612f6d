#pragma once

#include "mtk/validators/rule.hpp"

namespace mtk::validators {

/// decisions/motion-without-result: a motion whose fate the minutes do not record.
class DecisionsMotionWithoutResultRule final : public Rule {
  public:
    const RuleInfo& info() const override;
    void check(const Document& doc, const RuleContext& ctx, Reporter& out) const override;
};

}  // namespace mtk::validators
