// The assembler end to end on small documents, through the registry as `mtk convert` runs it.
#include <gtest/gtest.h>

#include "layout/assemble.hpp"
#include "mtk/converters/registry.hpp"

namespace mtk::converters {
namespace {

// The mentions of a paragraph: (text, ref) in order.
std::vector<std::pair<std::string, std::string>> mentions_of(const Paragraph& p) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const Inline& in : p.content)
        if (in.mention) out.emplace_back(in.text, in.ref);
    return out;
}

Minutes conv(const std::string& text) {
    ConvertResult r = convert({"t.txt", text});
    EXPECT_TRUE(r.minutes) << r.error;
    return r.minutes.value_or(Minutes{});
}

TEST(Assemble, ProseAttendanceAndApologies) {
    const Minutes m = conv(
        "Little Hinton Parish Council\n\nMinutes of the meeting held on 3 March 2021\n\n"
        "Present: Cllr Ann Smith (Chair), Cllr Bob Jones and Cllr Carol White.\n\n"
        "Apologies for absence were received from Cllr Dan Brown and Cllr Eve Green.\n\n"
        "1. Minutes\n\nThe minutes were approved.\n");
    ASSERT_TRUE(m.attendance.present);
    ASSERT_EQ(m.attendance.present->people.size(), 3u);
    EXPECT_EQ(m.attendance.present->people[0].role, "Chair");
    ASSERT_TRUE(m.attendance.apologies);
    EXPECT_EQ(m.attendance.apologies->people.size(), 2u);
    EXPECT_EQ(m.meta.date, "2021-03-03");
    EXPECT_EQ(m.meta.body, "Little Hinton Parish Council");
}

TEST(Assemble, NoApologiesSectionMeansNoElement) {
    const Minutes m = conv(
        "Board minutes 4 May 2020\n\nPresent\n\nAnn Smith, Chair\nBob Jones, Treasurer\n\n"
        "1. Finance\n\nThe accounts were noted.\n");
    EXPECT_FALSE(m.attendance.apologies);
    const Minutes none = conv(
        "Board minutes 4 May 2020\n\nPresent: Ann Smith, Bob Jones\n\nApologies: none\n\n"
        "1. Finance\n\nNoted.\n");
    ASSERT_TRUE(none.attendance.apologies);
    EXPECT_TRUE(none.attendance.apologies->none);
    EXPECT_TRUE(none.attendance.apologies->people.empty());
}

TEST(Assemble, AnEmptyBulletIsNoListItem) {
    const Minutes m = conv(
        "Board minutes 4 May 2020\n\nPresent: Ann Smith, Bob Jones\n\nApologies: none\n\n"
        "1. Finance\n\nThe accounts were noted.\n\n- \n- Audit booked\n-\t\n");
    ASSERT_EQ(m.items.size(), 1u);
    const BulletList* list = nullptr;
    for (const Block& b : m.items[0].content)
        if (const auto* l = std::get_if<BulletList>(&b)) list = l;
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->items.size(), 1u);
    EXPECT_EQ(list->items[0].text(), "Audit booked");
}

TEST(Assemble, NumberedParagraphsAreNotHeadings) {
    const Minutes m = conv(
        "Board minutes 4 May 2020\n\nPresent: Ann Smith, Bob Jones\n\n"
        "ITEM 1. Budget\n\n1. The Board considered the budget at length and agreed it.\n"
        "2. The Treasurer will report again.\n");
    ASSERT_EQ(m.items.size(), 1u);
    ASSERT_EQ(m.items[0].content.size(), 2u);
    const auto& p = std::get<Paragraph>(m.items[0].content[0]);
    EXPECT_EQ(p.number, "1");
    EXPECT_EQ(p.origin.line, 7);
}

