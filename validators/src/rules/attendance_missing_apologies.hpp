#pragma once

#include "mtk/validators/rule.hpp"

namespace mtk::validators {

/// attendance/missing-apologies: no apologies section, or an empty one that does not say none.
class AttendanceMissingApologiesRule final : public Rule {
  public:
    const RuleInfo& info() const override;
    void check(const Document& doc, const RuleContext& ctx, Reporter& out) const override;
};

}  // namespace mtk::validators
