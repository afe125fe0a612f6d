// {"version":1,"files":[{"path":...,"findings":[...]}],"summary":{...}}
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "formatters/formatter.hpp"

namespace mtk::cli {

void format_json(std::ostream& out, const Report& r) {
    Poco::JSON::Object root(Poco::JSON_PRESERVE_KEY_ORDER);
    root.set("version", 1);
    Poco::JSON::Array files;
    for (const Report::File& f : r.files) {
        Poco::JSON::Object file(Poco::JSON_PRESERVE_KEY_ORDER);
        file.set("path", f.path);
        Poco::JSON::Array findings;
        for (const Diagnostic& d : f.findings) {
            Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
            o.set("rule", d.rule);
            o.set("severity", std::string(to_string(d.severity)));
            o.set("message", d.message);
            o.set("line", d.line);
            o.set("column", d.column);
            if (!d.xpath.empty()) o.set("xpath", d.xpath);
            findings.add(o);
        }
        file.set("findings", findings);
        files.add(file);
    }
    root.set("files", files);
    Poco::JSON::Object summary(Poco::JSON_PRESERVE_KEY_ORDER);
    summary.set("files", int(r.files.size()));
    summary.set("errors", r.count(Severity::error));
    summary.set("warnings", r.count(Severity::warning));
    summary.set("notes", r.count(Severity::note));
    root.set("summary", summary);
    root.stringify(out, 2);
    out << '\n';
}

}  // namespace mtk::cli
