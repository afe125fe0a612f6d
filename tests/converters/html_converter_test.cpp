// The HTML converter as the registry sees it: content sniffing and whole-page results.
#include "html_converter.hpp"

#include <gtest/gtest.h>

#include <string>
#include <variant>

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
    // XML (minutes XML, say) is not HTML, however many <p> it holds.
    EXPECT_EQ(
        html.sniff("<?xml version=\"1.0\"?>\n<minutes>\n  <items>\n    <p>a</p>\n    <p>b</p>\n"
                   "    <p>c</p>\n    <p>d</p>\n    <p>e</p>\n  </items>\n</minutes>\n"),
        0);
    EXPECT_EQ(&detect("# Minutes\n\nPresent: Ann<br>Bob\n"), find("text"));
}

// Bytes no converter claims go to the fallback, whose refusal then names the format tried.
TEST(HtmlSniff, BinaryDataGoesToTheFallbackConverter) {
    const std::string elf(
        "\x7f"
        "ELF\x02\x01\x01\0\0\0\0",
        11);
    EXPECT_EQ(HtmlConverter().sniff(elf), 0);
    EXPECT_EQ(&detect(elf), find("text"));
    const ConvertResult r = convert({"binary.txt", elf}, "auto");
    EXPECT_FALSE(r.minutes);
    EXPECT_EQ(r.converter, "text");
    EXPECT_EQ(r.error, "binary data, not text");
}

TEST(HtmlConvert, APageWithoutTextIsNotMinutes) {
    const ConvertResult r = HtmlConverter().convert({"empty.html",
                                                     "<html><body><nav><a "
                                                     "href=\"/\">Home</a></nav>"
                                                     "</body></html>"});
    EXPECT_FALSE(r.minutes);
    EXPECT_TRUE(r.error.starts_with("no minutes found")) << r.error;
}

ConvertResult convert_html(std::string_view page) {
    return HtmlConverter().convert({"page.html", std::string(page)});
}

TEST(HtmlConvert, ErrorPagesAndSearchResultsAreNotMinutes) {
    const ConvertResult not_found = convert_html(
        "<!DOCTYPE html><html><body><header><a href=\"/\">Anytown Council</a></header><main>"
        "<h1>Page not found</h1><p>Sorry, we cannot find the page you were looking for.</p>"
        "<p>Try the <a href=\"/search\">search</a> or go to the <a href=\"/\">home page</a>.</p>"
        "</main></body></html>");
    EXPECT_FALSE(not_found.minutes);
    EXPECT_TRUE(not_found.error.starts_with("no minutes found")) << not_found.error;

    std::string results = "<html><body><main><h1>Search results for &quot;minutes&quot;</h1><ol>";
    for (int i = 1; i <= 10; ++i)
        results += "<li><article><h2><a href=\"/m" + std::to_string(i) + "\">Cabinet minutes " +
                   std::to_string(i) +
                   "</a></h2><p>Published 2023. Minutes of the Cabinet.</p>"
                   "</article></li>";
    results += "</ol></main></body></html>";
    const ConvertResult search = convert_html(results);
    EXPECT_FALSE(search.minutes);
    EXPECT_TRUE(search.error.starts_with("no minutes found")) << search.error;
}

// The page of a committee system: people and actions in tables with header rows.
TEST(HtmlConvert, AttendanceAndActionTablesAreReadByColumn) {
    const ConvertResult r = convert_html(R"(<html><body><main>
<h1>Minutes: Licensing Committee - 14 March 2023</h1>
<h2>Present</h2>
<table><tr><th>Name</th><th>Role</th><th>Organisation</th></tr>
<tr><td>Councillor Ann Smith</td><td>Chair</td><td>Labour</td></tr>
<tr><td>Councillor Bob Jones</td><td>Member</td><td>Green</td></tr></table>
<h2>1. Actions</h2>
<table><thead><tr><th>No.</th><th>Action</th><th>Owner</th><th>Due</th><th>Status</th></tr></thead>
<tr><td>1</td><td>Review the licence fees</td><td>Bob Jones</td><td>30 April 2023</td><td>Open</td></tr>
<tr><td>2</td><td>Publish the policy</td><td>Clerk</td><td>May 2023</td><td>Completed</td></tr></table>
</main></body></html>)");
    ASSERT_TRUE(r.minutes) << r.error;
    const Minutes& m = *r.minutes;
    ASSERT_TRUE(m.attendance.present);
    ASSERT_EQ(m.attendance.present->people.size(), 2u);
    EXPECT_EQ(m.attendance.present->people[0].name, "Councillor Ann Smith");
    EXPECT_EQ(m.attendance.present->people[0].role, "Chair");
    EXPECT_EQ(m.attendance.present->people[0].organisation, "Labour");
    EXPECT_EQ(m.attendance.present->people[0].origin.line, 5);
    std::vector<Action> actions;
    for_each_block(m, [&](const Block& b, const Item&) {
        if (const auto* a = std::get_if<Action>(&b)) actions.push_back(*a);
    });
    ASSERT_EQ(actions.size(), 2u);
    EXPECT_EQ(actions[0].number, "1");
    EXPECT_EQ(actions[0].text, "Review the licence fees");
    EXPECT_EQ(actions[0].owner, "Bob Jones");
    EXPECT_EQ(actions[0].due, "2023-04-30");
    EXPECT_EQ(actions[0].status, ActionStatus::open);
    EXPECT_EQ(actions[0].origin.line, 9);
    EXPECT_EQ(actions[1].due, "2023-05");
    EXPECT_EQ(actions[1].status, ActionStatus::closed);
    EXPECT_EQ(m.meta.source.format, "html");
    EXPECT_EQ(m.meta.source.name, "page.html");
}

