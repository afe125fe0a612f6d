// {"version":1,"files":[{"path":...,"findings":[...]}],"summary":{...}}
#include "mtk/json.hpp"

#include "formatters/formatter.hpp"

namespace mtk::cli {

void format_json(std::ostream& out, const Report& r) {
    using json::Value;
    Value files = Value::array();
    for (const Report::File& f : r.files) {
        Value findings = Value::array();
        for (const Diagnostic& d : f.findings) {
            Value o = Value::object();
            o.set("rule", d.rule)
                .set("severity", to_string(d.severity))
                .set("message", d.message)
                .set("line", d.line)
                .set("column", d.column);
            if (!d.xpath.empty()) o.set("xpath", d.xpath);
            findings.add(std::move(o));
        }
        files.add(Value::object().set("path", f.path).set("findings", std::move(findings)));
    }
    Value summary = Value::object();
    summary.set("files", r.files.size())
        .set("errors", r.count(Severity::error))
        .set("warnings", r.count(Severity::warning))
        .set("notes", r.count(Severity::note));
    Value root = Value::object();
    root.set("version", 1).set("files", std::move(files)).set("summary", std::move(summary));
    out << json::write(root, 2) << '\n';
}

}  // namespace mtk::cli
