#pragma once

#include "mtk/validators/rule.hpp"

namespace mtk::validators {

/// text/web-boilerplate: web page furniture left in the minutes (skip links, logos,
/// back-to-contents links).
class TextWebBoilerplateRule final : public Rule {
  public:
    const RuleInfo& info() const override;
    void check(const Document& doc, const RuleContext& ctx, Reporter& out) const override;
};

}  // namespace mtk::validators
