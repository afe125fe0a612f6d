#include "support/fixture.hpp"

#include <gtest/gtest.h>

#include "mtk/validators/registry.hpp"
#include "mtk/xml_io.hpp"

namespace mtk::validators::testing {

Document minutes(std::string_view body, std::string_view meta, std::string path) {
    std::string xml = "<minutes xmlns=\"urn:mtk:minutes:1\" version=\"1.0\"><meta>";
    xml += meta;
    xml += "<source format=\"text\" name=\"m.txt\"/></meta>";
    xml += body;
    if (body.find("<items") == std::string_view::npos) xml += "<items/>";
    xml += "</minutes>";
    XmlReadResult r = from_xml(xml);
    EXPECT_TRUE(r.minutes) << r.error << "\n" << xml;
    Document d{std::move(path), r.minutes ? std::move(*r.minutes) : Minutes{}, false, xml};
    assign_xpaths(d.minutes);
    return d;
}

Diagnostics run(std::string_view id, const std::vector<Document>& docs, const Config& config) {
    const Rule* rule = find_rule(id);
    EXPECT_NE(rule, nullptr) << id;
    Diagnostics out;
    if (!rule) return out;
    static const RuleOptions kNone;
    const auto opts = config.options.find(std::string(id));
    const RuleContext ctx{docs, opts == config.options.end() ? kNone : opts->second, config};
    Reporter reporter(rule->info(), rule->info().default_severity, out);
    for (const Document& d : docs) rule->check(d, ctx, reporter);
    rule->check_set(ctx, reporter);
    for (const Diagnostic& d : out) EXPECT_EQ(d.rule, id);
    return out;
}

std::vector<std::string> lines(const Diagnostics& d) {
    std::vector<std::string> out;
    for (const Diagnostic& x : d) out.push_back(std::to_string(x.line) + ": " + x.message);
    return out;
}

}  // namespace mtk::validators::testing
