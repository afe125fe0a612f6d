// SARIF 2.1.0 (OASIS), as GitHub code scanning uploads it: one run, the rules' metadata in
// tool.driver.rules, one result per finding.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <cctype>
#include <map>

#include "formatters/formatter.hpp"
#include "mtk/validators/registry.hpp"

namespace mtk::cli {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

Object ordered() {
    return Object(Poco::JSON_PRESERVE_KEY_ORDER);
}

Object text(std::string_view s) {
    Object o = ordered();
    o.set("text", std::string(s));
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

Object rule_metadata(const validators::RuleInfo& i) {
    const std::string_view doc = i.doc;
    Object r = ordered();
    r.set("id", std::string(i.id));
    r.set("name", camel(i.id));
    r.set("shortDescription", text(i.summary));
    // What and why: the documentation before its examples.
    r.set("fullDescription", text(doc.substr(0, doc.find("\nBad:"))));
    Object help = text(doc);
    help.set("markdown", std::string(doc));
    r.set("help", help);
    Object config = ordered();
    config.set("level", std::string(level(i.default_severity)));
    r.set("defaultConfiguration", config);
    return r;
}

Object result(const Diagnostic& d, const std::map<std::string, int, std::less<>>& index) {
    Object res = ordered();
    res.set("ruleId", d.rule);
    if (auto it = index.find(d.rule); it != index.end()) res.set("ruleIndex", it->second);
    res.set("level", std::string(level(d.severity)));
    res.set("message", text(d.message));
    Object physical = ordered();
    Object artifact = ordered();
    artifact.set("uri", uri(d.file));
    physical.set("artifactLocation", artifact);
    if (d.line > 0) {
        Object region = ordered();
        region.set("startLine", d.line);
        if (d.column > 0) region.set("startColumn", d.column);
        physical.set("region", region);
    }
    Object location = ordered();
    location.set("physicalLocation", physical);
    if (!d.xpath.empty()) {
        Object logical = ordered();
        logical.set("fullyQualifiedName", d.xpath);
        logical.set("kind", std::string("element"));
        Array logicals;
        logicals.add(logical);
        location.set("logicalLocations", logicals);
    }
    Array locations;
    locations.add(location);
    res.set("locations", locations);
    return res;
}

}  // namespace

void format_sarif(std::ostream& out, const Report& r) {
    Array rules;
    std::map<std::string, int, std::less<>> index;
    for (const auto& rule : validators::all_rules()) {
        index.emplace(std::string(rule->info().id), int(index.size()));
        rules.add(rule_metadata(rule->info()));
    }
    Object driver = ordered();
    driver.set("name", std::string("mtk"));
    driver.set("version", r.tool_version);
    driver.set("semanticVersion", r.tool_version);
    driver.set("rules", rules);
    Object tool = ordered();
    tool.set("driver", driver);

    Array results;
    for (const Report::File& f : r.files)
        for (const Diagnostic& d : f.findings) results.add(result(d, index));
    Object run = ordered();
    run.set("tool", tool);
    run.set("results", results);
    Array runs;
    runs.add(run);

    Object root = ordered();
    root.set("$schema", std::string("https://json.schemastore.org/sarif-2.1.0.json"));
    root.set("version", std::string("2.1.0"));
    root.set("runs", runs);
    root.stringify(out, 2);
    out << '\n';
}

}  // namespace mtk::cli
