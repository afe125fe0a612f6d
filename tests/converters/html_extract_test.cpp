// The HTML converter's DOM -> logical lines step (converters/src/html), without the
// layout assembler: what each kind of markup becomes, what is dropped as page furniture,
// which line each logical line points at, and how bad pages are survived.
#include <gtest/gtest.h>
#include <libxml/HTMLparser.h>

#include <string>

#include "html/blocks.hpp"
#include "html/charset.hpp"
#include "html/dom.hpp"
#include "html/main_content.hpp"
#include "html/parse.hpp"

namespace mtk::converters::html {
namespace {

using Kind = SourceLine::Kind;

std::vector<SourceLine> lines_of(std::string_view bytes) {
    const DecodedPage page = decode_page(bytes);
    const ParsedHtml parsed = parse_html(page.decoded.text);
    const PageLayout layout(parsed.doc());
    return extract_lines(parsed, layout);
}

// One line per SourceLine: "H2 text" (heading), "T text", "L1 text" (list item),
// "R a|b" ("RH" for a header row), "-" (blank).
std::string render(const std::vector<SourceLine>& lines) {
    std::string out;
    for (const SourceLine& l : lines) {
        switch (l.kind) {
            case Kind::heading:
                out += "H" + std::to_string(l.level) + " " + l.text;
                break;
            case Kind::text:
                out += "T " + l.text;
                break;
            case Kind::list_item:
                out += "L" + std::to_string(l.level) + " " + l.text;
                break;
            case Kind::table_row: {
                out += l.header_row ? "RH " : "R ";
                for (std::size_t i = 0; i < l.cells.size(); ++i) out += (i ? "|" : "") + l.cells[i];
                break;
            }
            case Kind::blank:
                out += "-";
                break;
            case Kind::meta:
                out += "M " + l.cells.at(0) + "=" + l.cells.at(1);
                break;
        }
        out += '\n';
    }
    return out;
}

std::string render(std::string_view html) {
    return render(lines_of(html));
}

TEST(HtmlExtract, HeadingsParagraphsAndLineBreaks) {
    EXPECT_EQ(render("<h1>Board  meeting</h1><h3>Item 1</h3><p>First\nparagraph.</p>"
                     "<p>Name One, Role<br>Name Two, Role</p>"),
              "H1 Board meeting\n-\nH3 Item 1\n-\nT First paragraph.\n-\n"
              "T Name One, Role\nT Name Two, Role\n");
}

TEST(HtmlExtract, LinesPointAtTheFirstCharacterInTheFile) {
    const auto lines = lines_of(
        "<html>\n<body>\n<h1>\nTitle</h1>\n<p>one\ntwo &amp; three\nfour<br>\n\nfive</p>\n"
        "<ul>\n<li>a</li>\n<li>\n\nb</li></ul>");
    ASSERT_EQ(render(lines), "H1 Title\n-\nT one two & three four\nT five\n-\nL1 a\nL1 b\n");
    EXPECT_EQ(lines[0].line, 4);
    EXPECT_EQ(lines[2].line, 5);
    EXPECT_EQ(lines[3].line, 9);
    EXPECT_EQ(lines[5].line, 11);
    EXPECT_EQ(lines[6].line, 14);
}

TEST(HtmlExtract, LinesBeyondLibxml2s16BitLimit) {
    std::string page = "<p>start</p>";
    page.append(70000, '\n');
    page += "<h2>far</h2>\n<p>\n\nfarther</p>";
    const auto lines = lines_of(page);
    ASSERT_EQ(render(lines), "T start\n-\nH2 far\n-\nT farther\n");
    EXPECT_EQ(lines[2].line, 70001);
    EXPECT_EQ(lines[4].line, 70004);
}

TEST(HtmlExtract, NestedListsCarryTheirLevel) {
    EXPECT_EQ(render("<ul><li>one<ul><li>one.a</li><li>one.b<ol><li>deep</li></ol></li></ul></li>"
                     "<li><p>two</p><p>continued</p></li></ul><p>after</p>"),
              "L1 one\nL2 one.a\nL2 one.b\nL3 deep\nL1 two continued\n-\nT after\n");
}

TEST(HtmlExtract, DataTablesGiveRowsWithCells) {
    EXPECT_EQ(render("<table><caption>Attendance</caption><thead><tr><th>Name</th><th>Role</th>"
                     "</tr></thead><tbody><tr><td>Jane  Doe</td><td><p>Chair</p></td></tr>"
                     "<tr><td></td><td></td></tr><tr><td>A N Other</td><td>Clerk<br>(minutes)"
                     "</td></tr></tbody></table><p>after</p>"),
              "H6 Attendance\nRH Name|Role\nR Jane Doe|Chair\nR A N Other|Clerk (minutes)\n-\n"
              "T after\n");
}

TEST(HtmlExtract, LineFlagsForTheAssembler) {
    const auto lines = lines_of(
        "<h1>M</h1><p>Ann, Chair<br>Bob, Clerk<br><br>New paragraph</p>"
        "<ol start=3><li>third</li><li value=7>seventh<ol type=a><li>sub</li></ol></li></ol>"
        "<ol type=I><li>one</li><li>two</li></ol><ul><li>bullet</li></ul>"
        "<p><a href=\"#i1\">Item 1 - Update</a></p><p>See <a href=\"#i1\">item 1</a></p>"
        "<p><strong>Bold line</strong></p>");
    ASSERT_EQ(render(lines),
              "H1 M\n-\nT Ann, Chair\nT Bob, Clerk\n-\nT New paragraph\n-\nL1 third\nL1 seventh\n"
              "L2 sub\n-\nL1 one\nL1 two\n-\nL1 bullet\n-\nT Item 1 - Update\n-\nT See item 1\n-\n"
              "H6 Bold line\n");
    EXPECT_FALSE(lines[2].continuation);
    EXPECT_TRUE(lines[3].continuation);   // after <br>
    EXPECT_FALSE(lines[5].continuation);  // after <br><br>
    EXPECT_EQ(lines[7].marker, "3.");
    EXPECT_EQ(lines[8].marker, "7.");
    EXPECT_EQ(lines[9].marker, "a.");
    EXPECT_EQ(lines[11].marker, "I.");
    EXPECT_EQ(lines[12].marker, "II.");
    EXPECT_EQ(lines[14].marker, "");
    EXPECT_EQ(lines[16].href, "#i1");  // the whole line is one link: a contents entry
    EXPECT_EQ(lines[18].href, "");
    EXPECT_TRUE(lines[20].emphasised);
    EXPECT_FALSE(lines[18].emphasised);
}

TEST(HtmlExtract, NumberedItemsHoldingHeadingsKeepTheirNumberOnTheHeading) {
    EXPECT_EQ(render("<h1>M</h1><ol><li><h2>Apologies</h2><p>None.</p></li>"
                     "<li><h2>Minutes</h2><p>Agreed.</p></li></ol>"),
              "H1 M\n-\nH2 1. Apologies\n-\nT None.\n-\nH2 2. Minutes\n-\nT Agreed.\n");
}

TEST(HtmlExtract, TheDocumentTitleIsTheTitleWithoutAnH1AndTheSiteWithOne) {
    EXPECT_EQ(render("<title>Board &ndash; 2 May</title><h2>Attendees</h2>"),
              "M title=Board \u2013 2 May\nH2 Attendees\n");
    EXPECT_EQ(render("<title>Board | Site</title><h1>Board</h1>"),
              "M site=Board | Site\nH1 Board\n");
}

TEST(HtmlExtract, LayoutTablesAreWalkedAsBlocks) {
    // One column, or cells holding headings: page layout, not data.
    EXPECT_EQ(render("<h1>Title</h1><table><tr><td><h2>Part</h2><p>Body text.</p></td>"
                     "<td>side</td></tr></table>"),
              "H1 Title\n-\nH2 Part\n-\nT Body text.\n-\nT side\n");
    EXPECT_EQ(
        render("<table><tr><td>Present: A, B</td></tr><tr><td>Apologies: C</td></tr></table>"),
        "T Present: A, B\n-\nT Apologies: C\n");
}

TEST(HtmlExtract, DefinitionListsBecomeLabelledLines) {
    EXPECT_EQ(render("<dl><dt>Present</dt><dd>Dan, Peter</dd><dt>Regrets:</dt><dd></dd>"
                     "<dt>Publication type</dt><dd>General</dd></dl>"),
              "T Present: Dan, Peter\n-\nT Regrets:\n-\nT Publication type: General\n");
    // scribe.perl 1.140 wrote the names in a nested <dl> instead of a <dd>.
    EXPECT_EQ(render("<dl><dt>Present</dt>\n<dl>Dan, Peter</dl>\n<dt>Chair</dt><dd>Dan</dd></dl>"),
              "T Present: Dan, Peter\n-\nT Chair: Dan\n");
    EXPECT_EQ(render("<h2>Attendees</h2><dl><dt>Present</dt><dd>Ann Smith</dd><dd>Bob Jones</dd>"
                     "<dt>Apologies</dt><dd><ul><li>Cy Young</li></ul></dd></dl>"),
              "H2 Attendees\n-\nH6 Present\nL1 Ann Smith\nL1 Bob Jones\n-\nH6 Apologies\n"
              "L1 Cy Young\n");
}

TEST(HtmlExtract, BoldOnlyParagraphsAreHeadings) {
    EXPECT_EQ(render("<h1>Minutes</h1><p><strong>1. Apologies</strong></p>"
                     "<p><b>Present:</b> Ann Smith</p>"
                     "<p><span style=\"font-weight: bold\">Next meeting</span></p>"
                     "<p><b>The committee agreed the minutes of the meeting held on 3 May as a "
                     "correct record of the proceedings.</b></p>"),
              "H1 Minutes\n-\nH6 1. Apologies\n-\nT Present: Ann Smith\n-\nH6 Next meeting\n-\n"
              "T The committee agreed the minutes of the meeting held on 3 May as a correct "
              "record of the proceedings.\n");
}

TEST(HtmlExtract, PageFurnitureIsDropped) {
    const std::string page = R"(<!DOCTYPE html><html><head><title>t</title>
<style>p{}</style><script>var x = "<p>no</p>";</script></head><body>
<a class="skip" href="#main">Skip to main content</a>
<div id="cookie-banner"><p>We use cookies to improve this site.</p><button>Accept</button></div>
<header><a href="/"><img alt="Council logo" src="l.png"></a><p>Anytown Council</p>
<form role="search"><input type="search" name="q"><button>Search</button></form>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li></ul></nav></header>
<ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/m">Meetings</a></li></ol>
<main id="main"><h1>Committee minutes</h1>
<p hidden>secret</p><p style="display: none">also hidden</p><p aria-hidden="true">icon</p>
<p>Real content.</p>
<div class="share"><a href="https://facebook.example/s">Facebook</a> <a href="https://x.example/s">X</a></div>
<p><a href="#top">Back to top</a></p>
</main>
<aside><h2>Related</h2><p>Other meetings</p></aside>
<footer><p>© Anytown Council</p></footer>
</body></html>)";
    EXPECT_EQ(render(page), "M site=t\nH1 Committee minutes\n-\nT Real content.\n");
}

TEST(HtmlExtract, TitleInTheSiteHeaderKeepsThePageUpToTheEndOfMain) {
    // scribe2 puts the title in <header>, attendees before <main>, diagnostics after it.
    const std::string page = R"(<body><header><p><a href="https://w3.example/"><img alt=W3C></a></p>
<h1>Working Group</h1><h2>02 October 2025</h2>
<nav id=links><a href="https://w3.example/irc">IRC log</a></nav></header>
<div id=prelims><h2>Attendees</h2><dl><dt>Present</dt><dd>A_B, C_D</dd></dl>
<nav id=toc><h2>Contents</h2><ol><li><a href="#x1">Topic one</a></li></ol></nav></div>
<main><h2>Meeting minutes</h2><section><h3 id=x1>Topic one</h3><p>said things</p></section></main>
<address>formatted by a script</address>
<div class=diagnostics><h2>Diagnostics</h2><p>All speakers: a</p></div></body>)";
    EXPECT_EQ(
        render(page),
        "H1 Working Group\n-\nH2 02 October 2025\n-\nH2 Attendees\n-\nT Present: A_B, C_D\n-\n"
        "H2 Contents\n-\nL1 Topic one\n-\nH2 Meeting minutes\n-\nH3 Topic one\n-\n"
        "T said things\n");
}