TEST(HtmlConvert, GuessedEncodingAndDepthLimitAreWarnings) {
    const std::string page =
        "<html><body><h1>Parish Council - 5 February 2024 - Minutes</h1><h2>Present</h2>"
        "<p>Cllr Ren\xE9 Dupont, Chair</p><p>Cllr Ann Smith</p><h2>1. Apologies</h2><p>None.</p>";
    const ConvertResult r = convert_html(page);
    ASSERT_TRUE(r.minutes) << r.error;
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_EQ(r.warnings[0].rule, "convert/encoding");
    EXPECT_EQ(r.warnings[0].file, "page.html");
    EXPECT_EQ(r.minutes->attendance.present->people.at(0).name, "Cllr Ren\u00E9 Dupont");

    std::string deep =
        "<html><body><h1>Parish Council - 5 February 2024 - Minutes</h1>"
        "<h2>Present</h2><p>Cllr Ann Smith, Chair</p><p>Cllr Bob Jones</p>"
        "<h2>1. Apologies</h2><p>None.</p>";
    for (int i = 0; i < 100000; ++i) deep += "<div>";
    deep += "lost";
    const ConvertResult d = convert_html(deep);
    ASSERT_TRUE(d.minutes) << d.error;
    ASSERT_EQ(d.warnings.size(), 1u);
    EXPECT_EQ(d.warnings[0].rule, "convert/nesting-too-deep");
}