TEST(Assemble, NumberedTitlesWithTheirTextOnTheNextLineAreItems) {
    // No blank line between a numbered title and its text, as many clerks type minutes.
    const Minutes m = conv(
        "Westbury Town Council\nMinutes of the Finance Committee held on 4 March 2025\n\n"
        "Present: Cllr A Smith (Chair), Cllr B Jones\nApologies: Cllr D Brown\n\n"
        "1. Apologies for absence\nApologies were received from Cllr D Brown.\n"
        "2. Minutes of the previous meeting\nThe minutes were approved and signed.\n"
        "3. Budget monitoring\nThe Clerk presented the budget report.\n");
    ASSERT_EQ(m.items.size(), 3u);
    EXPECT_EQ(m.items[0].number, "1");
    EXPECT_EQ(m.items[0].heading, "Apologies for absence");
    EXPECT_EQ(m.items[1].heading, "Minutes of the previous meeting");
    ASSERT_EQ(m.items[2].content.size(), 1u);
    EXPECT_EQ(std::get<Paragraph>(m.items[2].content[0]).origin.line, 12);
}

TEST(Assemble, MinuteNumbersWithoutBlankLinesAreItems) {
    const Minutes m = conv(
        "PARISH COUNCIL OF ASHFORD ST MARY\nMinutes of the meeting held on 6 January 2025\n\n"
        "Present: Cllr J Hart (Chairman), Cllr P Owen\nApologies: none\n\n"
        "25/01 Declarations of interest\nNone.\n"
        "25/02 Minutes\nThe minutes of 2 December 2024 were approved.\n"
        "25/03 Planning\na) 24/00123/FUL Land at Mill Lane: no objection.\n"
        "b) 24/00130/HOU 4 Church Road: the council objects.\n"
        "25/04 Finance\nPayments totalling 1,245.60 were approved.\n");
    ASSERT_EQ(m.items.size(), 4u);
    EXPECT_EQ(m.items[1].number, "25/02");
    EXPECT_EQ(m.items[1].heading, "Minutes");
    EXPECT_EQ(m.items[2].heading, "Planning");
    EXPECT_EQ(m.items[2].content.size(), 2u);  // a) and b), b) without the next title
    EXPECT_EQ(m.items[3].heading, "Finance");
}

TEST(Assemble, AWrappedNumberedParagraphStaysOneParagraph) {
    // The line breaks because the next word did not fit, or on "the": a wrap, not a title.
    const Minutes m = conv(
        "Board minutes 4 May 2020\n\nPresent: Ann Smith, Bob Jones\n\nITEM 1. Budget\n\n"
        "1. The Board received the Quarterly Performance Report from the\n"
        "Director of Finance and agreed the recommendations set out in it.\n"
        "2. The Board Noted The Revised Capital Programme For Next Year\n"
        "Including The Schemes Deferred From This Year To The Next Year.\n");
    ASSERT_EQ(m.items.size(), 1u);
    ASSERT_EQ(m.items[0].content.size(), 2u);
    EXPECT_EQ(std::get<Paragraph>(m.items[0].content[1]).number, "2");
}

TEST(Assemble, AStatusColumnSortsTheMembersIntoTheirGroups) {
    // One table of the members with their attendance, as council web sites publish it.
    const Minutes m = conv(
        "# Planning Committee, 14 January 2025\n\n## Attendance\n\n"
        "| Name | Role | Attendance |\n|---|---|---|\n"
        "| Councillor Helen Ward | Chair | Present |\n"
        "| Councillor Joan Pike | Member | Apologies |\n"
        "| Councillor Ben Ross | Member | Present (remote) |\n"
        "| Councillor Sue Marsh | Member | Absent |\n\n"
        "## 1. Minutes\n\nThe minutes were approved.\n");
    ASSERT_TRUE(m.attendance.present);
    ASSERT_EQ(m.attendance.present->people.size(), 2u);
    EXPECT_EQ(m.attendance.present->people[1].name, "Councillor Ben Ross");
    EXPECT_EQ(m.attendance.present->people[1].role, "Member");
    EXPECT_TRUE(m.attendance.present->people[1].organisation.empty());
    ASSERT_TRUE(m.attendance.apologies);
    ASSERT_EQ(m.attendance.apologies->people.size(), 2u);
    EXPECT_EQ(m.attendance.apologies->people[0].name, "Councillor Joan Pike");
    EXPECT_EQ(m.attendance.apologies->origin.line, 8);
}

