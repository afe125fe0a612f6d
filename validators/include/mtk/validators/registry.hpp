// The explicit, alphabetical list of rules, and the engine that runs them.
#pragma once

#include <memory>
#include <span>

#include "mtk/validators/rule.hpp"

namespace mtk::validators {

/// Every registered rule, ordered by id.
std::span<const std::unique_ptr<Rule>> all_rules();

/// The rule with this id, or nullptr.
const Rule* find_rule(std::string_view id);

/// Runs every enabled rule over the documents (one set) and returns the findings sorted.
Diagnostics run_rules(std::span<const Document> documents, const Config& config);

}  // namespace mtk::validators