TEST(HtmlConvert, TenMegabytePageConverts) {
    std::string page =
        "<html><body><main><h1>Board - 14 March 2023 - Minutes</h1><h2>Present</h2>"
        "<ul><li>Ann Smith, Chair</li><li>Bob Jones, Clerk</li></ul>";
    for (int i = 1; page.size() < 10'000'000; ++i)
        page += "<h2>Item " + std::to_string(i) + " - Report " + std::to_string(i) +
                "</h2><p>Members discussed the <b>report</b> and <a href=\"/x\">papers</a>.</p>"
                "<ul><li>One point</li><li>Another point</li></ul>\n";
    const ConvertResult r = convert_html(page);
    ASSERT_TRUE(r.minutes) << r.error;
    EXPECT_GT(r.minutes->items.size(), 50'000u);
}

TEST(HtmlConvert, ItemNumbersInACellOfTheirOwnAndTheSiteName) {
    // ModernGov, the committee system of many UK councils: one table row per item.
    const ConvertResult r = convert_html(R"(<html><head>
<title>Minutes - Cabinet - Thursday, 14th November, 2024 7.00 pm - Brookfield District Council</title>
</head><body><h1>Minutes</h1><h2>Cabinet - Thursday, 14th November, 2024 7.00 pm</h2>
<p>Present: Councillor Helen Marsh, Councillor David Okafor and Councillor Priya Shah.</p>
<table>
<tr><td><p>45.</p></td><td><p>Apologies for Absence</p>
<p>Apologies were received from Councillor Rob Ellison.</p></td></tr>
<tr><td><p>46.</p></td><td><p>Medium Term Financial Strategy</p><p>Minutes:</p>
<p>The report was presented. Councillor Shah to circulate the analysis by 29 November 2024.</p>
</td></tr></table></body></html>)");
    ASSERT_TRUE(r.minutes) << r.error;
    const Minutes& m = *r.minutes;
    EXPECT_EQ(m.meta.body, "Brookfield District Council");
    EXPECT_EQ(m.meta.group, "Cabinet");
    ASSERT_EQ(m.items.size(), 2u);
    EXPECT_EQ(m.items[0].number, "45");
    EXPECT_EQ(m.items[0].heading, "Apologies for Absence");
    EXPECT_EQ(m.items[1].number, "46");
    EXPECT_EQ(m.items[1].heading, "Medium Term Financial Strategy");
    const auto& last = m.items[1].content.back();
    ASSERT_TRUE(std::holds_alternative<Action>(last));
    EXPECT_EQ(std::get<Action>(last).owner, "Councillor Shah");
    EXPECT_EQ(std::get<Action>(last).due, "2024-11-29");
}

TEST(HtmlConvert, HeadingsAboveTheDateAreTheMastheadAndVoteLinesCount) {
    // Legistar, the agenda system of many US cities: body, document, committee, then the date
    const ConvertResult r = convert_html(R"(<html><body><h1>City of Maple Ridge</h1>
<h2>Meeting Minutes - Final</h2><h3>Planning and Zoning Commission</h3>
<p>Wednesday, April 9, 2025, 6:30 PM, Council Chambers, 100 Main Street</p>
<h3>1. Approval of Minutes</h3>
<p>A motion was made by Commissioner Natarajan, seconded by Vice Chair O'Neill, to approve the
minutes. The motion failed by the following vote:</p>
<p>Aye: 2 - Walker, Natarajan</p><p>Nay: 3 - Rivera, O'Neill, Kim</p>
</body></html>)");
    ASSERT_TRUE(r.minutes) << r.error;
    const Minutes& m = *r.minutes;
    EXPECT_EQ(m.meta.body, "City of Maple Ridge");
    EXPECT_EQ(m.meta.group, "Planning and Zoning Commission");
    EXPECT_EQ(m.meta.date, "2025-04-09");
    EXPECT_EQ(m.meta.time, "18:30");
    ASSERT_EQ(m.items.size(), 1u);
    const Decision& d = std::get<Decision>(m.items[0].content.at(0));
    EXPECT_EQ(d.result, "lost");
    EXPECT_EQ(d.votes_for, 2);
    EXPECT_EQ(d.votes_against, 3);
    EXPECT_EQ(d.seconder, "Vice Chair O'Neill");
}

TEST(HtmlConvert, ResolutionClausesInAListAreTheDecisionsText) {
    const ConvertResult r = convert_html(R"(<html><body><h1>Cabinet minutes 14 November 2024</h1>
<p>Present: Councillor Ann Marsh and Councillor Bob Okafor.</p>
<h2>48. Financial Strategy</h2><p>RESOLVED:</p>
<ol><li>That the strategy be recommended to Council.</li><li>That the reserves policy be noted.</li></ol>
<h2>49. Appointments</h2><p>RESOLVED: that the following be appointed:</p>
<ul><li>Ann Marsh</li><li>Bob Okafor</li></ul>
<h2>50. Parking</h2><p>AGREED:</p><ul><li>That the charges stay.</li><li>That signs be added.</li></ul>
</body></html>)");
    ASSERT_TRUE(r.minutes) << r.error;
    const Minutes& m = *r.minutes;
    ASSERT_EQ(m.items.size(), 3u);
    ASSERT_EQ(m.items[0].content.size(), 1u);
    EXPECT_EQ(std::get<Decision>(m.items[0].content[0]).text,
              "RESOLVED: 1. That the strategy be recommended to Council. 2. That the reserves "
              "policy be noted.");
    ASSERT_EQ(m.items[1].content.size(), 2u);  // the appointees stay a list
    EXPECT_TRUE(std::holds_alternative<BulletList>(m.items[1].content[1]));
    ASSERT_EQ(m.items[2].content.size(), 1u);
    EXPECT_EQ(std::get<Decision>(m.items[2].content[0]).text,
              "AGREED: That the charges stay. That signs be added.");
}

TEST(HtmlConvert, MotionsWrittenAParagraphAPart) {
    // eSCRIBE and similar systems: mover, seconder, motion and result on lines of their own
    const ConvertResult r = convert_html(R"(<html><body><h1>City of Northbay Council Minutes</h1>
<p>Date: March 4, 2025</p><p>Present: Mayor L. Grant, Councillor P. Diaz, Councillor H. Osei</p>
<h3>3. Transit Fare Review</h3>
<p>Moved By: Councillor Tremblay</p><p>Seconded By: Councillor Diaz</p>
<p>That Council approve a 25 cent increase to adult fares.</p><p>Defeated</p>
</body></html>)");
    ASSERT_TRUE(r.minutes) << r.error;
    const Minutes& m = *r.minutes;
    ASSERT_EQ(m.items.size(), 1u);
    ASSERT_EQ(m.items[0].content.size(), 2u);
    const Decision& d = std::get<Decision>(m.items[0].content[0]);
    EXPECT_EQ(d.mover, "Councillor Tremblay");
    EXPECT_EQ(d.seconder, "Councillor Diaz");
    EXPECT_EQ(d.result, "lost");
    EXPECT_EQ(
        d.text,
        "Moved By: Councillor Tremblay Seconded By: Councillor Diaz That Council approve a 25 "
        "cent increase to adult fares.");
    EXPECT_EQ(std::get<Paragraph>(m.items[0].content[1]).text(), "Defeated");
}

}  // namespace
}  // namespace mtk::converters
