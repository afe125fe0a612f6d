#pragma once

#include "mtk/validators/rule.hpp"

namespace mtk::validators {

/// attendance/present-and-absent: one person both present and in apologies.
class AttendancePresentAndAbsentRule final : public Rule {
  public:
    const RuleInfo& info() const override;
    void check(const Document& doc, const RuleContext& ctx, Reporter& out) const override;
};

}  // namespace mtk::validators
