// The rule engine split in two for batches (validators::run_rules does both at once): the
// per-document checks run in the workers, the set checks once per set of documents, so that
// only the models of one set (one folder) are held, never the whole archive.
// Relies on the Rule contract: check() looks at one document, check_set() at the set.
#pragma once

#include <span>

#include "mtk/validators/config.hpp"
#include "mtk/validators/rule.hpp"

namespace mtk::cli::batch {

/// Rule::check of every enabled rule on one document.
Diagnostics check_document(const validators::Document& doc, const validators::Config& config);

/// Rule::check_set of every enabled rule on a set of documents.
Diagnostics check_set(std::span<const validators::Document> docs, const validators::Config& config);

}  // namespace mtk::cli::batch
