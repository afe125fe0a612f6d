// path:line:col: severity: message [rule-id], like a compiler; then a summary line.
#include "formatters/formatter.hpp"

namespace mtk::cli {
namespace {

std::string plural(int n, std::string_view word) {
    return std::to_string(n) + " " + std::string(word) + (n == 1 ? "" : "s");
}

}  // namespace

void format_text(std::ostream& out, const Report& r) {
    for (const Report::File& f : r.files)
        for (const Diagnostic& d : f.findings) {
            out << d.file;
            if (d.line > 0) out << ':' << d.line << ':' << (d.column > 0 ? d.column : 1);
            out << ": " << to_string(d.severity) << ": " << d.message << " [" << d.rule << "]\n";
        }
    out << plural(r.count(Severity::error), "error") << ", " << plural(r.count(Severity::warning), "warning")
        << ", " << plural(r.count(Severity::note), "note") << " in " << plural(int(r.files.size()), "file")
        << '\n';
}

}  // namespace mtk::cli
