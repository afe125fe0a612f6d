// The XSD check: threads that each compile their own Schema (as the rule engine's workers
// do) must not race in libxml2's lazy initialisation. Under the sanitizer build a race
// shows as a leak or a heap error; in every build the results must agree.
#include "mtk/xsd.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
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

// An item is an optional heading, then paragraphs, lists, actions, decisions, items and
// extensions in any order and number; a misplaced element is reported with what may come
// there instead.
TEST(Schema, AnItemsContentIsAHeadingThenAnyBlocksInAnyOrder) {
    const mtk::Schema schema(mtk::default_schema_path());
    const auto minutes = [](std::string_view item) {
        return R"(<minutes xmlns="urn:mtk:minutes:1" version="1.0"><meta><source format="text" )"
               R"(name="a.txt"/></meta><items><item id="i1">)" +
               std::string(item) + "</item></items></minutes>";
    };
    EXPECT_TRUE(schema.validate(minutes("")).empty());
    EXPECT_TRUE(schema
                    .validate(minutes(R"(<heading>H</heading><p>a</p><action id="a1">x</action>)"
                                      R"(<p>b</p><item id="i2"><p>c</p></item><p>d</p>)"
                                      R"(<decision id="d1" kind="motion">m</decision>)"
                                      R"(<list><li>e</li></list><extension/><p>f</p>)"))
                    .empty());
    const auto late = schema.validate(minutes("<p>a</p><heading>H</heading>"));
    ASSERT_EQ(late.size(), 1u);
    EXPECT_NE(late[0].message.find("heading': This element is not expected. Expected is one of "
                                   "( {urn:mtk:minutes:1}p, {urn:mtk:minutes:1}list, "),
              std::string::npos)
        << late[0].message;
    EXPECT_EQ(schema.validate(minutes("<heading>H</heading><heading>I</heading>")).size(), 1u);
}

TEST(Schema, ADocumentThatIsNotWellFormedYieldsItsParseError) {
    const mtk::Schema schema(mtk::default_schema_path());
    const auto errors = schema.validate(
        "<minutes xmlns=\"urn:mtk:minutes:1\" version=\"1.0\">\n<meta>\n</minutes>");
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(errors[0].line, 3);
    EXPECT_NE(errors[0].message.find("mismatch"), std::string::npos) << errors[0].message;
}

// One Schema validates document after document with one validation context: what a
// document leaves behind (an unfinished element, a DOCTYPE, errors) does not reach the next.
TEST(Schema, EachDocumentIsValidatedAfreshByAUsedSchema) {
    const mtk::Schema used(mtk::default_schema_path());
    const std::string unfinished =
        "<minutes xmlns=\"urn:mtk:minutes:1\" version=\"1.0\"><meta><date>2023";
    const std::string doctype = "<!DOCTYPE minutes>\n" + std::string(kValid);
    EXPECT_FALSE(used.validate(unfinished).empty());
    EXPECT_FALSE(used.validate(doctype).empty());
    EXPECT_FALSE(used.validate(kInvalid).empty());
    for (const std::string_view xml :
         {kValid, kInvalid, std::string_view(unfinished), std::string_view(doctype), kValid}) {
        const mtk::Schema fresh(mtk::default_schema_path());
        const auto got = used.validate(xml);
        const auto want = fresh.validate(xml);
        ASSERT_EQ(got.size(), want.size()) << xml;
        for (std::size_t i = 0; i < got.size(); ++i) {
            EXPECT_EQ(got[i].message, want[i].message);
            EXPECT_EQ(got[i].line, want[i].line);
        }
    }
}

// The real schema's four uniqueness constraints (checked natively, see core/src/xsd_unique):
// items nest, and each kind of id is unique on its own.
TEST(Schema, IdsAreUniquePerKindAcrossNestedItems) {
    const mtk::Schema schema(mtk::default_schema_path());
    const std::string xml = R"(<minutes xmlns="urn:mtk:minutes:1" version="1.0">
  <meta><date>2023-01-17</date><source format="text" name="a.txt"/></meta>
  <items>
    <item id="i1"><heading>One</heading>
      <action id="a1">Do it</action>
      <item id="i2"><heading>Two</heading>
        <action id="a1">Again</action>
      </item>
    </item>
    <item id="i2"><heading>Three</heading>
      <action id="i1">Other kind, same id</action>
    </item>
  </items>
</minutes>)";
    const auto errors = schema.validate(xml);
    std::vector<std::pair<int, std::string>> got;
    for (const mtk::SchemaError& e : errors) got.emplace_back(e.line, e.message);
    ASSERT_EQ(got.size(), 2u) << (got.empty() ? "" : got.front().second);
    EXPECT_EQ(got[0].first, 7);
    EXPECT_EQ(got[0].second,
              "Element '{urn:mtk:minutes:1}action': Duplicate key-sequence ['a1'] in unique "
              "identity-constraint '{urn:mtk:minutes:1}uniqueActionId'.");
    EXPECT_EQ(got[1].first, 10);
    EXPECT_NE(got[1].second.find("uniqueItemId"), std::string::npos) << got[1].second;
}

