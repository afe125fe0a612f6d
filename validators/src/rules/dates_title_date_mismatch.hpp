#pragma once

#include "mtk/validators/rule.hpp"

namespace mtk::validators {

/// dates/title-date-mismatch: a date in the title that is not the meeting's date.
class DatesTitleDateMismatchRule final : public Rule {
  public:
    const RuleInfo& info() const override;
    void check(const Document& doc, const RuleContext& ctx, Reporter& out) const override;
};

}  // namespace mtk::validators
