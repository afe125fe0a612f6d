#pragma once

#include "mtk/validators/rule.hpp"

namespace mtk::validators {

/// dates/next-meeting-before-meeting: a next meeting dated before the meeting itself.
class DatesNextMeetingBeforeMeetingRule final : public Rule {
  public:
    const RuleInfo& info() const override;
    void check(const Document& doc, const RuleContext& ctx, Reporter& out) const override;
};

}  // namespace mtk::validators
