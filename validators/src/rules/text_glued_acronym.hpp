#pragma once

#include "mtk/validators/rule.hpp"
#include "names/acronyms.hpp"

namespace mtk::validators {

/// text/glued-acronym: a known acronym glued to the rest of a word, as a find-and-replace leaves
/// it.
class TextGluedAcronymRule final : public Rule {
  public:
    const RuleInfo& info() const override;
    /// Nothing per document: the rule needs the acronyms of the whole set (check_set).
    void check(const Document&, const RuleContext&, Reporter&) const override {}
    void check_set(const RuleContext& ctx, Reporter& out) const override;

  private:
    void check_document(const Document& doc, names::SetAcronyms& acronyms, Reporter& out) const;
};

}  // namespace mtk::validators