TEST(HtmlExtract, WithoutLandmarksTheBlockHoldingTheTitleAndMostTextIsKept) {
    std::string filler;
    for (int i = 0; i < 20; ++i) filler += "<p>Minuted discussion of the item in some detail.</p>";
    const std::string page =
        "<body><div id=top><p>Anytown Council - serving you</p></div>"
        "<div id=wrap><div id=content><h1>Minutes</h1>" +
        filler + "</div></div><div id=bottom><p>Copyright Anytown</p></div>";
    const std::string out = render(page);
    EXPECT_TRUE(out.starts_with("H1 Minutes\n")) << out;
    EXPECT_EQ(out.find("Anytown"), std::string::npos) << out;
}

TEST(HtmlExtract, PreformattedTextKeepsItsLines) {
    EXPECT_EQ(render("<pre>Present:\n  Ann Smith\tChair\n\n  Bob Jones</pre><p>after</p>"),
              "T Present:\nT Ann Smith Chair\nT Bob Jones\n-\nT after\n");
}

TEST(HtmlExtract, TablesOfContentsAreKept) {
    EXPECT_EQ(render("<h1>M</h1><h2>Contents</h2><ul><li><a href=\"#a\">Attendees</a></li>"
                     "<li><a href=\"#i1\">Item 1 - Update</a></li></ul>"),
              "H1 M\n-\nH2 Contents\n-\nL1 Attendees\nL1 Item 1 - Update\n");
}

