// JUnit XML for CI test reports: one <testsuite> per file checked, one failing <testcase>
// per rule with findings in it, one passing testcase for a clean file.
#include <map>
#include <pugixml.hpp>

#include "formatters/formatter.hpp"

namespace mtk::cli {
namespace {

std::string line_of(const Diagnostic& d) {
    std::string s = d.file;
    if (d.line > 0)
        s += ":" + std::to_string(d.line) + ":" + std::to_string(d.column > 0 ? d.column : 1);
    return s + ": " + std::string(to_string(d.severity)) + ": " + d.message + " [" + d.rule + "]";
}

}  // namespace

void format_junit(std::ostream& out, const Report& r) {
    pugi::xml_document doc;
    auto decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version") = "1.0";
    decl.append_attribute("encoding") = "UTF-8";
    pugi::xml_node suites = doc.append_child("testsuites");
    suites.append_attribute("name") = "mtk";
    int all_tests = 0, all_failures = 0;
    for (const Report::File& f : r.files) {
        std::map<std::string, std::vector<const Diagnostic*>> by_rule;
        for (const Diagnostic& d : f.findings) by_rule[d.rule].push_back(&d);
        pugi::xml_node suite = suites.append_child("testsuite");
        suite.append_attribute("name") = f.path.c_str();
        const int tests = by_rule.empty() ? 1 : int(by_rule.size());
        suite.append_attribute("tests") = tests;
        suite.append_attribute("failures") = int(by_rule.size());
        suite.append_attribute("errors") = 0;
        suite.append_attribute("skipped") = 0;
        all_tests += tests;
        all_failures += int(by_rule.size());
        if (by_rule.empty()) {
            pugi::xml_node tc = suite.append_child("testcase");
            tc.append_attribute("name") = "mtk check";
            tc.append_attribute("classname") = f.path.c_str();
            continue;
        }
        for (const auto& [rule, findings] : by_rule) {
            pugi::xml_node tc = suite.append_child("testcase");
            tc.append_attribute("name") = rule.c_str();
            tc.append_attribute("classname") = f.path.c_str();
            pugi::xml_node failure = tc.append_child("failure");
            const std::string summary = std::to_string(findings.size()) +
                                        (findings.size() == 1 ? " finding" : " findings") + ": " +
                                        findings.front()->message;
            failure.append_attribute("message") = summary.c_str();
            failure.append_attribute("type") =
                std::string(to_string(findings.front()->severity)).c_str();
            std::string body;
            for (const Diagnostic* d : findings) body += line_of(*d) + "\n";
            failure.text() = body.c_str();
        }
    }
    suites.append_attribute("tests") = all_tests;
    suites.append_attribute("failures") = all_failures;
    doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
}

}  // namespace mtk::cli
