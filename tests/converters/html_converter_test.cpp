// The HTML converter as the registry sees it: content sniffing and whole-page results.
#include "html_converter.hpp"

#include <gtest/gtest.h>

#include <string>

#include "mtk/converters/registry.hpp"

namespace mtk::converters {
namespace {

TEST(HtmlSniff, PagesAndFragmentsAreHtml) {
    const HtmlConverter html;
    EXPECT_EQ(html.sniff("\n<!DOCTYPE html>\n<html><body><p>x</p></body></html>"), 95);
    EXPECT_EQ(html.sniff("<HTML><BODY>x"), 95);
    EXPECT_EQ(html.sniff("\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<html xmlns=\"x\">"), 95);
    // scribe.perl fragments stored as .md: lines start with tags, many block tags.
    const std::string fragment =
        "  <h2>Attendees</h2>\n  <div class=\"intro\">\n    <dl>\n      <dt>Present</dt>\n"
        "      <dd>a, b,\n      c</dd>\n    </dl>\n  </div>\n  <p>text\n  more</p>\n";
    EXPECT_EQ(html.sniff(fragment), 80);
    EXPECT_EQ(&detect(fragment), find("html"));
}

TEST(HtmlSniff, MarkdownWithAStrayTagIsNot) {
    const HtmlConverter html;
    EXPECT_EQ(html.sniff("# Minutes\n\nPresent: Ann, Bob<br>\n\n## Item 1\n\nText.\n"), 0);
    // Markdown that names tags in code spans, in running text.
    EXPECT_EQ(html.sniff("# Notes\n\nThe `<dl>` and `<dd>` and `<p class='irc'>` and `<h1>` "
                         "tags, `<ul>` and `<li>`,\nthen more text\nand more\n"),
              0);
    EXPECT_EQ(html.sniff("plain text minutes\nPresent: A\n"), 0);
    EXPECT_EQ(&detect("# Minutes\n\nPresent: Ann<br>Bob\n"), find("text"));
}

TEST(HtmlConvert, APageWithoutTextIsNotMinutes) {
    const ConvertResult r = HtmlConverter().convert({"empty.html",
                                                     "<html><body><nav><a "
                                                     "href=\"/\">Home</a></nav>"
                                                     "</body></html>"});
    EXPECT_FALSE(r.minutes);
    EXPECT_TRUE(r.error.starts_with("no minutes found")) << r.error;
}

}  // namespace
}  // namespace mtk::converters