TEST(Assemble, ApologiesAcceptedAndTheClerkAreAttendance) {
    const Minutes m = conv(
        "Oakfield Primary School\nMinutes of the meeting held on 23 January 2025\n\n"
        "Governors present:\nMr Simon Park (Chair)\nDr Ifeoma Obi\n\n"
        "Apologies accepted:\nMr Gary Doyle\n\nClerk: Mrs Pam Hughes\n\n"
        "Item 1  Welcome\nThe Chair welcomed governors.\n\nClerk: to file the papers.\n");
    ASSERT_TRUE(m.attendance.apologies);
    ASSERT_EQ(m.attendance.apologies->people.size(), 1u);
    EXPECT_EQ(m.attendance.apologies->people[0].name, "Mr Gary Doyle");
    ASSERT_TRUE(m.attendance.in_attendance);
    ASSERT_EQ(m.attendance.in_attendance->people.size(), 1u);
    EXPECT_EQ(m.attendance.in_attendance->people[0].name, "Mrs Pam Hughes");
    EXPECT_EQ(m.attendance.in_attendance->people[0].role, "Clerk");
    // In an item, "Clerk:" is running text.
    ASSERT_EQ(m.items.size(), 1u);
    EXPECT_EQ(m.items[0].content.size(), 2u);
}

TEST(Assemble, TypewrittenMinutesReadAcrossTheirLineBreaks) {
    // A title over three lines, a PRESENT list with a hanging indent, an apologies sentence
    // over two lines, and a sentence whose last line is "next meeting.".
    const Minutes m = conv(
        "        MINUTES of the meeting of the HIGHWAYS COMMITTEE held at\n"
        "        the Town Hall, on Wednesday, 14th October 1987,\n"
        "        at 7.00 p.m.\n\n"
        "PRESENT:  Councillor R.J. Maynard (Chairman); Councillors Mrs.\n"
        "          E. Baxter, T. Cole and\n"
        "          H. Webb.\n\n"
        "APOLOGIES for absence were received from Councillors K. Lowe\n"
        "and S. Patel.\n\n"
        "45.  PARKING IN STATION ROAD\n\n"
        "     The Engineer was asked to report to the\n"
        "     next meeting.\n\n"
        "                                        The meeting closed at 8.40 p.m.\n");
    EXPECT_EQ(m.meta.date, "1987-10-14");
    EXPECT_EQ(m.meta.time, "19:00");
    ASSERT_TRUE(m.attendance.present);
    EXPECT_EQ(m.attendance.present->people.size(), 4u);
    ASSERT_TRUE(m.attendance.apologies);
    EXPECT_EQ(m.attendance.apologies->people.size(), 2u);
    ASSERT_EQ(m.items.size(), 1u);
    ASSERT_EQ(m.items[0].content.size(), 2u);
    EXPECT_EQ(std::get<Paragraph>(m.items[0].content[0]).text(),
              "The Engineer was asked to report to the next meeting.");
    EXPECT_EQ(std::get<Paragraph>(m.items[0].content[1]).text(), "The meeting closed at 8.40 p.m.");
}

TEST(Assemble, NestingAndIds) {
    const Minutes m = conv(
        "Board minutes 4 May 2020\n\nPresent: Ann Smith, Bob Jones\n\n"
        "Item 2 - Update\n\n2.a First\n\nText one.\n\n2.b Second\n\nText two.\n\n"
        "Item 3 - Close\n\nDone.\n");
    ASSERT_EQ(m.items.size(), 2u);
    EXPECT_EQ(m.items[0].id, "i1");
    const auto& sub = std::get<Item>(m.items[0].content[1]);
    EXPECT_EQ(sub.number, "2.b");
    EXPECT_EQ(sub.id, "i1.2");
    EXPECT_EQ(m.items[1].number, "3");
}

