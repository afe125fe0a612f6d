#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "batch/report.hpp"

namespace mtk::cli::batch {
namespace {

Poco::JSON::Array files(const std::vector<ManifestSummary::File>& list) {
    Poco::JSON::Array a;
    for (const auto& f : list) {
        Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
        o.set("path", f.rel);
        o.set("status", f.status);
        o.set("errors", f.errors);
        o.set("warnings", f.warnings);
        o.set("notes", f.notes);
        o.set("ms", f.total_ms);
        a.add(o);
    }
    return a;
}

}  // namespace

void report_json(std::ostream& out, const ManifestSummary& s, const ReportContext& ctx) {
    using Poco::JSON::Object;
    Object root(Poco::JSON_PRESERVE_KEY_ORDER);
    root.set("version", 1);
    root.set("manifest", std::string(ctx.manifest));
    Object totals(Poco::JSON_PRESERVE_KEY_ORDER);
    totals.set("files", s.files);
    totals.set("ok", s.ok);
    totals.set("findings", s.with_findings);
    totals.set("failed", s.failed);
    totals.set("errors", s.errors);
    totals.set("warnings", s.warnings);
    totals.set("notes", s.notes);
    totals.set("bytes", s.bytes);
    totals.set("busyMs", s.busy_ms);
    root.set("totals", totals);
    Poco::JSON::Array rules;
    for (const auto& r : s.rules) {
        Object o(Poco::JSON_PRESERVE_KEY_ORDER);
        o.set("rule", r.rule);
        o.set("severity", r.severity);
        o.set("findings", r.findings);
        o.set("files", r.files);
        rules.add(o);
    }
    root.set("rules", rules);
    root.set("worst", files(s.worst));
    Poco::JSON::Array failures;
    for (const auto& f : s.failures) {
        Object o(Poco::JSON_PRESERVE_KEY_ORDER);
        o.set("path", f.rel);
        o.set("reason", f.reason);
        failures.add(o);
    }
    root.set("failures", failures);
    root.set("slowest", files(s.slowest));
    root.stringify(out, 2);
    out << '\n';
}

}  // namespace mtk::cli::batch
