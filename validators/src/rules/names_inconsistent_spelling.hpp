#pragma once

#include "mtk/validators/rule.hpp"

namespace mtk::validators {

/// names/inconsistent-spelling: one person written two ways, in a document, across the set or
/// against the roster.
class NamesInconsistentSpellingRule final : public Rule {
  public:
    const RuleInfo& info() const override;
    void check(const Document& doc, const RuleContext& ctx, Reporter& out) const override;
    void check_set(const RuleContext& ctx, Reporter& out) const override;
};

}  // namespace mtk::validators
