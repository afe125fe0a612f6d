// The XSD check: threads that each compile their own Schema (as the rule engine's workers
// do) must not race in libxml2's lazy initialisation. Under the sanitizer build a race
// shows as a leak or a heap error; in every build the results must agree.
#include "mtk/xsd.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace {

constexpr std::string_view kValid = R"(<minutes xmlns="urn:mtk:minutes:1" version="1.0">
  <meta><date>2023-01-17</date><source format="text" name="a.txt"/></meta><items/></minutes>)";
constexpr std::string_view kInvalid = R"(<minutes xmlns="urn:mtk:minutes:1" version="1.0">
  <meta><date>17 January 2023</date><source format="text" name="a.txt"/></meta><items/></minutes>)";

TEST(Schema, ThreadsCompilingTheirOwnSchemasAgree) {
    constexpr int kThreads = 4;
    std::vector<std::size_t> valid_errors(kThreads), invalid_errors(kThreads);
    {
        std::vector<std::jthread> threads;
        for (int t = 0; t < kThreads; ++t)
            threads.emplace_back([&, t] {
                const mtk::Schema schema(mtk::default_schema_path());
                valid_errors[t] = schema.validate(kValid).size();
                invalid_errors[t] = schema.validate(kInvalid).size();
            });
    }
    for (int t = 0; t < kThreads; ++t) {
        EXPECT_EQ(valid_errors[t], 0u) << "thread " << t;
        EXPECT_EQ(invalid_errors[t], 1u) << "thread " << t;
    }
}

// The document is validated as it streams: each error still points at the start tag of its
// element, whether the validator finds it at the start tag (an unexpected element) or at
// the end tag (a wrong date, a missing child, a duplicate id).
TEST(Schema, ErrorsPointAtTheStartTagOfTheirElement) {
    const mtk::Schema schema(mtk::default_schema_path());
    const std::string xml = R"(<minutes xmlns="urn:mtk:minutes:1" version="1.0">
  <meta>
    <date>17 January
      2023</date>
    <source format="text" name="a.txt"/>
  </meta>
  <attendance>
    <present>
      <person id="p1"><name>Ann Lee</name></person>
      <person id="p1">
        <name>Bo Chan</name>
      </person>
      <person id="p3">
      </person>
    </present>
  </attendance>
  <items><bogus/></items>
</minutes>)";
    const auto errors = schema.validate(xml);
    std::vector<int> lines;
    for (const mtk::SchemaError& e : errors) lines.push_back(e.line);
    ASSERT_EQ(errors.size(), 4u) << errors.front().message;
    EXPECT_EQ(lines, (std::vector<int>{3, 10, 13, 17}));
    EXPECT_NE(errors[0].message.find("date'"), std::string::npos) << errors[0].message;
    EXPECT_NE(errors[1].message.find("Duplicate"), std::string::npos) << errors[1].message;
    EXPECT_NE(errors[2].message.find("Missing child"), std::string::npos) << errors[2].message;
    EXPECT_NE(errors[3].message.find("bogus"), std::string::npos) << errors[3].message;
}

TEST(Schema, ADocumentThatIsNotWellFormedYieldsItsParseError) {
    const mtk::Schema schema(mtk::default_schema_path());
    const auto errors = schema.validate(
        "<minutes xmlns=\"urn:mtk:minutes:1\" version=\"1.0\">\n<meta>\n</minutes>");
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(errors[0].line, 3);
    EXPECT_NE(errors[0].message.find("mismatch"), std::string::npos) << errors[0].message;
}

}  // namespace
