#pragma once

#include "mtk/validators/rule.hpp"

namespace mtk::validators {

/// dates/wrong-weekday: a weekday that does not fit the date it is written with.
class DatesWrongWeekdayRule final : public Rule {
  public:
    const RuleInfo& info() const override;
    void check(const Document& doc, const RuleContext& ctx, Reporter& out) const override;
};

}  // namespace mtk::validators
