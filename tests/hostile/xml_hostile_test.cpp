// Minutes XML that tries to read a file, reach the network, expand entities, include
// other documents or bring its own schema. mtk must refuse or report it, never load
// anything, never print the canary's secret and never take long.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "hostile.hpp"
#include "mtk/xml_io.hpp"
#include "mtk/xsd.hpp"

namespace mtk::hostile {
namespace {

struct Case {
    std::string name;
    std::string xml;
    bool refused;  ///< mtk must report a finding or an error (else only: nothing leaks)
};

std::string dtd(std::string_view internal_subset) {
    return "<!DOCTYPE minutes [\n" + std::string(internal_subset) + "\n]>\n";
}

// A schema that accepts anything: if it were used instead of ours, <bogus/> would pass.
constexpr std::string_view kPermissiveXsd = R"(<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:mtk:minutes:1">
  <xs:element name="minutes"><xs:complexType><xs:sequence>
    <xs:any processContents="skip" minOccurs="0" maxOccurs="unbounded"/>
  </xs:sequence><xs:anyAttribute processContents="skip"/></xs:complexType></xs:element>
</xs:schema>
)";

std::string billion_laughs() {
    std::string s = "<!ENTITY lol0 \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        s += "<!ENTITY lol" + std::to_string(i) + " \"";
        for (int k = 0; k < 10; ++k) s += "&lol" + std::to_string(i - 1) + ";";
        s += "\">\n";
    }
    return dtd(s);
}