TEST(HtmlExtract, EntitiesAndSpacesAreNormalised) {
    EXPECT_EQ(render("<p>Cllr&nbsp;Jas&#160;Athwal &amp; Dell&rsquo;Acqua &#150; &#146;s&shy;x "
                     "&#8203;z\xE2\x80\xAF"
                     "y</p>"),
              "T Cllr Jas Athwal & Dell\u2019Acqua \u2013 \u2019sx z y\n");
}

// The first element named `name` in document order.
const xmlNode* find_element(const xmlNode* n, std::string_view name) {
    for (; n; n = n->next) {
        if (name_of(n) == name) return n;
        if (const xmlNode* found = find_element(n->children, name)) return found;
    }
    return nullptr;
}

// A tree as text: one line per node (its depth, type, name, attributes, content), the
// doctype left out (libxml2 adds a default one when parsing ends).
void dump_tree(const xmlNode* n, int depth, std::string& out) {
    for (; n; n = n->next) {
        if (n->type == XML_DTD_NODE) continue;
        out += std::to_string(depth) + " " + std::to_string(n->type);
        if (n->name && n->type != XML_TEXT_NODE) out += " <" + std::string(name_of(n)) + ">";
        for (const xmlAttr* a = is_element(n) ? n->properties : nullptr; a; a = a->next)
            out += " @" + std::string(reinterpret_cast<const char*>(a->name)) + "=" +
                   std::string(attr_value(a)) + (a->children ? "" : "(none)");
        if (n->content) out += " {" + std::string(reinterpret_cast<const char*>(n->content)) + "}";
        out += "\n";
        dump_tree(n->children, depth + 1, out);
    }
}

