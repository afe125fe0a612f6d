// Where findings point (shared/spec/cli.md): at lines of the file the user gave, and for XML
// input at an XPath too; a converted document's findings carry no XPath (its XML is never
// written by check).
#include <gtest/gtest.h>

#include <regex>

#include "support.hpp"

namespace mtk::test {
namespace {

std::size_t count(const std::string& text, const std::regex& re) {
    return std::size_t(
        std::distance(std::sregex_iterator(text.begin(), text.end(), re), std::sregex_iterator()));
}

TEST(Findings, CarryAnXPathForXmlInputOnly) {
    const std::string stem = std::string(MTK_SAMPLES_DIR) + "/text/lcrb-2014-06-09";
    const std::regex rule("\"rule\""), xpath("\"xpath\": \"/minutes/[^\"]+\"");

    const Result checked = mtk({"check", "--no-config", "--format", "json", stem + ".txt"});
    ASSERT_LT(checked.status, 2) << checked.err;
    EXPECT_GT(count(checked.out, rule), 0u) << checked.out;
    EXPECT_EQ(checked.out.find("\"xpath\""), std::string::npos) << checked.out;

    const Result validated =
        mtk({"validate", "--no-config", "--format", "json", stem + ".expected.xml"});
    ASSERT_LT(validated.status, 2) << validated.err;
    EXPECT_GT(count(validated.out, rule), 0u) << validated.out;
    EXPECT_EQ(count(validated.out, xpath), count(validated.out, rule)) << validated.out;
}

}  // namespace
}  // namespace mtk::test
