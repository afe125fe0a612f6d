// Scraped pages with entity tricks and references to files and the network. The HTML
// converter must not load anything, and whatever it emits must be well-formed XML.
#include <gtest/gtest.h>
#include <libxml/parser.h>

#include <string>
#include <vector>

#include "hostile.hpp"
#include "mtk/converters/registry.hpp"
#include "mtk/xml_io.hpp"

namespace mtk::hostile {
namespace {

struct Page {
    std::string name;
    std::string html;
};

std::string page(std::string_view head, std::string_view body,
                 std::string_view prolog = "<!DOCTYPE html>\n") {
    return std::string(prolog) + "<html><head><title>Board - 17 January 2023 - Minutes</title>" +
           std::string(head) +
           "</head><body><h1>Board meeting 17 January 2023</h1>\n<h2>Present</h2>\n" +
           "<p>Jane Smith (Chair)</p>\n<h2>1. Welcome</h2>\n<p>" + std::string(body) +
           "</p>\n</body></html>\n";
}

std::vector<Page> pages(const Canary& c, const LoopbackListener& net) {
    const std::string file = "file://" + c.secret_file().string();
    std::string many(200'000, 'x');
    for (std::size_t i = 0; i < many.size(); i += 5) many.replace(i, 5, "&amp;");
    return {
        {"xxe_internal_subset", page("", "&xxe; and &ext;",
                                     "<!DOCTYPE html [<!ENTITY xxe SYSTEM \"" + file +
                                         "\"><!ENTITY ext SYSTEM \"" + net.url("e") + "\">]>\n")},
        {"external_dtd", page("", "text", "<!DOCTYPE html SYSTEM \"" + net.url("h.dtd") + "\">\n")},
        {"resources",
         page("<link rel=\"stylesheet\" href=\"" + net.url("s.css") + "\"><base href=\"" +
                  net.url("") + "\"><script src=\"" + net.url("x.js") + "\"></script>",
              "<img src=\"" + net.url("i.png") + "\"><iframe src=\"" + file +
                  "\"></iframe><object data=\"" + file + "\"></object><svg><use href=\"" + file +
                  "#x\"/></svg>")},
        {"xinclude", page("", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" +
                                  file + "\" parse=\"text\"/>")},
        {"numeric_references",
         page("",
              "nul &#0; &#x0; surrogate &#xD800; &#55296; too big &#x110000; &#1114112; "
              "huge &#99999999999999999999999; &#xFFFFFFFFFFFFFFFFF; empty &#; &#x; control &#1; "
              "&#x1B; "
              "&#xFFFE; &#xFFFF;")},
        {"named_references", page("",
                                  "&nbsp &amp;lt;script&amp;gt; &lt;!DOCTYPE x [&lt;!ENTITY a "
                                  "SYSTEM 'file:///etc/passwd'&gt;]&gt; "
                                  "&unknown; &AMP; &NotANamedEntityButVeryLong;&;&&;&#")},
        {"raw_controls", page("", std::string("bell \x07 nul-free controls \x01\x02\x1b\x7f end"))},
        {"many_entities", page("", many)},
        {"cdata_and_comments",
         page("", "<![CDATA[<!ENTITY x SYSTEM \"" + file + "\">]]><!-- &xxe; --><?php echo 1; ?>")},
    };
}

bool well_formed(const std::string& xml) {
    xmlDocPtr doc = xmlReadMemory(xml.data(), int(xml.size()), "out.xml", "UTF-8",
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    xmlFreeDoc(doc);
    return doc != nullptr;
}

class HtmlHostile : public ::testing::Test {
  protected:
    Canary canary;
    LoopbackListener net;

    void expect_no_secret(const std::string& text, const std::string& where) const {
        EXPECT_EQ(text.find(canary.secret()), std::string::npos)
            << "the secret leaked into " << where;
    }
};

TEST_F(HtmlHostile, ConverterLoadsNothingAndEmitsWellFormedXml) {
    for (const Page& p : pages(canary, net)) {
        for (const char* format : {"html", "auto"}) {
            SCOPED_TRACE(p.name + " --from " + format);
            const converters::ConvertResult r =
                converters::convert({p.name + ".html", p.html}, format);
            EXPECT_NE(r.minutes.has_value(), !r.error.empty()) << "a model or an error, never both";
            expect_no_secret(r.error, "the error");
            if (r.minutes) {
                const std::string xml = to_xml(*r.minutes);
                expect_no_secret(xml, "the output");
                EXPECT_TRUE(well_formed(xml)) << xml;
            }
            EXPECT_FALSE(net.contacted());
        }
    }
}

TEST_F(HtmlHostile, CliLoadsNothingAndLeaksNothing) {
    for (const Page& p : pages(canary, net)) {
        const std::string file = p.name + ".html";
        canary.write(file, p.html);
        for (const std::string args : {"convert --from html ", "convert ", "check --no-config "}) {
            SCOPED_TRACE(args + file);
            const RunResult r = run_mtk(args + quoted(file), canary.dir());
            ASSERT_GE(r.exit_status, 0) << "mtk was killed:\n" << r.output();
            EXPECT_LE(r.exit_status, 2) << r.output();
            expect_no_secret(r.output(), "mtk " + args);
            if (args.starts_with("convert") && r.exit_status == 0) {
                EXPECT_TRUE(well_formed(r.out)) << r.output();
            }
            EXPECT_FALSE(net.contacted());
        }
    }
}

}  // namespace
}  // namespace mtk::hostile