// roster.xsd's constraint selects the roster's children ("r:person"): checked natively too,
// and a streamed document that ends inside a person (not well-formed) yields its parse error
// (libxml2 2.9 leaked its constraint state there: the sanitizer build would report it).
TEST(Schema, RosterInitialsAreUniqueAmongItsPeople) {
    const mtk::Schema schema(
        (std::filesystem::path(mtk::default_schema_path()).parent_path() / "roster.xsd").string());
    const auto errors = schema.validate(R"(<roster xmlns="urn:mtk:roster:1">
  <person initials="SK"><name>Sadiq Khan</name></person>
  <person initials="SK"><name>Sophie Kemp</name></person>
</roster>)");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].line, 3);
    EXPECT_NE(errors[0].message.find("Duplicate key-sequence ['SK']"), std::string::npos)
        << errors[0].message;
    const auto broken = schema.validate(
        "<r:roster xmlns:r=\"urn:mtk:roster:1\"><r:person><r:name>A</r:name></r:person><person/>");
    ASSERT_FALSE(broken.empty());
    EXPECT_EQ(broken[0].line, 1);
}

// A schema file for the tests below.
std::string write_schema(const std::string& name, const std::string& text) {
    const auto path = std::filesystem::temp_directory_path() / name;
    std::ofstream(path) << text;
    return path.string();
}

constexpr std::string_view kListSchemaHead =
    R"(<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:t="urn:t" targetNamespace="urn:t" elementFormDefault="qualified">
  <xs:element name="list">
    <xs:complexType><xs:sequence>
      <xs:element name="group" maxOccurs="unbounded"><xs:complexType><xs:sequence>
        <xs:element name="e" maxOccurs="unbounded"><xs:complexType>
          <xs:attribute name="k" type="xs:string"/></xs:complexType></xs:element>
      </xs:sequence></xs:complexType></xs:element>
    </xs:sequence></xs:complexType>
)";

constexpr std::string_view kList = R"(<list xmlns="urn:t">
  <group><e k="x"/><e k="y"/></group>
  <group><e k=" x "/></group>
</list>)";

// A constraint of another form stays with libxml2, and is still enforced; one of the simple
// form compares keys with their white space collapsed.
TEST(Schema, EveryFormOfUniquenessConstraintIsEnforced) {
    const std::string simple = write_schema("mtk-xsd-simple.xsd", std::string(kListSchemaHead) + R"(
    <xs:unique name="u"><xs:selector xpath=".//t:e"/><xs:field xpath="@k"/></xs:unique>
  </xs:element>
</xs:schema>)");
    const std::string path_form =
        write_schema("mtk-xsd-path.xsd", std::string(kListSchemaHead) + R"(
    <xs:unique name="u"><xs:selector xpath="t:group/t:e"/><xs:field xpath="@k"/></xs:unique>
  </xs:element>
</xs:schema>)");
    const auto simple_errors = mtk::Schema(simple).validate(kList);
    ASSERT_EQ(simple_errors.size(), 1u);
    EXPECT_EQ(simple_errors[0].line, 3);
    EXPECT_EQ(simple_errors[0].message,
              "Element '{urn:t}e': Duplicate key-sequence ['x'] in unique identity-constraint "
              "'{urn:t}u'.");
    // libxml2 compares the xs:string keys as written: " x " is another key.
    EXPECT_TRUE(mtk::Schema(path_form).validate(kList).empty());
    const std::string duplicate = R"(<list xmlns="urn:t">
  <group><e k="x"/><e k="x"/></group>
</list>)";
    const auto path_errors = mtk::Schema(path_form).validate(duplicate);
    ASSERT_EQ(path_errors.size(), 1u);
    EXPECT_NE(path_errors[0].message.find("Duplicate key-sequence ['x']"), std::string::npos)
        << path_errors[0].message;
    std::filesystem::remove(simple);
    std::filesystem::remove(path_form);
}

// A constraint that an xs:keyref refers to stays with libxml2 even in the simple form: the
// keyref needs it, and its keys are compared as written.
TEST(Schema, AConstraintAKeyrefRefersToStaysWithLibxml2) {
    const std::string referred =
        write_schema("mtk-xsd-referred.xsd", std::string(kListSchemaHead) + R"(
    <xs:unique name="u"><xs:selector xpath=".//t:e"/><xs:field xpath="@k"/></xs:unique>
    <xs:keyref name="r" refer="t:u"><xs:selector xpath=".//t:e"/><xs:field xpath="@k"/></xs:keyref>
  </xs:element>
</xs:schema>)");
    const mtk::Schema schema(referred);
    EXPECT_TRUE(schema.validate(kList).empty());  // " x " is not "x" for libxml2
    const auto errors = schema.validate(R"(<list xmlns="urn:t">
  <group><e k="x"/><e k="x"/></group>
</list>)");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_NE(errors[0].message.find("Duplicate key-sequence ['x']"), std::string::npos)
        << errors[0].message;
    std::filesystem::remove(referred);
}

}  // namespace