TEST(Assemble, MentionsResolveAndStayConservative) {
    const Minutes m = conv(
        "Board minutes 4 May 2020\n\nPresent\n\n- Ann Smith (AS) - Chair\n- Bob Jones (BJ)\n\n"
        "Item 1 - Report\n\nAS noted that the DWP and the NHS agreed. XY said hello. Bob "
        "agreed.\n");
    const auto& p = std::get<Paragraph>(m.items[0].content[0]);
    int with_ref = 0, without = 0;
    for (const Inline& in : p.content)
        if (in.mention) (in.ref.empty() ? without : with_ref)++;
    EXPECT_EQ(with_ref, 2);  // AS and Bob
    EXPECT_EQ(without, 1);   // XY (undefined initials); DWP, NHS are things
}

TEST(Assemble, NotMinutes) {
    for (const std::string& text :
         {std::string("#include <stdio.h>\nint main(void) { return 0; }\n"),
          std::string("Shopping list\n\n- milk\n- eggs\n- bread\n"),
          std::string("# Project\n\n## Install\n\nRun make.\n")}) {
        ConvertResult r = convert({"x.txt", text});
        EXPECT_FALSE(r.minutes);
        EXPECT_TRUE(r.error.starts_with("no minutes found")) << r.error;
    }
}

TEST(Assemble, NeverCrashesOnHostileInput) {
    std::string deep;
    for (int i = 0; i < 3000; ++i)
        deep += std::string(std::size_t(i % 200), ' ') + "1.1.1.1 Heading\n\n";
    deep += std::string(200000, 'x') + "\n";
    ConvertResult r = convert({"d.txt", "Minutes 1 May 2020\n\nPresent: Ann Smith\n\n" + deep});
    ASSERT_TRUE(r.minutes);
    int max_depth = 0;
    for_each_item(*r.minutes, [&](const Item&, int d) { max_depth = std::max(max_depth, d); });
    EXPECT_LT(max_depth, 8);
}

TEST(Assemble, ScribeAttendanceStructureHeadingsAndSummaries) {
    const Minutes m = conv(
        "# Web Group teleconf\n\n## 02 October 2025\n\n"
        "See also: IRC log\n\n## Attendees\n\n"
        "Present: Ege_Korkan, cwilso, present, Luca\n\nRegrets: -\n\nScribe: mjk\n\n"
        "## Meeting minutes\n\n### Topic one\n\nege: we agreed\n\n"
        "## Summary of Action Items\n\n[End of minutes]\n");
    ASSERT_TRUE(m.attendance.present);
    ASSERT_EQ(m.attendance.present->people.size(), 3u);
    EXPECT_EQ(m.attendance.present->people[0].name, "Ege_Korkan");
    ASSERT_TRUE(m.attendance.apologies);
    EXPECT_TRUE(m.attendance.apologies->none);
    EXPECT_EQ(m.meta.date, "2025-10-02");
    EXPECT_EQ(m.meta.body, "Web Group");
    EXPECT_TRUE(m.meta.group.empty());
    // the scribe line stays as text; no item is named Attendees, Meeting minutes or Summary
    ASSERT_EQ(m.items.size(), 2u);
    EXPECT_TRUE(m.items[0].heading.empty());
    EXPECT_EQ(m.items[1].heading, "Topic one");
    EXPECT_EQ(m.items[1].content.size(), 1u);
}

TEST(Assemble, ActionsHeadingIsStillAnItem) {
    const Minutes m = conv(
        "Board minutes 3 March 2021\n\nPresent: Ann Smith, Bob Jones\n\n"
        "## Action Items\n\n- Ann to circulate the report.\n");
    ASSERT_EQ(m.items.size(), 1u);
    EXPECT_EQ(m.items[0].heading, "Action Items");
}

