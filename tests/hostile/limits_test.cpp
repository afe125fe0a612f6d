// Bounds on XML input: nesting depth and element count (from_xml), input size (--max-size).
// A limit hit is an error or finding that names the limit and the file, never a crash.
#include <gtest/gtest.h>

#include <string>

#include "hostile.hpp"
#include "mtk/xml_io.hpp"
#include "mtk/xsd.hpp"

namespace mtk::hostile {
namespace {

// The root, <items>, then `depth - 2` nested items: `depth` elements deep.
std::string nested_items(int depth) {
    std::string x =
        "<minutes xmlns=\"urn:mtk:minutes:1\" version=\"1.0\"><meta><source format=\"text\" "
        "name=\"a\"/>"
        "</meta><items>";
    for (int i = 0; i < depth - 2; ++i) x += "<item id=\"i\">";
    for (int i = 0; i < depth - 2; ++i) x += "</item>";
    return x + "</items></minutes>";
}

std::string flat_elements(std::size_t count) {
    std::string x = "<minutes xmlns=\"urn:mtk:minutes:1\" version=\"1.0\">";
    for (std::size_t i = 1; i < count; ++i) x += "<x/>";
    return x + "</minutes>";
}

TEST(XmlLimits, DepthUpToTheLimitIsRead) {
    const XmlReadResult r = from_xml(nested_items(XmlLimits{}.max_depth));
    ASSERT_TRUE(r.minutes) << r.error;
    const Item* it = &r.minutes->items.at(0);
    int depth = 3;
    while (!it->content.empty()) {
        it = &std::get<Item>(it->content.front());
        ++depth;
    }
    EXPECT_EQ(depth, XmlLimits{}.max_depth);
}

TEST(XmlLimits, DepthPastTheLimitIsAnErrorNamingIt) {
    const XmlReadResult r = from_xml(nested_items(XmlLimits{}.max_depth + 1));
    EXPECT_FALSE(r.minutes);
    EXPECT_NE(r.error.find("deeper than 256 levels"), std::string::npos) << r.error;
    EXPECT_NE(r.error.find("limit"), std::string::npos) << r.error;
    EXPECT_EQ(r.line, 1);
    EXPECT_GT(r.column, 1);
}

// Without the bound the reader would recurse once per level and overflow the stack.
TEST(XmlLimits, VeryDeepNestingIsRefusedWithoutRecursion) {
    const XmlReadResult r = from_xml(nested_items(200'000));
    EXPECT_FALSE(r.minutes);
    EXPECT_NE(r.error.find("nesting depth"), std::string::npos) << r.error;
    const Schema schema(default_schema_path());
    EXPECT_FALSE(schema.validate(nested_items(200'000)).empty());
}

TEST(XmlLimits, ElementCountIsBounded) {
    EXPECT_TRUE(from_xml(flat_elements(10), {256, 10}).minutes);
    const XmlReadResult r = from_xml(flat_elements(11), {256, 10});
    EXPECT_FALSE(r.minutes);
    EXPECT_NE(r.error.find("more than 10 elements"), std::string::npos) << r.error;
}

TEST(XmlLimits, DefaultElementCountIsAMillion) {
    EXPECT_TRUE(from_xml(flat_elements(1'000'000)).minutes);
    const XmlReadResult r = from_xml(flat_elements(1'000'001));
    EXPECT_FALSE(r.minutes);
    EXPECT_NE(r.error.find("more than 1000000 elements"), std::string::npos) << r.error;
}

TEST(XmlLimits, CustomDepth) {
    EXPECT_TRUE(from_xml(nested_items(5), {5, 100}).minutes);
    EXPECT_FALSE(from_xml(nested_items(6), {5, 100}).minutes);
}

TEST(CliLimits, TooDeepIsAFindingNamingTheFileAndTheLimit) {
    const Canary dir;
    dir.write("deep.xml", nested_items(100'000));
    for (const char* cmd : {"validate", "check"}) {
        SCOPED_TRACE(cmd);
        const RunResult r = run_mtk(std::string(cmd) + " --no-config deep.xml", dir.dir());
        EXPECT_EQ(r.exit_status, 1) << r.output();
        EXPECT_NE(r.out.find("deep.xml:1:"), std::string::npos) << r.output();
        EXPECT_NE(r.out.find("nesting depth"), std::string::npos) << r.output();
    }
}

TEST(CliLimits, TooManyElementsIsAFindingNamingTheFile) {
    const Canary dir;
    dir.write("wide.xml", flat_elements(1'500'000));
    const RunResult r = run_mtk("validate --no-config wide.xml", dir.dir());
    EXPECT_EQ(r.exit_status, 1) << r.output();
    EXPECT_NE(r.out.find("wide.xml:"), std::string::npos) << r.output();
    EXPECT_NE(r.out.find("more than 1000000 elements"), std::string::npos) << r.output();
}

TEST(CliLimits, LargerThanMaxSizeIsAnErrorNamingTheFile) {
    const Canary dir;
    dir.write("big.xml", flat_elements(300'000));  // 1.2 MB
    const RunResult r = run_mtk("validate --no-config --max-size 1 big.xml", dir.dir());
    EXPECT_EQ(r.exit_status, 2) << r.output();
    EXPECT_NE(r.err.find("big.xml"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("--max-size"), std::string::npos) << r.err;
    const RunResult stdin_run = run_mtk("validate --no-config --max-size 1 - < big.xml", dir.dir());
    EXPECT_EQ(stdin_run.exit_status, 2) << stdin_run.output();
    EXPECT_NE(stdin_run.err.find("--max-size"), std::string::npos) << stdin_run.err;
}

}  // namespace
}  // namespace mtk::hostile
