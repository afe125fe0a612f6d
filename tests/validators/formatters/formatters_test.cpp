// The CI output formats of `mtk check` (tools/mtk/formatters): sarif, junit, github.
#include <Poco/JSON/Parser.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <pugixml.hpp>
#include <sstream>

#include "formatters/formatter.hpp"
#include "mtk/validators/registry.hpp"

using namespace mtk;
using namespace mtk::cli;

namespace {

Report sample() {
    Report r;
    r.tool_version = "9.9.9";
    r.files.push_back(
        {"minutes/a b.txt",
         {{"names/initials-mismatch", Severity::warning,
           "initials 'DC' do not fit 'Damian McCleave'", "minutes/a b.txt", 35, 0, ""},
          {"dates/wrong-weekday", Severity::error, "100% wrong,\nreally: yes\r", "minutes/a b.txt",
           7, 3, "/minutes/items/item[1]"},
          {"convert/unknown-line", Severity::note, "line skipped", "minutes/a b.txt", 0, 0, ""}}});
    r.files.push_back({"clean.txt", {}});
    return r;
}

std::string render(Formatter f, const Report& r) {
    std::ostringstream out;
    f(out, r);
    return out.str();
}

}  // namespace

TEST(GithubFormat, OneWorkflowCommandPerFindingWithEscaping) {
    EXPECT_EQ(render(find_formatter("github"), sample()),
              "::warning file=minutes/a b.txt,line=35,title=names/initials-mismatch::initials 'DC' "
              "do not fit "
              "'Damian McCleave'\n"
              "::error file=minutes/a b.txt,line=7,col=3,title=dates/wrong-weekday::100%25 "
              "wrong,%0Areally: yes%0D\n"
              "::notice file=minutes/a b.txt,title=convert/unknown-line::line skipped\n");
    Report odd;
    odd.files.push_back({"a,b:c%.txt", {{"x/y", Severity::error, "m", "a,b:c%.txt", 1, 1, ""}}});
    EXPECT_EQ(render(find_formatter("github"), odd),
              "::error file=a%2Cb%3Ac%25.txt,line=1,col=1,title=x/y::m\n");
}

TEST(SarifFormat, CarriesRuleMetadataAndResults) {
    const std::string text = render(find_formatter("sarif"), sample());
    Poco::JSON::Parser parser;
    const auto root = parser.parse(text).extract<Poco::JSON::Object::Ptr>();
    EXPECT_EQ(root->getValue<std::string>("version"), "2.1.0");
    const auto run = root->getArray("runs")->getObject(0);
    const auto driver = run->getObject("tool")->getObject("driver");
    EXPECT_EQ(driver->getValue<std::string>("name"), "mtk");
    EXPECT_EQ(driver->getValue<std::string>("version"), "9.9.9");
    const auto rules = driver->getArray("rules");
    ASSERT_EQ(rules->size(), validators::all_rules().size());
    for (unsigned i = 0; i < rules->size(); ++i) {
        const auto& info = validators::all_rules()[i]->info();
        const auto rule = rules->getObject(i);
        EXPECT_EQ(rule->getValue<std::string>("id"), info.id);
        EXPECT_EQ(rule->getObject("shortDescription")->getValue<std::string>("text"), info.summary);
        EXPECT_EQ(rule->getObject("help")->getValue<std::string>("markdown"), info.doc);
        EXPECT_THAT(rule->getObject("fullDescription")->getValue<std::string>("text"),
                    ::testing::HasSubstr("Why: "));
        EXPECT_EQ(rule->getObject("defaultConfiguration")->getValue<std::string>("level"),
                  std::string(to_string(info.default_severity)));
    }
    const auto results = run->getArray("results");
    ASSERT_EQ(results->size(), 3u);
    const auto first = results->getObject(0);
    EXPECT_EQ(first->getValue<std::string>("ruleId"), "names/initials-mismatch");
    const int index = first->getValue<int>("ruleIndex");
    EXPECT_EQ(rules->getObject(unsigned(index))->getValue<std::string>("id"),
              "names/initials-mismatch");
    EXPECT_EQ(first->getValue<std::string>("level"), "warning");
    const auto loc = first->getArray("locations")->getObject(0)->getObject("physicalLocation");
    EXPECT_EQ(loc->getObject("artifactLocation")->getValue<std::string>("uri"),
              "minutes/a%20b.txt");
    EXPECT_EQ(loc->getObject("region")->getValue<int>("startLine"), 35);
    EXPECT_FALSE(loc->getObject("region")->has("startColumn"));
    const auto second = results->getObject(1);
    EXPECT_EQ(second->getValue<std::string>("level"), "error");
    EXPECT_EQ(second->getArray("locations")
                  ->getObject(0)
                  ->getArray("logicalLocations")
                  ->getObject(0)
                  ->getValue<std::string>("fullyQualifiedName"),
              "/minutes/items/item[1]");
    // A finding of no registered rule (a converter's) has no ruleIndex and no region.
    const auto third = results->getObject(2);
    EXPECT_FALSE(third->has("ruleIndex"));
    EXPECT_EQ(third->getValue<std::string>("level"), "note");
    EXPECT_FALSE(
        third->getArray("locations")->getObject(0)->getObject("physicalLocation")->has("region"));
}

TEST(JunitFormat, OneSuitePerFileOneFailingCasePerRule) {
    const std::string text = render(find_formatter("junit"), sample());
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(text.c_str()));
    const pugi::xml_node suites = doc.child("testsuites");
    EXPECT_EQ(suites.attribute("tests").as_int(), 4);
    EXPECT_EQ(suites.attribute("failures").as_int(), 3);
    const pugi::xml_node a = suites.find_child_by_attribute("testsuite", "name", "minutes/a b.txt");
    EXPECT_EQ(a.attribute("tests").as_int(), 3);
    EXPECT_EQ(a.attribute("failures").as_int(), 3);
    const pugi::xml_node tc = a.find_child_by_attribute("testcase", "name", "dates/wrong-weekday");
    EXPECT_EQ(std::string(tc.attribute("classname").value()), "minutes/a b.txt");
    EXPECT_EQ(std::string(tc.child("failure").attribute("type").value()), "error");
    EXPECT_THAT(tc.child("failure").text().get(),
                ::testing::HasSubstr("minutes/a b.txt:7:3: error: 100% wrong,\nreally: yes"));
    const pugi::xml_node clean = suites.find_child_by_attribute("testsuite", "name", "clean.txt");
    EXPECT_EQ(clean.attribute("failures").as_int(), 0);
    EXPECT_EQ(std::distance(clean.children("testcase").begin(), clean.children("testcase").end()),
              1);
    EXPECT_FALSE(clean.child("testcase").child("failure"));
}
