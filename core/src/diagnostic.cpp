#include "mtk/diagnostic.hpp"

#include <tuple>

namespace mtk {

std::string_view to_string(Severity s) {
    switch (s) {
        case Severity::note:
            return "note";
        case Severity::warning:
            return "warning";
        case Severity::error:
            break;
    }
    return "error";
}

std::optional<Severity> parse_severity(std::string_view s) {
    if (s == "note") return Severity::note;
    if (s == "warning") return Severity::warning;
    if (s == "error") return Severity::error;
    return std::nullopt;
}

bool operator<(const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.file, a.line, a.column, a.rule, a.message) <
           std::tie(b.file, b.line, b.column, b.rule, b.message);
}

}  // namespace mtk
