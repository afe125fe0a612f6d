// Findings: what a rule (or the XSD check, or a converter) reports about a document.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mtk {

enum class Severity { note = 0, warning = 1, error = 2 };

std::string_view to_string(Severity s);
/// Parses "note", "warning" or "error"; nullopt otherwise.
std::optional<Severity> parse_severity(std::string_view s);

struct Diagnostic {
    std::string rule;  ///< "area/kebab-name"
    Severity severity = Severity::warning;
    std::string message;
    std::string file;   ///< the file the user gave
    int line = 0;       ///< 1-based, 0 when unknown
    int column = 0;     ///< 1-based, 0 when unknown
    std::string xpath;  ///< for XML input, the element the finding is about
};

using Diagnostics = std::vector<Diagnostic>;

/// Orders by file, line, column, rule: the order findings are printed in.
bool operator<(const Diagnostic& a, const Diagnostic& b);

}  // namespace mtk
