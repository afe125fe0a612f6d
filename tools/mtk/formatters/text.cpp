// path:line:col: severity: message [rule-id], like a compiler; then a summary line.
#include <charconv>
#include <iterator>

#include "formatters/formatter.hpp"

namespace mtk::cli {
namespace {

std::string plural(std::size_t n, std::string_view word) {
    return std::to_string(n) + " " + std::string(word) + (n == 1 ? "" : "s");
}

}  // namespace

void format_text_finding(std::ostream& out, const Diagnostic& d) {
    // The line is made first and written at once: std::cout, in step with C's stdout, makes a
    // call of each `<<`, and a batch prints tens of thousands of findings.
    std::string line;
    line.reserve(d.file.size() + d.message.size() + d.rule.size() + 48);
    line += d.file;
    if (d.line > 0) {
        char digits[24];
        line += ':';
        line.append(digits, std::to_chars(digits, std::end(digits), d.line).ptr);
        line += ':';
        line.append(digits,
                    std::to_chars(digits, std::end(digits), d.column > 0 ? d.column : 1).ptr);
    }
    line += ": ";
    line += to_string(d.severity);
    line += ": ";
    line += d.message;
    line += " [";
    line += d.rule;
    line += "]\n";
    out.write(line.data(), std::streamsize(line.size()));
}

void format_text_summary(std::ostream& out, const std::array<int, 3>& by_severity,
                         std::size_t files) {
    out << plural(std::size_t(by_severity[std::size_t(Severity::error)]), "error") << ", "
        << plural(std::size_t(by_severity[std::size_t(Severity::warning)]), "warning") << ", "
        << plural(std::size_t(by_severity[std::size_t(Severity::note)]), "note") << " in "
        << plural(files, "file") << '\n';
}

void format_text(std::ostream& out, const Report& r) {
    for (const Report::File& f : r.files)
        for (const Diagnostic& d : f.findings) format_text_finding(out, d);
    format_text_summary(
        out, {r.count(Severity::note), r.count(Severity::warning), r.count(Severity::error)},
        r.files.size());
}

}  // namespace mtk::cli
