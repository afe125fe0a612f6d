#include <cstdio>

#include "batch/report.hpp"

namespace mtk::cli::batch {
namespace {

std::string fixed(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

}  // namespace

void report_text(std::ostream& out, const ManifestSummary& s, const ReportContext& ctx) {
    out << "manifest " << ctx.manifest << "\n\n";
    out << "files     " << s.files << " (" << s.ok << " ok, " << s.with_findings
        << " with findings, " << s.failed << " failed), " << fixed(double(s.bytes) / 1e6, 1)
        << " MB read\n";
    out << "findings  " << s.errors << " errors, " << s.warnings << " warnings, " << s.notes
        << " notes\n";
    out << "work      " << fixed(s.busy_ms / 1000, 1) << " s of worker time, "
        << (s.files > 0 ? fixed(s.busy_ms / double(s.files), 2) : "0") << " ms per file\n";
    if (!s.rules.empty()) {
        out << "\nfindings per rule\n";
        for (const auto& r : s.rules) {
            char line[256];
            std::snprintf(line, sizeof line, "  %8lld  %-8s %-40s in %lld files\n",
                          (long long)r.findings, r.severity.c_str(), r.rule.c_str(),
                          (long long)r.files);
            out << line;
        }
    }
    if (!s.worst.empty()) {
        out << "\nworst files (errors, warnings, notes)\n";
        for (const auto& f : s.worst)
            out << "  " << f.errors << ", " << f.warnings << ", " << f.notes << "  " << f.rel
                << '\n';
    }
    if (!s.failures.empty()) {
        out << "\nfailures"
            << (std::int64_t(s.failures.size()) < s.failed
                    ? " (first " + std::to_string(s.failures.size()) + ")"
                    : "")
            << '\n';
        for (const auto& f : s.failures) out << "  " << f.rel << ": " << f.reason << '\n';
    }
    if (!s.slowest.empty()) {
        out << "\nslowest files (ms)\n";
        for (const auto& f : s.slowest)
            out << "  " << fixed(f.total_ms, 1) << "  " << f.rel << '\n';
    }
}

}  // namespace mtk::cli::batch
