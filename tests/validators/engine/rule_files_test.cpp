// Every registered rule has its documentation, its source pair and its tests (ESLint's
// checkRuleFiles): a rule cannot be registered without them.
//
// Convention, for rule id "area/kebab-name":
//   validators/src/rules/area_kebab_name.{hpp,cpp}   the rule (class AreaKebabNameRule)
//   tests/validators/area/kebab_name_test.cpp        its tests, naming the id
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "mtk/validators/registry.hpp"

namespace {

namespace fs = std::filesystem;
using mtk::validators::all_rules;

const fs::path kRoot = MTK_SOURCE_DIR;

std::string snake(std::string_view kebab) {
    std::string s(kebab);
    for (char& c : s)
        if (c == '-' || c == '/') c = '_';
    return s;
}

std::string read(const fs::path& p) {
    std::ifstream in(p);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

TEST(RuleFiles, EveryRuleHasAWellFormedIdAndOrder) {
    ASSERT_FALSE(all_rules().empty());
    const std::regex id(R"([a-z]+/[a-z]+(-[a-z]+)*)");
    std::string previous;
    for (const auto& r : all_rules()) {
        const std::string rid(r->info().id);
        EXPECT_TRUE(std::regex_match(rid, id)) << rid;
        EXPECT_LT(previous, rid) << "rules are listed by id, each once";
        previous = rid;
    }
}

TEST(RuleFiles, EveryRuleIsDocumented) {
    for (const auto& r : all_rules()) {
        const auto& i = r->info();
        const std::string doc(i.doc);
        SCOPED_TRACE(std::string(i.id));
        EXPECT_TRUE(doc.starts_with(i.summary))
            << "Missing documentation for rule: doc must open with the summary";
        for (const char* section : {"\nWhy: ", "\nBad:\n", "\nGood:\n", "\nOptions:"})
            EXPECT_NE(doc.find(section), std::string::npos)
                << "Missing documentation for rule: no '" << section << "'";
        EXPECT_LT(doc.find("\nBad:\n"), doc.find("\nGood:\n"));
        for (const auto& o : i.options)
            EXPECT_NE(doc.find("`" + std::string(o.name) + "`"), std::string::npos) << o.name;
        if (i.options.empty()) {
            EXPECT_NE(doc.find("Options: none."), std::string::npos);
        }
    }
}

TEST(RuleFiles, EveryRuleHasItsSourcePairAndTests) {
    for (const auto& r : all_rules()) {
        const std::string rid(r->info().id);
        SCOPED_TRACE(rid);
        const std::string area = rid.substr(0, rid.find('/'));
        const std::string name = snake(rid.substr(rid.find('/') + 1));
        EXPECT_TRUE(fs::exists(kRoot / "validators/src/rules" / (snake(rid) + ".hpp")));
        EXPECT_TRUE(fs::exists(kRoot / "validators/src/rules" / (snake(rid) + ".cpp")));
        const fs::path test = kRoot / "tests/validators" / area / (name + "_test.cpp");
        ASSERT_TRUE(fs::exists(test)) << "Missing tests for rule: " << test;
        const std::string text = read(test);
        EXPECT_NE(text.find("\"" + rid + "\""), std::string::npos)
            << "Missing tests for rule: " << test << " never runs it";
        EXPECT_NE(text.find("IsEmpty()"), std::string::npos)
            << "Missing clean case for rule: " << test;
        const std::string listed = read(kRoot / "tests/validators/CMakeLists.txt");
        EXPECT_NE(listed.find(area + "/" + name + "_test.cpp"), std::string::npos)
            << "test file not built";
    }
}

// Findings print one per line: the line breaks and tabs of text quoted from the minutes
// become single spaces, whatever their place in the message (tested in and out of the
// blocks of eight bytes the reporter reads first).
TEST(Reporter, MessagesAreOneLine) {
    const mtk::validators::RuleInfo info{"test/one-line", mtk::Severity::warning, "", ""};
    mtk::Diagnostics out;
    mtk::validators::Reporter reporter(info, mtk::Severity::warning, out);
    const mtk::validators::Document doc;
    const std::string plain = "a message of more than eight bytes, \x01 and no break";
    reporter.report_at(doc, 1, 0, plain);
    reporter.report_at(doc, 1, 0, "'first\nsecond' and \r\n\tthird");
    reporter.report_at(doc, 1, 0, "short\tone");
    ASSERT_EQ(out.size(), 3u);
    EXPECT_EQ(out[0].message, plain);
    EXPECT_EQ(out[1].message, "'first second' and third");
    EXPECT_EQ(out[2].message, "short one");
}