TEST(Assemble, CityCouncilLayout) {
    const Minutes m = conv(
        "CITY OF CEDAR GROVE\nREGULAR CITY COUNCIL MEETING MINUTES\nMonday, May 20, 2024\n"
        "Council Chambers, City Hall, 220 Clay Street\n\n"
        "2. ROLL CALL\nPresent: Mayor Ann Olsen, Councilmembers Dan Reyes and Sara Whitfield.\n"
        "Staff present: City Clerk Jennifer Wu.\n\n"
        "6. CONSENT AGENDA\na. Resolution 2024-31 approving the paving contract.\n"
        "b. Purchase of two patrol vehicles.\n"
        "Motion by Councilmember Reyes to approve the consent agenda. Motion carried 3-0.\n\n"
        "8. NEW BUSINESS\n8.1 Parks budget amendment\n"
        "The request was explained. Staff to report back on the pool estimate by June 17, 2024.\n"
        "8.2 Elm Avenue traffic calming\nOptions were discussed.\n");
    EXPECT_EQ(m.meta.venue, "Council Chambers, City Hall, 220 Clay Street");
    EXPECT_EQ(m.meta.group, "");
    ASSERT_TRUE(m.attendance.present);
    ASSERT_EQ(m.attendance.present->people.size(), 3u);
    EXPECT_EQ(m.attendance.present->people[1].name, "Councilmember Dan Reyes");
    ASSERT_TRUE(m.attendance.in_attendance);
    EXPECT_EQ(m.attendance.in_attendance->people[0].name, "Jennifer Wu");
    EXPECT_EQ(m.attendance.in_attendance->people[0].role, "City Clerk");
    ASSERT_EQ(m.items.size(), 2u);  // the roll call is the attendance
    const Item& consent = m.items[0];
    EXPECT_EQ(consent.number, "6");
    EXPECT_EQ(consent.heading, "CONSENT AGENDA");
    ASSERT_EQ(consent.content.size(), 3u);  // a., b. and the motion on its own
    const Decision& motion = std::get<Decision>(consent.content[2]);
    EXPECT_EQ(motion.kind, DecisionKind::motion);
    EXPECT_EQ(motion.mover, "Councilmember Reyes");
    EXPECT_EQ(motion.result, "carried");
    EXPECT_EQ(motion.votes_for, 3);
    EXPECT_EQ(motion.votes_against, 0);
    const Item& business = m.items[1];
    EXPECT_EQ(business.heading, "NEW BUSINESS");
    ASSERT_EQ(business.content.size(), 2u);
    const Item& parks = std::get<Item>(business.content[0]);
    EXPECT_EQ(parks.number, "8.1");
    ASSERT_EQ(parks.content.size(), 2u);
    const Action& a = std::get<Action>(parks.content[1]);
    EXPECT_EQ(a.owner, "Staff");
    EXPECT_EQ(a.due, "2024-06-17");
}

TEST(Assemble, TasksInRunningTextAreActionsForKnownOwnersOnly) {
    const Minutes m = conv(
        "Finance Committee\nMinutes of the meeting held on 3 March 2025\n\n"
        "Present: Jane Smith (JS), Tom Brown\n\n1. Budget\n"
        "The budget was reviewed. JS to circulate the figures by 14 March 2025.\n\n"
        "TB to contact the auditors.\n\nLondon to host the next regional forum.\n");
    ASSERT_EQ(m.items.size(), 1u);
    const auto& body = m.items[0].content;
    ASSERT_EQ(body.size(), 4u);
    EXPECT_EQ(std::get<Paragraph>(body[0]).text(), "The budget was reviewed.");
    EXPECT_EQ(std::get<Action>(body[1]).owner, "JS");
    EXPECT_EQ(std::get<Action>(body[1]).due, "2025-03-14");
    EXPECT_EQ(std::get<Action>(body[2]).owner, "TB");  // Tom Brown's initials
    EXPECT_TRUE(std::holds_alternative<Paragraph>(body[3]));
}

TEST(Assemble, ApologiesItemRightUnderItsHeadingFillsTheApologies) {
    const Minutes m = conv(
        "ELMBRIDGE GREEN PARISH COUNCIL\n\nMinutes of the meeting held on 10 February 2025\n\n"
        "Present: Cllr Margaret Hale (Chair), Cllr Owen Price\n\n"
        "25/14 Apologies for absence\nApologies were received and accepted from Cllr Neil "
        "Carver.\n\n25/15 Precept\nProposed Cllr Hale, seconded Cllr Price, and RESOLVED that "
        "the precept be set at \u00a318,600.\n");
    ASSERT_TRUE(m.attendance.apologies);
    ASSERT_EQ(m.attendance.apologies->people.size(), 1u);
    EXPECT_EQ(m.attendance.apologies->people[0].name, "Cllr Neil Carver");
    ASSERT_EQ(m.items.size(), 2u);
    EXPECT_EQ(m.items[0].content.size(), 1u);  // the sentence stays in its item too
    const Decision& d = std::get<Decision>(m.items[1].content.at(0));
    EXPECT_EQ(d.mover, "Cllr Hale");
    EXPECT_EQ(d.result, "carried");
}