// The tree parse_html builds is the one libxml2's own tree builder builds from the page.
std::string tree_difference(const std::string& page) {
    std::string ours;
    std::string theirs;
    const ParsedHtml parsed = parse_html(page);
    if (parsed.doc()) dump_tree(parsed.doc()->children, 0, ours);
    constexpr int kOptions =
        HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING;
    xmlDoc* doc = htmlReadMemory(page.data(), int(page.size()), nullptr, "UTF-8", kOptions);
    if (doc) dump_tree(doc->children, 0, theirs);
    xmlFreeDoc(doc);
    return ours == theirs ? std::string() : "ours:\n" + ours + "libxml2's:\n" + theirs;
}

TEST(HtmlParse, TreeIsTheOneLibxml2Builds) {
    std::string deep = "<body>";
    for (int i = 0; i < 300; ++i) deep += "<div a=1>x";
    const std::string pages[] = {
        "",
        "   \n ",
        "plain text\nline 2",
        "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">\n<html>\n <head> <title> t "
        "</title>\n</head>\n <body>\n <p> a </p>\n <b> </b> <i>x</i> \n</body>\n</html>\n",
        // After </html>: into a second <html> inside the first, or beside it after a comment.
        "<html><body><p>a</p></body></html> trailing <p>more</p><!-- c --> x <div>d</div>",
        "<!-- first -->text<p>para</p></html><p>after</p>",
        "<html><body>a<!DOCTYPE html><p>b</p></body></html><p>c",
        // Namespaced tags keep their local name; bare boolean attributes get their name.
        "<o:p>a</o:p><p:>b</p:><:x>c</:x><a:b:c>d</a:b:c>",
        "<td nowrap>a</td><td hidden>c</td><td checked x>d</td><p id=a id=b>e</p>",
        // Text runs: split by comments and instructions, merged across entities.
        "<p>a<!-- c -->b<?pi x?>c&amp;d&#233;e<script>var a = '<p>';</script>f</p>",
        "<html><html lang=en><body><body class=x><head><p>a</html></body></html>b",
        "<p>a < b <d e</p><3 <!x> <!-- unterminated",
        deep,
    };
    for (const std::string& page : pages) EXPECT_EQ(tree_difference(page), "") << page;
}

