#pragma once

#include "mtk/validators/rule.hpp"

namespace mtk::validators {

/// names/initials-mismatch: declared initials that do not fit the name.
class NamesInitialsMismatchRule final : public Rule {
  public:
    const RuleInfo& info() const override;
    void check(const Document& doc, const RuleContext& ctx, Reporter& out) const override;
};

}  // namespace mtk::validators