TEST(Assemble, InitialsOfAListedNameResolveWhenOnlyOnePersonHasThem) {
    const Minutes m = conv(
        "# Riverbank Food Bank Trustees\n\n**Date:** 4 March 2025\n\n"
        "**Trustees present:** Gareth Lloyd (Treasurer), Sofia Marin, Sam Miles\n"
        "**Also attending:** Hannah Cole (Operations Manager)\n\n## 1. Finance\n"
        "GL presented the figures. SM asked about reserves. HC noted the rota.\n");
    ASSERT_TRUE(m.attendance.in_attendance);
    EXPECT_EQ(m.attendance.in_attendance->people.at(0).name, "Hannah Cole");
    const Paragraph& p = std::get<Paragraph>(m.items.at(0).content.at(0));
    const auto mentions = mentions_of(p);
    // GL and HC fit one person each; SM fits Sofia Marin and Sam Miles: no ref
    ASSERT_EQ(mentions.size(), 3u);
    EXPECT_EQ(mentions[0], std::make_pair(std::string("GL"), std::string("p1")));
    EXPECT_EQ(mentions[1].second, "");
    EXPECT_EQ(mentions[2], std::make_pair(std::string("HC"), std::string("p4")));
}

// Names are matched word by word: words run over letters and digits of any script and inner
// hyphens or underscores ("figures--as" is one word), a trailing hyphen is no part of a word,
// and a listed name is found without its honorific.
TEST(Assemble, MentionsAreFoundWordByWord) {
    const Minutes m = conv(
        "# Riverbank Food Bank Trustees\n\n**Date:** 4 March 2025\n\n## Present\n\n"
        "- Cllr Gareth Lloyd\n- Alison M\u00fcller\n- Sofia Marin\n\n## 1. Finance\n"
        "Gareth Lloyd presented the figures--as did Alison M\u00fcller; Sofia Marin- noted the "
        "rota_2025-.\n");
    ASSERT_TRUE(m.attendance.present);
    ASSERT_EQ(m.attendance.present->people.size(), 3u);
    const Paragraph& p = std::get<Paragraph>(m.items.at(0).content.at(0));
    const auto mentions = mentions_of(p);
    ASSERT_EQ(mentions.size(), 3u);
    EXPECT_EQ(mentions[0], std::make_pair(std::string("Gareth Lloyd"), std::string("p1")));
    EXPECT_EQ(mentions[1], std::make_pair(std::string("Alison M\u00fcller"), std::string("p2")));
    EXPECT_EQ(mentions[2], std::make_pair(std::string("Sofia Marin"), std::string("p3")));
    EXPECT_EQ(p.text(),
              "Gareth Lloyd presented the figures--as did Alison M\u00fcller; Sofia Marin- noted "
              "the rota_2025-.");
}

// Names whose first words share their first seven letters and their length are told apart.
TEST(Assemble, MentionsTellApartLongFirstWordsWithTheSameStart) {
    const Minutes m = conv(
        "# Riverbank Food Bank Trustees\n\n**Date:** 4 March 2025\n\n## Present\n\n"
        "- Christopher Lee\n- Christophel Ray\n- Christopherson Hale\n\n## 1. Finance\n"
        "Christophel Ray presented the figures; Christopher Lee noted the rota.\n\n"
        "No one else spoke.\n");
    ASSERT_TRUE(m.attendance.present);
    ASSERT_EQ(m.attendance.present->people.size(), 3u);
    const Paragraph& p = std::get<Paragraph>(m.items.at(0).content.at(0));
    const auto mentions = mentions_of(p);
    ASSERT_EQ(mentions.size(), 2u);
    EXPECT_EQ(mentions[0], std::make_pair(std::string("Christophel Ray"), std::string("p2")));
    EXPECT_EQ(mentions[1], std::make_pair(std::string("Christopher Lee"), std::string("p1")));
    // a text without a mention is one plain run
    const Paragraph& none = std::get<Paragraph>(m.items.at(0).content.at(1));
    ASSERT_EQ(none.content.size(), 1u);
    EXPECT_FALSE(none.content[0].mention);
    EXPECT_EQ(none.content[0].text, "No one else spoke.");
}