TEST(HtmlDom, AttributesAreReadInPlace) {
    const ParsedHtml parsed =
        parse_html("<p ID=x class='A  b' hidden data-e=\"&amp;&#233;\" title=''>t</p>");
    const xmlNode* p = find_element(xmlDocGetRootElement(parsed.doc()), "p");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(attr(p, "id"), "x");  // the parser lowercases names
    EXPECT_EQ(attr(p, "class"), "A  b");
    EXPECT_EQ(attr(p, "data-e"), "&\u00E9");
    EXPECT_EQ(attr(p, "hidden"), "");
    EXPECT_TRUE(has_attr(p, "hidden"));
    EXPECT_EQ(attr(p, "title"), "");
    EXPECT_TRUE(has_attr(p, "title"));
    EXPECT_EQ(attr(p, "lang"), "");
    EXPECT_FALSE(has_attr(p, "lang"));
    EXPECT_EQ(attr(p->children, "id"), "");  // a text node
}

TEST(HtmlDom, CaselessComparisonsAreAsciiOnly) {
    EXPECT_TRUE(iequals("MaIn", "main"));
    EXPECT_FALSE(iequals("mains", "main"));
    EXPECT_FALSE(iequals("\u00C9", "\u00E9"));
    EXPECT_TRUE(istarts_with("JavaScript:void(0)", "javascript:"));
    EXPECT_FALSE(istarts_with("java", "javascript:"));
    EXPECT_TRUE(icontains("site-Cookie-Bar", "cookie"));
    EXPECT_TRUE(icontains("x", ""));
    EXPECT_FALSE(icontains("cook", "cookie"));
    EXPECT_EQ(ifind("<META charset><Meta", "<meta"), 0u);
    EXPECT_EQ(ifind("<META charset><Meta", "<meta", 1), 14u);
    EXPECT_EQ(ifind("<META charset><Meta", "<meta", 15), std::string_view::npos);
    EXPECT_EQ(ifind("ab", "", 2), 2u);
    EXPECT_EQ(ifind("ab", "", 3), std::string_view::npos);
    EXPECT_EQ(lowercase("\u00C9A-Z"), "\u00C9a-z");
    EXPECT_EQ(compact_style("Font-Weight : Bold;\n\tColor: RED"), "font-weight:bold;color:red");
}

TEST(HtmlDom, NameSetsFindExactlyTheirNames) {
    static constexpr NameSet kSet({"a", "dd", "div", "nav", "table", "blockquote"});
    for (const std::string_view name : {"a", "dd", "div", "nav", "table", "blockquote"})
        EXPECT_TRUE(kSet.contains(name)) << name;
    for (const std::string_view name : {"", "b", "d", "dl", "DIV", "navs", "tables", "blockquot"})
        EXPECT_FALSE(kSet.contains(name)) << name;
}

