// Output formats for findings, one file each (Vale's cmd/vale/*.go, ESLint's formatters).
#pragma once

#include <array>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "mtk/diagnostic.hpp"

namespace mtk::cli {

/// The findings of one run: every file checked, with or without findings.
struct Report {
    struct File {
        std::string path;
        Diagnostics findings;
    };
    std::vector<File> files;
    std::string tool_version;

    int count(Severity s) const;
};

using Formatter = void (*)(std::ostream&, const Report&);

/// The formatter called `name` ("text", "json", ...), or nullptr.
Formatter find_formatter(std::string_view name);

/// The names of every formatter, for --help and errors.
std::string formatter_names();

void format_text(std::ostream& out, const Report& r);
/// One line of the text format: `path:line:col: severity: message [rule-id]`. Batches
/// print findings with it as they come instead of holding a Report.
void format_text_finding(std::ostream& out, const Diagnostic& d);
/// The text format's last line: `N errors, N warnings, N notes in N files`; counts
/// indexed by Severity.
void format_text_summary(std::ostream& out, const std::array<int, 3>& by_severity,
                         std::size_t files);
void format_json(std::ostream& out, const Report& r);
/// SARIF 2.1.0 (code scanning): rule metadata from mtk::validators::all_rules().
void format_sarif(std::ostream& out, const Report& r);
/// JUnit XML: one testsuite per file, one failing testcase per rule with findings there
/// (one passing testcase for a clean file).
void format_junit(std::ostream& out, const Report& r);
/// GitHub Actions workflow commands, one per finding (::error file=...,line=...::message).
void format_github(std::ostream& out, const Report& r);

}  // namespace mtk::cli