TEST(Assemble, MinutesWrittenAsATableGiveAnItemPerRow) {
    const Minutes m = conv(
        "# Northgate NHS Trust\n## Quality Committee \u2013 Minutes\n**Date:** 16 January 2025\n\n"
        "**Present:** Paul Grant (Chief Nurse), Leanne Shaw (Director of Quality)\n\n"
        "| Ref | Item | Discussion | Action | Due |\n|---|---|---|---|---|\n"
        "| QS25/01 | Welcome | The Chair welcomed members. | | |\n"
        "| QS25/03 | Infection control | PG presented the report. | PG to bring a plan. | "
        "February |\n| | 4. Any other business | None. | | |\n");
    ASSERT_EQ(m.items.size(), 3u);
    EXPECT_EQ(m.items[0].number, "QS25/01");
    EXPECT_EQ(m.items[0].heading, "Welcome");
    EXPECT_EQ(std::get<Paragraph>(m.items[0].content.at(0)).text(), "The Chair welcomed members.");
    ASSERT_EQ(m.items[1].content.size(), 2u);
    const Action& a = std::get<Action>(m.items[1].content[1]);
    EXPECT_EQ(a.owner, "PG");
    EXPECT_EQ(a.due, "2025-02");
    EXPECT_EQ(m.items[2].number, "4");  // the number written in the item column
    EXPECT_EQ(m.items[2].heading, "Any other business");
}

TEST(Assemble, MarkdownActionTablesAreReadByColumn) {
    const Minutes m = conv(
        "# Board minutes 4 May 2020\n\nPresent: Ann Smith, Bob Jones\n\n## 1. Actions\n\n"
        "| No. | Action | Owner | Due |\n|---|---|---|---|\n"
        "| 1 | Review the fees | Bob Jones | 30 June 2020 |\n");
    ASSERT_EQ(m.items.size(), 1u);
    ASSERT_EQ(m.items[0].content.size(), 1u);
    const Action& a = std::get<Action>(m.items[0].content[0]);
    EXPECT_EQ(a.owner, "Bob Jones");
    EXPECT_EQ(a.due, "2020-06-30");
}

TEST(Assemble, ClausesUnderADecisionAreItsOwn) {
    const Minutes m = conv(
        "Cabinet minutes 14 November 2024\n\nPresent: Cllr Ann Marsh, Cllr Bob Okafor\n\n"
        "48. Financial Strategy\n\nThe report was presented.\n\nRESOLVED:\n\n"
        "(1) That the strategy be recommended to Council.\n\n"
        "(2) That the reserves policy be noted.\n\nThe Chair thanked officers.\n");
    ASSERT_EQ(m.items.size(), 1u);
    const auto& body = m.items[0].content;
    ASSERT_EQ(body.size(), 3u);
    const Decision& d = std::get<Decision>(body[1]);
    EXPECT_EQ(d.kind, DecisionKind::resolution);
    EXPECT_EQ(d.text,
              "RESOLVED: (1) That the strategy be recommended to Council. (2) That the reserves "
              "policy be noted.");
    EXPECT_EQ(std::get<Paragraph>(body[2]).text(), "The Chair thanked officers.");
}

