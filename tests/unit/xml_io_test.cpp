#include "mtk/xml_io.hpp"

#include <gtest/gtest.h>

#include <string>

#include "mtk/xsd.hpp"

namespace mtk {
namespace {

Minutes sample() {
    Minutes m;
    m.meta.body = "London Crime Reduction Board";
    m.meta.title = "London Crime Reduction Board - 17 January 2023 - Minutes";
    m.meta.date = "2023-01-17";
    m.meta.source = {"text", "a.txt", std::string(64, 'a')};
    PersonList present;
    present.people.push_back({"p1", "Sadiq Khan", "SK", "Mayor", "", {5, 0, ""}});
    m.attendance.present = present;
    m.attendance.apologies = PersonList{true, {}, {}};
    Item it;
    it.id = "i1";
    it.number = "1";
    it.heading = "Operational Update";
    it.origin.line = 9;
    Paragraph p;
    p.origin.line = 10;
    p.content = {{"", true, "p1"}, {" spoke about the ", false, ""}};
    p.content[0].text = "SK";
    it.content.emplace_back(p);
    it.content.emplace_back(
        Action{"a1", "1", "Met", "2014-12", ActionStatus::open, "Met to research", {11, 0, ""}});
    Decision d;
    d.id = "d1";
    d.kind = DecisionKind::motion;
    d.result = "carried";
    d.votes_for = 4;
    d.votes_against = 1;
    d.abstentions = 0;
    d.mover = "Cllr Reyes";
    d.seconder = "Cllr Whitfield";
    d.text = "Motion by Cllr Reyes, seconded by Cllr Whitfield. Carried 4-1-0.";
    d.origin.line = 12;
    it.content.emplace_back(d);
    Decision resolved;
    resolved.id = "d2";
    resolved.text = "RESOLVED: That the report be noted.";
    it.content.emplace_back(resolved);
    Item sub;
    sub.id = "i1.a";
    sub.number = "1.a";
    sub.heading = "Sub";
    it.content.emplace_back(sub);
    m.items.push_back(it);
    m.next_meetings.push_back({"2014-09-15", "11:00", "LCRB meeting", "City Hall", {20, 0, ""}});
    return m;
}

TEST(XmlIo, RoundTripKeepsEverything) {
    const std::string xml = to_xml(sample());
    XmlReadResult r = from_xml(xml);
    ASSERT_TRUE(r.minutes) << r.error;
    const Minutes& m = *r.minutes;
    EXPECT_EQ(m.meta.date, "2023-01-17");
    ASSERT_TRUE(m.attendance.present);
    EXPECT_EQ(m.attendance.present->people.at(0).initials, "SK");
    EXPECT_EQ(m.attendance.present->people.at(0).origin.line, 5);
    EXPECT_GT(m.attendance.present->people.at(0).origin.xml_line, 1);
    EXPECT_EQ(m.attendance.present->people.at(0).origin.xpath,
              "/minutes/attendance/present/person[1]");
    ASSERT_TRUE(m.attendance.apologies);
    EXPECT_TRUE(m.attendance.apologies->none);
    EXPECT_FALSE(m.attendance.in_attendance);
    ASSERT_EQ(m.items.size(), 1u);
    const auto& p = std::get<Paragraph>(m.items[0].content[0]);
    EXPECT_EQ(p.text(), "SK spoke about the ");
    EXPECT_TRUE(p.content[0].mention);
    EXPECT_EQ(p.content[0].ref, "p1");
    const auto& a = std::get<Action>(m.items[0].content[1]);
    EXPECT_EQ(a.owner, "Met");
    EXPECT_EQ(a.due, "2014-12");
    const auto& d = std::get<Decision>(m.items[0].content[2]);
    EXPECT_EQ(d.kind, DecisionKind::motion);
    EXPECT_EQ(d.result, "carried");
    EXPECT_EQ(d.votes_for, 4);
    EXPECT_EQ(d.votes_against, 1);
    EXPECT_EQ(d.abstentions, 0);
    EXPECT_EQ(d.mover, "Cllr Reyes");
    EXPECT_EQ(d.seconder, "Cllr Whitfield");
    EXPECT_EQ(d.origin.line, 12);
    EXPECT_EQ(d.origin.xpath, "/minutes/items/item[1]/decision[1]");
    const auto& resolved = std::get<Decision>(m.items[0].content[3]);
    EXPECT_EQ(resolved.kind, DecisionKind::resolution);
    EXPECT_FALSE(resolved.votes_for);
    EXPECT_EQ(resolved.result, "");
    EXPECT_EQ(std::get<Item>(m.items[0].content[4]).number, "1.a");
    EXPECT_EQ(m.next_meetings.at(0).venue, "City Hall");
    EXPECT_EQ(to_xml(m), xml);  // the one serialisation is stable
}

TEST(XmlIo, SerialisationValidatesAgainstTheSchema) {
    const Schema schema(default_schema_path());
    const auto errors = schema.validate(to_xml(sample()));
    for (const auto& e : errors) ADD_FAILURE() << e.line << ": " << e.message;
}

// Schema::validate(Minutes) hands the tree to the validator instead of parsing text: it
// must give the verdicts and messages validate(to_xml(m)) gives, lines aside.
std::vector<std::string> messages(const std::vector<SchemaError>& errors) {
    std::vector<std::string> out;
    for (const SchemaError& e : errors) out.push_back(e.message);
    return out;
}

TEST(XmlIo, ValidatingAModelAgreesWithValidatingItsXml) {
    const Schema schema(default_schema_path());
    EXPECT_TRUE(schema.validate(sample()).empty());

    Minutes bad = sample();
    bad.meta.date = "17 January 2023";                                            // not an xs:date
    bad.attendance.present->people.push_back(bad.attendance.present->people[0]);  // id twice
    auto& action = std::get<Action>(bad.items[0].content[1]);
    action.due = "next\tweek\r\n";    // white space in an attribute value
    bad.meta.time = "11:00\r\nam\r";  // CR in element text, which parsers make LF
    bad.items[0].number = "";
    const auto from_model = schema.validate(bad);
    const auto from_text = schema.validate(to_xml(bad));
    ASSERT_GE(from_text.size(), 4u);
    EXPECT_EQ(messages(from_model), messages(from_text));
    for (const SchemaError& e : from_model) EXPECT_EQ(e.line, 0) << e.message;
    // A schema validates model after model (it keeps what it learnt of the names).
    EXPECT_EQ(messages(schema.validate(bad)), messages(from_text));
    EXPECT_TRUE(schema.validate(sample()).empty());
}

TEST(XmlIo, ValidatingAModelFindsTheOneIdTwiceAmongMany) {
    const Schema schema(default_schema_path());
    Minutes m = sample();
    for (int i = 0; i < 300; ++i) {
        Item it;
        it.id = "x" + std::to_string(i);
        m.items.push_back(it);
    }
    m.items.back().id = "x7";
    const auto errors = schema.validate(m);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].message,
              "Element '{urn:mtk:minutes:1}item': Duplicate key-sequence ['x7'] in unique "
              "identity-constraint '{urn:mtk:minutes:1}uniqueItemId'.");
    EXPECT_EQ(messages(errors), messages(schema.validate(to_xml(m))));
}

