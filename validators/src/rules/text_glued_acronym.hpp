#pragma once

#include "mtk/validators/rule.hpp"

namespace mtk::validators {

/// text/glued-acronym: a known acronym glued to the rest of a word, as a find-and-replace leaves
/// it.
class TextGluedAcronymRule final : public Rule {
  public:
    const RuleInfo& info() const override;
    void check(const Document& doc, const RuleContext& ctx, Reporter& out) const override;
};

}  // namespace mtk::validators
