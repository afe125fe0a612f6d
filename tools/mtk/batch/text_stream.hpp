// The text format (formatters/text.cpp) written file by file, for batches whose findings
// must not all be held: the same lines, then the same summary.
#pragma once

#include <array>
#include <cstddef>
#include <ostream>

#include "mtk/diagnostic.hpp"

namespace mtk::cli::batch {

/// `path:line:col: severity: message [rule-id]`
void print_text_finding(std::ostream& out, const Diagnostic& d);

/// `N errors, N warnings, N notes in N files`; counts indexed by Severity.
void print_text_summary(std::ostream& out, const std::array<int, 3>& by_severity,
                        std::size_t files);

}  // namespace mtk::cli::batch
