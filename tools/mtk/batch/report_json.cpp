#include "batch/report.hpp"
#include "mtk/json.hpp"

namespace mtk::cli::batch {
namespace {

using json::Value;

Value files(const std::vector<ManifestSummary::File>& list) {
    Value a = Value::array();
    for (const auto& f : list) {
        Value o = Value::object();
        o.set("path", f.rel);
        o.set("status", f.status);
        o.set("errors", f.errors);
        o.set("warnings", f.warnings);
        o.set("notes", f.notes);
        o.set("ms", f.total_ms);
        a.add(std::move(o));
    }
    return a;
}

}  // namespace

void report_json(std::ostream& out, const ManifestSummary& s, const ReportContext& ctx) {
    Value root = Value::object();
    root.set("version", 1);
    root.set("manifest", std::string(ctx.manifest));
    Value totals = Value::object();
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
    Value rules = Value::array();
    for (const auto& r : s.rules) {
        Value o = Value::object();
        o.set("rule", r.rule);
        o.set("severity", r.severity);
        o.set("findings", r.findings);
        o.set("files", r.files);
        rules.add(o);
    }
    root.set("rules", rules);
    root.set("worst", files(s.worst));
    Value failures = Value::array();
    for (const auto& f : s.failures) {
        Value o = Value::object();
        o.set("path", f.rel);
        o.set("reason", f.reason);
        failures.add(o);
    }
    root.set("failures", failures);
    root.set("slowest", files(s.slowest));
    out << json::write(root, 2) << '\n';
}

}  // namespace mtk::cli::batch
