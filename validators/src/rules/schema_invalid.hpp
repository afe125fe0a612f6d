#pragma once

#include "mtk/validators/rule.hpp"

namespace mtk::validators {

/// schema/invalid: the XML does not validate against schemas/minutes.xsd.
class SchemaInvalidRule final : public Rule {
  public:
    const RuleInfo& info() const override;
    void check(const Document& doc, const RuleContext& ctx, Reporter& out) const override;
};

}  // namespace mtk::validators