TEST(XmlIo, SchemaRejectsUnknownElementsWithLine) {
    const Schema schema(default_schema_path());
    const std::string bad =
        "<minutes xmlns=\"urn:mtk:minutes:1\" version=\"1.0\">\n"
        "<meta><source format=\"text\" name=\"a\"/></meta>\n"
        "<items/>\n<bogus/>\n</minutes>\n";
    const auto errors = schema.validate(bad);
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(errors[0].line, 4);
    EXPECT_NE(errors[0].message.find("bogus"), std::string::npos);
}

TEST(XmlIo, RefusesDoctypeAndBrokenXml) {
    auto r = from_xml(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY x SYSTEM "
        "\"file:///etc/passwd\">]>\n<minutes>&x;</minutes>");
    EXPECT_FALSE(r.minutes);
    EXPECT_EQ(r.line, 2);
    auto broken = from_xml("<minutes>\n<meta>\n</minutes>");
    EXPECT_FALSE(broken.minutes);
    EXPECT_NE(broken.error.find("not well-formed"), std::string::npos);
}

TEST(XmlIo, SchemaNeverReadsExternalEntities) {
    const Schema schema(default_schema_path());
    const auto errors = schema.validate(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE minutes [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
        "<minutes xmlns=\"urn:mtk:minutes:1\" version=\"1.0\"><meta><body>&x;</body>"
        "<source format=\"text\" name=\"a\"/></meta><items/></minutes>");
    for (const auto& e : errors) EXPECT_EQ(e.message.find("root:"), std::string::npos) << e.message;
}

}  // namespace
}  // namespace mtk