TEST(HtmlCharset, DeclaredCharsetIsFound) {
    EXPECT_EQ(declared_charset("<html><head><meta charset=\"windows-1252\">"), "windows-1252");
    EXPECT_EQ(declared_charset("<meta http-equiv=\"Content-Type\" content=\"text/html; "
                               "charset=ISO-8859-1\">"),
              "windows-1252");
    EXPECT_EQ(declared_charset("<?xml version=\"1.0\" encoding=\"iso-8859-2\"?><html>"),
              "iso-8859-2");
    EXPECT_EQ(declared_charset("<META CHARSET=UTF-8>"), "utf-8");
    EXPECT_EQ(declared_charset("<p>charset=koi8-r is only text</p>"), "");
}

TEST(HtmlCharset, LegacyPagesAreDecodedAsBrowsersDo) {
    // ISO-8859-1 is read as windows-1252: 0x92 is a right quote, 0x96 an en dash.
    const std::string latin1 =
        "<meta http-equiv=Content-Type content='text/html; charset=iso-8859-1'>"
        "<p>Caf\xE9 \x96 O\x92"
        "Brien \xA3"
        "5</p>";
    const DecodedPage page = decode_page(latin1);
    EXPECT_EQ(page.decoded.encoding, "windows-1252");
    EXPECT_TRUE(page.note.empty());
    EXPECT_EQ(render(latin1), "T Caf\u00E9 \u2013 O\u2019Brien \u00A35\n");
}

TEST(HtmlCharset, UndeclaredOrWrongCharsetIsGuessedWithANote) {
    const DecodedPage undeclared = decode_page("<p>Caf\xE9</p>");
    EXPECT_EQ(undeclared.decoded.text, "<p>Caf\u00E9</p>");
    EXPECT_NE(undeclared.note.find("no charset declared"), std::string::npos);
    EXPECT_TRUE(decode_page("<p>Caf\u00E9</p>").note.empty());  // valid UTF-8
    const DecodedPage wrong = decode_page("<meta charset=utf-8><p>Caf\xE9</p>");
    EXPECT_NE(wrong.note.find("not valid UTF-8"), std::string::npos);
    EXPECT_NE(wrong.decoded.text.find("Caf\u00E9"), std::string::npos);
    const DecodedPage unknown = decode_page("<meta charset=x-klingon><p>Caf\u00E9</p>");
    EXPECT_NE(unknown.note.find("unknown charset 'x-klingon'"), std::string::npos);
}

TEST(HtmlBadInput, TruncatedMarkupStillGivesItsText) {
    EXPECT_EQ(render("<html><body><h1>Minutes</h1><p>Present: A<ul><li>one<li>two</l"),
              "H1 Minutes\n-\nT Present: A\n-\nL1 one\nL1 two\n");
    EXPECT_EQ(render("<h1>Minutes</h1><p>text <a href=\"x"), "H1 Minutes\n-\nT text\n");
}

TEST(HtmlBadInput, DeepNestingIsBoundedAndReported) {
    std::string page = "<body><p>before</p>";
    for (int i = 0; i < 100000; ++i) page += i % 2 ? "<div>" : "<span>";
    page += "deep text";
    const ParsedHtml parsed = parse_html(page);
    EXPECT_TRUE(parsed.stopped_at_depth_limit);
    EXPECT_EQ(render(page), "T before\n");
    EXPECT_FALSE(parse_html("<body><div><div>x</div></div>").stopped_at_depth_limit);
}

TEST(HtmlBadInput, TenMegabytePageIsExtracted) {
    std::string page = "<html><body><main><h1>Minutes</h1>";
    page.reserve(10'500'000);
    for (int i = 0; page.size() < 10'000'000; ++i)
        page += "<h2>Item " + std::to_string(i) +
                "</h2><p>Members discussed the <b>report</b> and <a href=\"/x\">papers</a>.</p>"
                "<ul><li>One point</li><li>Another point</li></ul>\n";
    page += "</main></body></html>";
    const auto lines = lines_of(page);
    EXPECT_GT(lines.size(), 400'000u);
}

TEST(HtmlBadInput, EmptyAndTextlessPages) {
    EXPECT_EQ(render(""), "");
    EXPECT_EQ(render("<html><head><title>x</title></head><body><img src=a></body></html>"),
              "M title=x\n");
}

}  // namespace
}  // namespace mtk::converters::html
