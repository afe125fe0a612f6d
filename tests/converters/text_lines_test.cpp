// Plain text and markdown -> logical lines.
#include "text/text_lines.hpp"

#include <gtest/gtest.h>

#include "layout/text_util.hpp"
#include "text/inline_markup.hpp"

namespace mtk::converters::text {
namespace {

using Kind = SourceLine::Kind;

// The line with source line `n`.
const SourceLine& at(const std::vector<SourceLine>& l, int n) {
    for (const SourceLine& x : l)
        if (x.line == n) return x;
    static const SourceLine none;
    ADD_FAILURE() << "no line " << n;
    return none;
}

TEST(TextLines, MarkdownBlocks) {
    const auto l = to_source_lines(
        "---\ntitle: \"Minutes 2023-06-02\"\ndate: 1/15/2021\n---\n# Roll call:\n\n* John Mertic\n"
        "    1. nested\n\n**Topic: WHATWG**\n::: {.callout}\n:::\nATTACHMENTS\n===\n| a | b "
        "|\n|---|---|\n");
    EXPECT_EQ(at(l, 2).kind, Kind::meta);
    EXPECT_EQ(at(l, 2).cells.at(1), "\"Minutes 2023-06-02\"");
    EXPECT_EQ(at(l, 5).kind, Kind::heading);
    EXPECT_EQ(at(l, 5).text, "Roll call:");
    EXPECT_EQ(at(l, 7).kind, Kind::list_item);
    EXPECT_EQ(at(l, 7).level, 1);
    EXPECT_EQ(at(l, 8).level, 2);
    EXPECT_EQ(at(l, 8).marker, "1.");
    EXPECT_EQ(at(l, 10).kind, Kind::heading);
    EXPECT_TRUE(at(l, 10).emphasised);
    EXPECT_EQ(at(l, 10).text, "Topic: WHATWG");
    EXPECT_EQ(at(l, 11).kind, Kind::blank);    // ::: fence
    EXPECT_EQ(at(l, 13).kind, Kind::heading);  // setext
    EXPECT_EQ(at(l, 13).text, "ATTACHMENTS");
    EXPECT_EQ(at(l, 15).kind, Kind::table_row);
    EXPECT_TRUE(at(l, 15).header_row);
    EXPECT_EQ(at(l, 15).cells, (std::vector<std::string>{"a", "b"}));
}

TEST(TextLines, ContinuationAndTabs) {
    const auto l = to_source_lines(
        "* Roy: Update the guidance\n      Status: still not done\nName\tRole\nnext line\n");
    ASSERT_EQ(l.size(), 3u);
    EXPECT_EQ(l[0].text, "Roy: Update the guidance Status: still not done");
    EXPECT_EQ(l[1].cells, (std::vector<std::string>{"Name", "Role"}));
    EXPECT_TRUE(l[2].continuation);
}

TEST(TextLines, TablesLaidOutWithSpaces) {
    // A word processor's table saved as text: columns line up, cells may be blank.
    const auto l = to_source_lines(
        "Action log\n"
        "No.  Action                       Who   By when\n"
        "1    Bring absence data           AR    March FGB\n"
        "2    Arrange a visit to Year 6    LK    28 February 2025\n"
        "3    Update the website           PH\n");
    EXPECT_EQ(at(l, 1).kind, Kind::text);
    EXPECT_EQ(at(l, 2).kind, Kind::table_row);
    EXPECT_TRUE(at(l, 2).header_row);
    EXPECT_EQ(at(l, 2).cells, (std::vector<std::string>{"No.", "Action", "Who", "By when"}));
    EXPECT_EQ(at(l, 4).cells, (std::vector<std::string>{"2", "Arrange a visit to Year 6", "LK",
                                                        "28 February 2025"}));
    EXPECT_EQ(at(l, 5).cells, (std::vector<std::string>{"3", "Update the website", "PH", ""}));
}

TEST(TextLines, DoubleSpacedProseIsNoTable) {
    // Two spaces after a full stop, as typists were taught: the gaps do not line up.
    const auto l = to_source_lines(
        "The Chair opened the meeting.  Apologies were noted.  The minutes were signed.\n"
        "Members discussed the budget.  It was agreed.  The Clerk will write.\n"
        "The meeting closed at 9pm.  Thanks were given.  Nothing else.\n");
    for (const SourceLine& x : l) EXPECT_EQ(x.kind, Kind::text) << x.text;
    // A header and one row are no table either.
    const auto two = to_source_lines("No.  Action  Who\n1    Call Bob  AR\n");
    for (const SourceLine& x : two) EXPECT_NE(x.kind, Kind::table_row) << x.text;
}

TEST(TextLines, SpaceTableHeaderCells) {
    const std::string rows = "Mon  a b c" + std::string(15, ' ') + "x    y\n" + "Tue  d e f" +
                             std::string(15, ' ') + "z    w\n";
    // three cells of four words at most, no digit: a header
    EXPECT_EQ(at(to_source_lines("Day  One two three four  Who  What\n" + rows), 1).kind,
              Kind::table_row);
    // a cell of five words, a digit, a tab, or two cells: none
    for (const char* header :
         {"Day  One two three four five  Who  What\n", "Day  One two three 4  Who  What\n",
          "Day  One\tWho  What\n", "Day  One two three four\n"})
        EXPECT_NE(at(to_source_lines(header + rows), 1).kind, Kind::table_row) << header;
}

TEST(TextLines, ListMarkers) {
    // one line each, blank lines between
    const auto l = to_source_lines(
        "- a\n\n*\tb\n\n+ c\n\n\u2022 d\n\n\u2022\te\n\n\u00B7 f\n\n\u25AA g\n\n12) k\n\nB. l\n\n"
        "b) m\n\n+\th\n\n\u25AA\ti\n\n\u00B7\tj\n\n-j\n\n1234. n\n\nJ. S. Smith said\n");
    const char* markers[] = {"-",      "*",      "+",   "\u2022", "\u2022",
                             "\u00B7", "\u25AA", "12)", "B.",     "b)"};
    for (int k = 0; k < 10; ++k) {
        EXPECT_EQ(at(l, 2 * k + 1).kind, Kind::list_item) << k;
        EXPECT_EQ(at(l, 2 * k + 1).marker, markers[k]) << k;
    }
    // "+", "·" and "▪" take a space only; "-j" has none; four digits; an initial
    for (int n = 21; n <= 31; n += 2) EXPECT_EQ(at(l, n).kind, Kind::text) << n;
}

TEST(TextLines, TocLinkKeepsHref) {
    const auto l = to_source_lines("[Item 1 - Operational Update](#)\n");
    ASSERT_EQ(l.size(), 1u);
    EXPECT_EQ(l[0].text, "Item 1 - Operational Update");
    EXPECT_EQ(l[0].href, "#");
}

TEST(Inline, Markup) {
    EXPECT_EQ(strip_inline("Alex: stage 3 draft.&nbsp; Scheduled").text,
              "Alex: stage 3 draft. Scheduled");
    EXPECT_EQ(strip_inline("Andrew: &lt;unnecessary sarcasm&gt;").text,
              "Andrew: <unnecessary sarcasm>");
    EXPECT_EQ(strip_inline("the [video](https://x/y?a=1) is available").text,
              "the video is available");
    EXPECT_EQ(strip_inline("If we keep _twice_ then **more**").text, "If we keep twice then more");
    EXPECT_EQ(strip_inline("Ege_Korkan and R_Submissions_WG").text,
              "Ege_Korkan and R_Submissions_WG");
    EXPECT_EQ(strip_inline("Andrew Hart <ahart@apache.org>").text,
              "Andrew Hart <ahart@apache.org>");
    EXPECT_EQ(strip_inline("5 * 3 = 15").text, "5 * 3 = 15");
    // without markup: white space collapsed all the same
    EXPECT_EQ(strip_inline("  a  b\tc \xC2\xA0"
                           "d ")
                  .text,
              "a b c d");
    EXPECT_EQ(strip_inline("plain words").text, "plain words");
    EXPECT_EQ(strip_inline("a \fb").text, "a b");
    EXPECT_EQ(strip_inline(" ").text, "");
    EXPECT_EQ(strip_inline("M\u00FCller\t Smith \v\r").text, "M\u00FCller Smith");
    EXPECT_EQ(strip_inline("Item 1 \u2013  Welcome").text, "Item 1 \u2013 Welcome");
    for (const char* space : {"\u0085", "\u00A0", "\u1680", "\u2003", "\u202F", "\u3000"})
        EXPECT_EQ(strip_inline(std::string("a") + space + "b" + space).text, "a b") << space;
}

// Lines are read eight bytes at a time: a double space, a tab, markup or a character outside
// ASCII counts wherever it sits in a line, across a chunk's end or in its last bytes too.
// Numeric references are read up to seven digits; longer ones (past any code point, and past
// an int: "&#xD8110000;" overflowed) and those outside Unicode stay as they are written.
TEST(Inline, NumericReferences) {
    EXPECT_EQ(strip_inline("a &#x41; &#66; b").text, "a A B b");
    EXPECT_EQ(strip_inline("AP said &#xD8110000; stuff").text, "AP said &#xD8110000; stuff");
    EXPECT_EQ(strip_inline("&#9999999999; and &#xFFFFFFF;").text, "&#9999999999; and &#xFFFFFFF;");
    EXPECT_EQ(strip_inline("&#x110000; &#xD800; &#0;").text, "&#x110000; &#xD800; &#0;");
    EXPECT_EQ(strip_inline("&#x10FFFF;").text, "\U0010FFFF");
}

TEST(Inline, EveryOffsetOfALongLine) {
    const std::string words = "abcdefghij klmnopqrs tuvwxyz0123 456789";
    for (std::size_t at = 1; at < words.size(); ++at) {
        const std::string head = words.substr(0, at);
        const std::string tail = words.substr(at);
        EXPECT_EQ(strip_inline(head + "  " + tail).text,
                  head.ends_with(' ') || tail.starts_with(' ') ? words : head + " " + tail)
            << at;
        EXPECT_EQ(strip_inline(head + "\t" + tail).text,
                  head.ends_with(' ') || tail.starts_with(' ') ? words : head + " " + tail)
            << at;
        EXPECT_EQ(strip_inline(head + "&amp;" + tail).text, head + "&" + tail) << at;
        EXPECT_EQ(strip_inline(head + "\\[" + tail).text, head + "[" + tail) << at;
        EXPECT_EQ(strip_inline(head + "`" + tail).text, layout::collapse_ws(head + tail)) << at;
        EXPECT_EQ(strip_inline(head + "]^" + tail).text, head + "]^" + tail) << at;
        EXPECT_EQ(strip_inline(head + "\u00A0" + tail).text,
                  head.ends_with(' ') || tail.starts_with(' ') ? words : head + " " + tail)
            << at;
        EXPECT_EQ(strip_inline(head + "\u2013" + tail).text, head + "\u2013" + tail) << at;
    }
}

// A line whose white space is ASCII keeps its runs of words and single spaces whole, eight
// bytes at a time: wherever two breaks sit, the words come out with single spaces between them.
TEST(Inline, AsciiBreaksAtEveryPairOfOffsets) {
    const std::string words = "ab cdefgh ijklmnop qr stuvw xyz 0123 45678 9";
    for (std::size_t a = 0; a <= words.size(); ++a)
        for (std::size_t b = a; b <= words.size(); ++b) {
            std::string line = words;
            line.insert(b, "\t ");
            line.insert(a, "  ");
            EXPECT_EQ(strip_inline(line).text, layout::collapse_ws(line)) << a << ' ' << b;
        }
}

}  // namespace
}  // namespace mtk::converters::text