TEST(Assemble, InitialsAndSurnamesInStaffListsAndATimeAndVenueLine) {
    const Minutes m = conv(
        "TOWN OF BRIDGEWATER\nCOUNCIL MEETING MINUTES\nMonday, February 3, 2025\n"
        "6:00 p.m., Council Chambers\n\nPresent:\nMayor D. Morrison\nCouncillor R. Leblanc\n\n"
        "Staff:\nK. Walsh, Chief Administrative Officer\nM. Fortin, Clerk\n\n"
        "A. CALL TO ORDER\nThe Mayor called the meeting to order.\n");
    EXPECT_EQ(m.meta.time, "18:00");
    EXPECT_EQ(m.meta.venue, "Council Chambers");
    ASSERT_TRUE(m.attendance.in_attendance);
    ASSERT_EQ(m.attendance.in_attendance->people.size(), 2u);
    EXPECT_EQ(m.attendance.in_attendance->people[1].name, "M. Fortin");
    EXPECT_EQ(m.attendance.in_attendance->people[1].role, "Clerk");
    ASSERT_EQ(m.items.size(), 1u);  // a lettered item is still an item
    EXPECT_EQ(m.items[0].number, "A");
}

// A paragraph with its mentions marked: [text|ref].
std::string marked(const Paragraph& p) {
    std::string out;
    for (const Inline& in : p.content)
        out += in.mention ? "[" + in.text + "|" + in.ref + "]" : in.text;
    return out;
}

// Words start and end as the whole text is read, whatever stands before a capital: a joiner
// carries a word on ("x-AB", "é_BD" are one word each), a punctuation mark of any script ends
// it ("café’AE"), and the words before and after a capital are those of the whole text too. The
// same with a listed name that starts with no ASCII capital ("Élodie Martin").
TEST(Assemble, MentionsReadTheWordsAroundCapitalsAsTheWholeText) {
    const std::string body =
        "## 1. Finance\nx-AB noted the figures; \u00e9-AC noted; \u00e9AD noted; "
        "caf\u00e9\u2019AE noted; -AF noted; \u00c9lodie noted; the AG said; caf\u00e9 AH said; "
        "\u2014 KP said; \u00e9 \u201cKQ\u201d said; GL and RT noted; Sofia Marin noted; asked FH. "
        "thanked \u00e9\u00e9 QS today. BA_ noted. _BC noted; \u00e9_BD noted. 3BE noted. "
        "\u2019BF noted, \u00e9\u2019BG noted.\n\n"
        "Nothing (DK) here by the Data Kit (KD) and the AS team, a \u00e9 \u00e9 (CA) b, (CB), "
        "the (CC), the\u2019CD and x (CE) x.\n\nCA noted. CB noted. CC noted. CD noted. CE "
        "noted.\n";
    const std::string expected =
        "x-AB noted the figures; \u00e9-AC noted; \u00e9AD noted; caf\u00e9\u2019[AE|] noted; -AF "
        "noted; \u00c9lodie noted; the AG said; caf\u00e9 [AH|] said; \u2014 [KP|] said; \u00e9 "
        "\u201cKQ\u201d said; [GL|p1] and [RT|] noted; [Sofia Marin|p2] noted; asked [FH|]. "
        "thanked \u00e9\u00e9 QS today. [BA|] noted. [BC|] noted; \u00e9_BD noted. 3BE noted. "
        "\u2019[BF|] noted, \u00e9\u2019[BG|] noted.";
    const std::string head =
        "# Riverbank Food Bank Trustees\n\n**Date:** 4 March 2025\n\n## Present\n\n"
        "- Gareth Lloyd (GL)\n- Sofia Marin\n";
    for (const bool elodie : {false, true}) {
        const Minutes m = conv(head + (elodie ? "- \u00c9lodie Martin\n\n" : "\n") + body);
        const auto& content = m.items.at(0).content;
        ASSERT_EQ(content.size(), 3u);
        std::string want = expected;
        if (elodie) want.replace(want.find("\u00c9lodie noted"), 7, "[\u00c9lodie|p3]");
        EXPECT_EQ(marked(std::get<Paragraph>(content[0])), want);
        EXPECT_EQ(marked(std::get<Paragraph>(content[2])),
                  "CA noted. [CB|] noted. [CC|] noted. CD noted. [CE|] noted.");
    }
}

}  // namespace
}  // namespace mtk::converters
