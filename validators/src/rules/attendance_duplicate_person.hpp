#pragma once

#include "mtk/validators/rule.hpp"

namespace mtk::validators {

/// attendance/duplicate-person: one person listed twice.
class AttendanceDuplicatePersonRule final : public Rule {
  public:
    const RuleInfo& info() const override;
    void check(const Document& doc, const RuleContext& ctx, Reporter& out) const override;
};

}  // namespace mtk::validators
