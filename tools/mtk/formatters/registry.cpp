#include <array>
#include <utility>

#include "formatters/formatter.hpp"

namespace mtk::cli {
namespace {

// The explicit table of output formats. Adding one: its file and one line here.
constexpr std::array<std::pair<std::string_view, Formatter>, 5> kFormatters{{
    {"text", format_text},
    {"json", format_json},
    {"sarif", format_sarif},
    {"junit", format_junit},
    {"github", format_github},
}};

}  // namespace

int Report::count(Severity s) const {
    int n = 0;
    for (const File& f : files)
        for (const Diagnostic& d : f.findings) n += d.severity == s;
    return n;
}

Formatter find_formatter(std::string_view name) {
    for (const auto& [n, f] : kFormatters)
        if (n == name) return f;
    return nullptr;
}

std::string formatter_names() {
    std::string out;
    for (const auto& [n, f] : kFormatters) out += (out.empty() ? "" : "|") + std::string(n);
    return out;
}

}  // namespace mtk::cli
