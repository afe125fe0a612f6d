// SARIF 2.1.0 (OASIS), as GitHub code scanning uploads it: one run, the rules' metadata in
// tool.driver.rules, one result per finding.
#include <cctype>
#include <map>

#include "formatters/formatter.hpp"
#include "mtk/json.hpp"
#include "mtk/validators/registry.hpp"

namespace mtk::cli {
namespace {

using json::Value;

Value ordered() {
    return Value::object();
}

Value text(std::string_view s) {
    Value o = ordered();
    o.set("text", s);
    return o;
}

std::string_view level(Severity s) {
    switch (s) {
        case Severity::error:
            return "error";
        case Severity::warning:
            return "warning";
        case Severity::note:
            break;
    }
    return "note";
}

// "attendance/missing-apologies" -> "AttendanceMissingApologies".
std::string camel(std::string_view id) {
    std::string out;
    bool up = true;
    for (char c : id) {
        if (c == '/' || c == '-') {
            up = true;
            continue;
        }
        out += up ? char(std::toupper(static_cast<unsigned char>(c))) : c;
        up = false;
    }
    return out;
}

// A file path as a URI reference (RFC 3986): relative paths stay relative (code scanning
// resolves them against the repository root), absolute ones become file: URIs.
std::string uri(std::string_view path) {
    static constexpr std::string_view kHex = "0123456789ABCDEF";
    std::string out = path.starts_with('/') ? "file://" : "";
    for (char c : path) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') {
            out += c;
        } else {
            out += '%';
            out += kHex[u >> 4];
            out += kHex[u & 15];
        }
    }
    return out;
}

Value rule_metadata(const validators::RuleInfo& i) {
    const std::string_view doc = i.doc;
    Value r = ordered();
    r.set("id", std::string(i.id));
    r.set("name", camel(i.id));
    r.set("shortDescription", text(i.summary));
    // What and why: the documentation before its examples.
    r.set("fullDescription", text(doc.substr(0, doc.find("\nBad:"))));
    Value help = text(doc);
    help.set("markdown", std::string(doc));
    r.set("help", help);
    Value config = ordered();
    config.set("level", std::string(level(i.default_severity)));
    r.set("defaultConfiguration", config);
    return r;
}

Value result(const Diagnostic& d, const std::map<std::string, int, std::less<>>& index) {
    Value res = ordered();
    res.set("ruleId", d.rule);
    if (auto it = index.find(d.rule); it != index.end()) res.set("ruleIndex", it->second);
    res.set("level", std::string(level(d.severity)));
    res.set("message", text(d.message));
    Value physical = ordered();
    Value artifact = ordered();
    artifact.set("uri", uri(d.file));
    physical.set("artifactLocation", artifact);
    if (d.line > 0) {
        Value region = ordered();
        region.set("startLine", d.line);
        if (d.column > 0) region.set("startColumn", d.column);
        physical.set("region", region);
    }
    Value location = ordered();
    location.set("physicalLocation", physical);
    if (!d.xpath.empty()) {
        Value logical = ordered();
        logical.set("fullyQualifiedName", d.xpath);
        logical.set("kind", std::string("element"));
        Value logicals = Value::array();
        logicals.add(logical);
        location.set("logicalLocations", logicals);
    }
    Value locations = Value::array();
    locations.add(location);
    res.set("locations", locations);
    return res;
}

}  // namespace

void format_sarif(std::ostream& out, const Report& r) {
    Value rules = Value::array();
    std::map<std::string, int, std::less<>> index;
    for (const auto& rule : validators::all_rules()) {
        index.emplace(std::string(rule->info().id), int(index.size()));
        rules.add(rule_metadata(rule->info()));
    }
    Value driver = ordered();
    driver.set("name", std::string("mtk"));
    driver.set("version", r.tool_version);
    driver.set("semanticVersion", r.tool_version);
    driver.set("rules", rules);
    Value tool = ordered();
    tool.set("driver", driver);

    Value results = Value::array();
    for (const Report::File& f : r.files)
        for (const Diagnostic& d : f.findings) results.add(result(d, index));
    Value run = ordered();
    run.set("tool", tool);
    run.set("results", results);
    Value runs = Value::array();
    runs.add(run);

    Value root = ordered();
    root.set("$schema", std::string("https://json.schemastore.org/sarif-2.1.0.json"));
    root.set("version", std::string("2.1.0"));
    root.set("runs", runs);
    out << json::write(root, 2) << '\n';
}

}  // namespace mtk::cli
