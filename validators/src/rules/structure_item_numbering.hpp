#pragma once

#include "mtk/validators/rule.hpp"

namespace mtk::validators {

/// structure/item-numbering: item numbers that skip, repeat or disagree with their heading or the
/// contents.
class StructureItemNumberingRule final : public Rule {
  public:
    const RuleInfo& info() const override;
    void check(const Document& doc, const RuleContext& ctx, Reporter& out) const override;
};

}  // namespace mtk::validators