std::vector<Case> cases(const Canary& c, const LoopbackListener& net) {
    const std::string file = "file://" + c.secret_file().string();
    const std::string xsd = c.write("evil.xsd", kPermissiveXsd).string();
    const std::string xsi = "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ";
    const std::string bogus = "T</title><bogus/><title>T";  // invalid for our schema
    std::string quadratic = "<!ENTITY a \"" + std::string(50'000, 'a') + "\">";
    std::string many_refs;
    for (int i = 0; i < 20'000; ++i) many_refs += "&a;";
    return {
        {"xxe_file", minutes_xml("&xxe;", dtd("<!ENTITY xxe SYSTEM \"" + file + "\">")), true},
        {"xxe_file_relative", minutes_xml("&xxe;", dtd("<!ENTITY xxe SYSTEM \"secret.txt\">")),
         true},
        {"xxe_etc_passwd", minutes_xml("&xxe;", dtd("<!ENTITY xxe SYSTEM \"file:///etc/passwd\">")),
         true},
        {"xxe_network",
         minutes_xml("&xxe;", dtd("<!ENTITY xxe SYSTEM \"" + net.url("xxe") + "\">")), true},
        {"xxe_in_attribute",
         minutes_xml("T", dtd("<!ENTITY xxe SYSTEM \"" + file + "\">"), "id=\"&xxe;\""), true},
        {"external_dtd_file", minutes_xml("T", "<!DOCTYPE minutes SYSTEM \"" + file + "\">\n"),
         true},
        {"external_dtd_network",
         minutes_xml("T", "<!DOCTYPE minutes SYSTEM \"" + net.url("x.dtd") + "\">\n"), true},
        {"public_dtd_network",
         minutes_xml(
             "T", "<!DOCTYPE minutes PUBLIC \"-//X//DTD X//EN\" \"" + net.url("p.dtd") + "\">\n"),
         true},
        {"parameter_entity_file",
         minutes_xml("T", dtd("<!ENTITY % p SYSTEM \"" + file + "\"> %p;")), true},
        {"parameter_entity_network",
         minutes_xml("T", dtd("<!ENTITY % p SYSTEM \"" + net.url("p") + "\"> %p;")), true},
        // The error-based exfiltration: the secret would appear in "cannot load" messages.
        {"error_based_exfiltration",
         minutes_xml(
             "T", dtd("<!ENTITY % f SYSTEM \"" + file +
                      "\">\n<!ENTITY % e \"<!ENTITY &#x25; x SYSTEM 'file:///nonexistent/%f;'>\">\n"
                      "%e;\n%x;")),
         true},
        {"billion_laughs", minutes_xml("&lol9;", billion_laughs()), true},
        {"quadratic_blowup", minutes_xml(many_refs, dtd(quadratic)), true},
        {"xinclude_file",
         minutes_xml("T</title><xi:include href=\"" + file + "\" parse=\"text\"/><title>T", {},
                     "xmlns:xi=\"http://www.w3.org/2001/XInclude\""),
         true},
        {"xinclude_network",
         minutes_xml("T</title><xi:include href=\"" + net.url("xi") + "\"/><title>T", {},
                     "xmlns:xi=\"http://www.w3.org/2001/XInclude\""),
         true},
        {"schema_location_network",
         minutes_xml(bogus, {},
                     xsi + "xsi:schemaLocation=\"urn:mtk:minutes:1 " + net.url("evil.xsd") + "\""),
         true},
        {"schema_location_file",
         minutes_xml(bogus, {},
                     xsi + "xsi:schemaLocation=\"urn:mtk:minutes:1 file://" + xsd + "\""),
         true},
        {"no_namespace_schema_location",
         minutes_xml(bogus, {}, xsi + "xsi:noNamespaceSchemaLocation=\"" + xsd + "\""), true},
        {"stylesheet_pi",
         minutes_xml("T",
                     "<?xml-stylesheet type=\"text/xsl\" href=\"" + net.url("s.xsl") + "\"?>\n"),
         false},
    };
}

class XmlHostile : public ::testing::Test {
  protected:
    Canary canary;
    LoopbackListener net;

    void expect_no_secret(const std::string& text, const std::string& where) const {
        EXPECT_EQ(text.find(canary.secret()), std::string::npos)
            << "the secret leaked into " << where;
        EXPECT_EQ(text.find("root:x:0:0"), std::string::npos)
            << "/etc/passwd leaked into " << where;
    }
};

TEST_F(XmlHostile, ReaderRefusesOrReadsNothingExternal) {
    for (const Case& c : cases(canary, net)) {
        SCOPED_TRACE(c.name);
        const XmlReadResult r = from_xml(c.xml);
        expect_no_secret(r.error, "the error");
        if (c.xml.find("<!DOCTYPE") != std::string::npos) {
            EXPECT_FALSE(r.minutes);
            EXPECT_NE(r.error.find("DOCTYPE"), std::string::npos) << r.error;
        }
        if (r.minutes) expect_no_secret(to_xml(*r.minutes), "the model");
        EXPECT_FALSE(net.contacted());
    }
}

TEST_F(XmlHostile, SchemaCheckLoadsNothingAndUsesOnlyOurSchema) {
    const Schema schema(default_schema_path());
    for (const Case& c : cases(canary, net)) {
        SCOPED_TRACE(c.name);
        const std::vector<SchemaError> errors = schema.validate(c.xml);
        for (const SchemaError& e : errors) expect_no_secret(e.message, "a schema error");
        // Refused: not well-formed under libxml2's own guards, or a DOCTYPE at all.
        if (c.xml.find("<!DOCTYPE") != std::string::npos) {
            EXPECT_FALSE(errors.empty());
        }
        if (c.xml.find("<bogus/>") != std::string::npos) {
            EXPECT_FALSE(errors.empty()) << "our XSD was not used";
        }
        EXPECT_FALSE(net.contacted());
    }
}

TEST_F(XmlHostile, ValidateAndCheckReportAndLeakNothing) {
    for (const Case& c : cases(canary, net)) {
        const std::string file = c.name + ".xml";
        canary.write(file, c.xml);
        for (const char* cmd : {"validate", "check"}) {
            SCOPED_TRACE(c.name + " " + cmd);
            const RunResult r =
                run_mtk(std::string(cmd) + " --no-config " + quoted(file), canary.dir());
            ASSERT_GE(r.exit_status, 0) << "mtk was killed:\n" << r.output();
            EXPECT_LE(r.exit_status, c.refused ? 2 : 1) << r.output();
            if (c.refused) {
                EXPECT_GE(r.exit_status, 1) << "no finding, no error:\n" << r.output();
                EXPECT_NE(r.output().find(file), std::string::npos) << "the file is not named:\n"
                                                                    << r.output();
            }
            expect_no_secret(r.output(), std::string("mtk ") + cmd);
            EXPECT_FALSE(net.contacted());
        }
    }
}

TEST_F(XmlHostile, ConvertDoesNotFollowReferencesInXmlInput) {
    for (const Case& c : cases(canary, net)) {
        SCOPED_TRACE(c.name);
        canary.write("in.xml", c.xml);
        const RunResult r = run_mtk("convert in.xml", canary.dir());
        ASSERT_GE(r.exit_status, 0) << "mtk was killed:\n" << r.output();
        EXPECT_LE(r.exit_status, 2);
        expect_no_secret(r.output(), "mtk convert");
        EXPECT_FALSE(net.contacted());
    }
}

}  // namespace
}  // namespace mtk::hostile