namespace mtk {
namespace {

TEST(XmlIo, ControlCharactersBecomeReplacementCharacters) {
    Minutes m;
    m.meta.title = std::string("Minutes\x1d of\x01 the board \xEF\xBF\xBE");
    m.meta.source = {"text", "a\x02.txt", ""};
    const std::string xml = to_xml(m);
    XmlReadResult r = from_xml(xml);
    ASSERT_TRUE(r.minutes) << r.error;
    EXPECT_EQ(r.minutes->meta.title, "Minutes\xEF\xBF\xBD of\xEF\xBF\xBD the board \xEF\xBF\xBD");
    const Schema schema(default_schema_path());
    EXPECT_TRUE(schema.validate(xml).empty());
}

// A control character is found wherever it stands among tabs and line ends, which stay.
TEST(XmlIo, ControlCharactersAmongTabsAndLineEndsAreReplaced) {
    for (int c = 1; c < 0x20; ++c) {
        if (c == '\t' || c == '\n' || c == '\r') continue;
        for (std::size_t at = 0; at < 16; ++at) {
            Minutes m;
            m.meta.title = "\tA\nB\tC\nD\tE\nF\tG\nH";
            m.meta.title[at] = char(c);
            const std::string xml = to_xml(m);
            EXPECT_EQ(xml.find(char(c)), std::string::npos) << c << " at " << at;
            EXPECT_NE(xml.find("\xEF\xBF\xBD"), std::string::npos) << c << " at " << at;
        }
    }
    Minutes plain;
    plain.meta.title = "\tA\nB\tC\nD\tE\nF\tG\nH";
    EXPECT_NE(to_xml(plain).find(plain.meta.title), std::string::npos);
}

// The test for what needs cleaning reads eight bytes at a time: a forbidden byte at any
// place of a long value, or a U+FFFE straddling two chunks, is still found.
TEST(XmlIo, ControlCharactersAreFoundAtEveryPosition) {
    for (std::size_t at = 0; at < 20; ++at) {
        for (const std::string bad : {"\x01", "\x1f", "\xEF\xBF\xBF"}) {
            Minutes m;
            m.meta.source = {"text", "a.txt", ""};
            m.meta.title = std::string(at, 'a') + bad + std::string(9, 'b');
            const XmlReadResult r = from_xml(to_xml(m));
            ASSERT_TRUE(r.minutes) << r.error;
            EXPECT_EQ(r.minutes->meta.title,
                      std::string(at, 'a') + "\xEF\xBF\xBD" + std::string(9, 'b'))
                << "at " << at;
        }
    }
    Minutes m;  // tabs, newlines and other UTF-8 stay as they are
    m.meta.source = {"text", "a.txt", ""};
    m.meta.title = "one\ttwo three\u00e9 four\u2019s five six seven";
    const XmlReadResult r = from_xml(to_xml(m));
    ASSERT_TRUE(r.minutes) << r.error;
    EXPECT_EQ(r.minutes->meta.title, m.meta.title);
}

}  // namespace
}  // namespace mtk
