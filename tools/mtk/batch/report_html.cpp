// One self-contained page: inline CSS, an inline SVG bar chart, tables; no external asset.
#include <algorithm>
#include <cstdio>

#include "batch/report.hpp"

namespace mtk::cli::batch {
namespace {

std::string escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

constexpr std::string_view kStyle = R"(<style>
body{font:14px/1.4 system-ui,sans-serif;margin:2em auto;max-width:60em;color:#222}
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:2em}
table{border-collapse:collapse;width:100%}td,th{padding:.2em .6em;border-bottom:1px solid #ddd;text-align:left}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.totals span{display:inline-block;margin-right:2em}.totals b{font-size:1.3em;display:block}
.error{color:#b00020}.warning{color:#a15c00}.note{color:#555}
svg text{font:12px system-ui,sans-serif}
</style>)";

const char* bar_colour(std::string_view severity) {
    return severity == "error" ? "#b00020" : severity == "warning" ? "#e09a00" : "#8a8a8a";
}

void chart(std::ostream& out, const std::vector<ManifestSummary::Rule>& rules) {
    constexpr int kRow = 22, kLabel = 280, kBars = 380;
    std::int64_t most = 1;
    for (const auto& r : rules) most = std::max(most, r.findings);
    out << "<svg role=\"img\" aria-label=\"findings per rule\" width=\"" << kLabel + kBars + 70
        << "\" height=\"" << kRow * int(rules.size()) + 4 << "\">\n";
    int y = 0;
    for (const auto& r : rules) {
        const int w = std::max(1, int(double(r.findings) / double(most) * kBars));
        out << "<text x=\"" << kLabel - 6 << "\" y=\"" << y + 15 << "\" text-anchor=\"end\">"
            << escape(r.rule) << "</text><rect x=\"" << kLabel << "\" y=\"" << y + 3
            << "\" width=\"" << w << "\" height=\"" << kRow - 6 << "\" fill=\""
            << bar_colour(r.severity) << "\"><title>" << r.findings << ' ' << escape(r.severity)
            << " findings in " << r.files << " files</title></rect><text x=\"" << kLabel + w + 6
            << "\" y=\"" << y + 15 << "\">" << r.findings << "</text>\n";
        y += kRow;
    }
    out << "</svg>\n";
}

void file_table(std::ostream& out, const std::vector<ManifestSummary::File>& files,
                bool with_time) {
    out << "<table><tr><th>file</th><th>status</th><th class=n>errors</th><th class=n>warnings</th>"
           "<th class=n>notes</th>"
        << (with_time ? "<th class=n>ms</th>" : "") << "</tr>\n";
    for (const auto& f : files) {
        char ms[32];
        std::snprintf(ms, sizeof ms, "%.1f", f.total_ms);
        out << "<tr><td>" << escape(f.rel) << "</td><td>" << escape(f.status) << "</td><td class=n>"
            << f.errors << "</td><td class=n>" << f.warnings << "</td><td class=n>" << f.notes
            << "</td>" << (with_time ? "<td class=n>" + std::string(ms) + "</td>" : "")
            << "</tr>\n";
    }
    out << "</table>\n";
}

}  // namespace

void report_html(std::ostream& out, const ManifestSummary& s, const ReportContext& ctx) {
    out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>mtk report: "
        << escape(ctx.out) << "</title>\n"
        << kStyle << "\n</head><body>\n<h1>mtk report: " << escape(ctx.out)
        << "</h1>\n<p class=\"totals\">"
        << "<span><b>" << s.files << "</b>files</span><span><b>" << s.ok << "</b>ok</span><span><b>"
        << s.with_findings << "</b>with findings</span><span><b>" << s.failed << "</b>failed</span>"
        << "<span class=error><b>" << s.errors << "</b>errors</span><span class=warning><b>"
        << s.warnings << "</b>warnings</span><span class=note><b>" << s.notes
        << "</b>notes</span></p>\n";
    if (!s.rules.empty()) {
        out << "<h2>Findings per rule</h2>\n";
        chart(out, s.rules);
        out << "<table><tr><th>rule</th><th>severity</th><th class=n>findings</th><th "
               "class=n>files</th></tr>\n";
        for (const auto& r : s.rules)
            out << "<tr><td>" << escape(r.rule) << "</td><td class=\"" << escape(r.severity)
                << "\">" << escape(r.severity) << "</td><td class=n>" << r.findings
                << "</td><td class=n>" << r.files << "</td></tr>\n";
        out << "</table>\n";
    }
    if (!s.worst.empty()) {
        out << "<h2>Worst files</h2>\n";
        file_table(out, s.worst, false);
    }
    if (!s.failures.empty()) {
        out << "<h2>Failures</h2>\n<table><tr><th>file</th><th>reason</th></tr>\n";
        for (const auto& f : s.failures)
            out << "<tr><td>" << escape(f.rel) << "</td><td>" << escape(f.reason) << "</td></tr>\n";
        out << "</table>\n";
    }
    if (!s.slowest.empty()) {
        out << "<h2>Slowest files</h2>\n";
        file_table(out, s.slowest, true);
    }
    out << "<p class=note>manifest " << escape(ctx.manifest) << "</p>\n</body></html>\n";
}

}  // namespace mtk::cli::batch
