#pragma once

#include "mtk/validators/rule.hpp"

namespace mtk::validators {

/// names/undefined-initials: initials in the text that no listed person carries.
class NamesUndefinedInitialsRule final : public Rule {
  public:
    const RuleInfo& info() const override;
    void check(const Document& doc, const RuleContext& ctx, Reporter& out) const override;
};

}  // namespace mtk::validators
