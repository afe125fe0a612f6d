// Item headings and their numbers; attendance, actions and next-meeting labels.
#include <gtest/gtest.h>

#include "layout/headings.hpp"

namespace mtk::converters::layout {
namespace {

void expect_heading(std::string_view line, std::string_view number, std::string_view title) {
    const auto h = parse_numbered_heading(line);
    ASSERT_TRUE(h) << line;
    EXPECT_EQ(h->number, number) << line;
    EXPECT_EQ(h->title, title) << line;
}

TEST(Heading, ItemPrefixes) {
    expect_heading("Item 2 - HMIP Report \u2013 London Probation", "2",
                   "HMIP Report \u2013 London Probation");
    expect_heading("Agenda Item 2: Policing and Community Relations", "2",
                   "Policing and Community Relations");
    expect_heading("ITEM 1. Developing An Integrated Approach", "1",
                   "Developing An Integrated Approach");
    expect_heading("ITEM 2 \u2013 LCRB Stock take", "2", "LCRB Stock take");
    expect_heading("ITEM 3 Any Other Business", "3", "Any Other Business");
    expect_heading("Minute 5 Finance", "5", "Finance");
}

TEST(Heading, Numbers) {
    expect_heading("3. The London Rape Review: update", "3", "The London Rape Review: update");
    expect_heading("2.a Operational Updates", "2.a", "Operational Updates");
    expect_heading("2.1 Budget", "2.1", "Budget");
    expect_heading("23/45 Playground repairs", "23/45", "Playground repairs");
    expect_heading("A. Chairman [Brett]", "A", "Chairman [Brett]");
    expect_heading("AB. Apache Kafka Project", "AB", "Apache Kafka Project");
    // the "Item N" label wins over a list counter, which is kept beside it
    expect_heading("2. Item 3 - MOPAC's Child First Approach", "3", "MOPAC's Child First Approach");
    EXPECT_EQ(parse_numbered_heading("2. Item 3 - MOPAC's Child First Approach")->list_number, "2");
    EXPECT_EQ(parse_numbered_heading("3. Item 3 - MOPAC")->list_number, "3");
    EXPECT_EQ(parse_numbered_heading("Item 3 - MOPAC")->list_number, "");
}

TEST(Heading, NotNumbered) {
    for (std::string_view line :
         {"17 January 2023", "2018-05-31", "1/15/2021", "15 September 2014. 11:00am",
          "Welcome and apologies", "2.5m people were affected", "A. N. Other attended"})
        EXPECT_FALSE(parse_numbered_heading(line)) << line;
}

TEST(Heading, TitleLike) {
    EXPECT_TRUE(title_like("Minutes of the previous meeting and matters arising"));
    EXPECT_FALSE(title_like("There was no other business."));
    EXPECT_FALSE(title_like(
        "As part of the background to the review of Victim Services the Board heard about the "
        "unique complexities of London"));
    EXPECT_FALSE(title_like("the board agreed"));
}

TEST(Label, AttendanceGroups) {
    EXPECT_EQ(attendance_group("Attendees and apologies"), Group::present);
    EXPECT_EQ(attendance_group("Members present"), Group::present);
    EXPECT_EQ(attendance_group("Also attending:"), Group::in_attendance);
    EXPECT_EQ(attendance_group("LEAVE OF ABSENCE"), Group::apologies);
    EXPECT_EQ(attendance_group("Directors Present:"), Group::present);
    EXPECT_EQ(attendance_group("Board and advisors"), Group::present);
    EXPECT_EQ(attendance_group("## View Attendee List"), Group::present);
    EXPECT_EQ(attendance_group("Apologies for absence"), Group::apologies);
    EXPECT_EQ(attendance_group("Regrets"), Group::apologies);
    EXPECT_EQ(attendance_group("Directors Absent"), Group::apologies);
    EXPECT_EQ(attendance_group("Officials in attendance"), Group::in_attendance);
    EXPECT_EQ(attendance_group("Executive Officers Present"), Group::in_attendance);
    EXPECT_EQ(attendance_group("Non-voting observers"), Group::in_attendance);
    EXPECT_EQ(attendance_group("1. Attendees and apologies"), Group::present);
    EXPECT_EQ(attendance_group("Welcome and apologies"), Group::none);
    EXPECT_EQ(attendance_group("Election of Officers"), Group::none);
    EXPECT_EQ(attendance_group("Board Action Items"), Group::none);
}

TEST(Label, Others) {
    EXPECT_TRUE(is_actions_label("AIs"));
    EXPECT_TRUE(is_actions_label("Review Outstanding Action Items"));
    EXPECT_FALSE(is_actions_label("MINUTES OF LAST MEETING/ACTIONS (24 March)"));
    EXPECT_TRUE(is_next_meeting_label("Date of next meetings"));
    EXPECT_TRUE(is_next_meeting_label("Date of next LCRB meeting"));
    EXPECT_FALSE(is_next_meeting_label("Confirm the host"));
    EXPECT_TRUE(is_contents_label("Contents"));
    EXPECT_TRUE(is_appendix_label("ATTACHMENTS:"));
    for (std::string_view l : {"Appendix", " annexes :", "\u00A0Annex", "Appendices\u00A0"})
        EXPECT_TRUE(is_appendix_label(l)) << l;
    for (std::string_view l : {"Appendix A", "Attachment", "Agenda", "An appendix", ""})
        EXPECT_FALSE(is_appendix_label(l)) << l;
    EXPECT_TRUE(is_doc_type_label("Public record of meeting"));
    EXPECT_FALSE(is_doc_type_label("London Crime Reduction Board"));
}

TEST(StructureHeading, PageSectionsAreNotItems) {
    EXPECT_TRUE(is_structure_heading("Items"));
    EXPECT_TRUE(is_structure_heading("Meeting minutes"));
    EXPECT_TRUE(is_structure_heading("Agenda items"));
    EXPECT_TRUE(is_structure_heading("Diagnostics"));
    EXPECT_FALSE(is_structure_heading("Minutes"));
    EXPECT_FALSE(is_structure_heading("Minutes of the previous meeting"));
    EXPECT_FALSE(is_structure_heading("Action items"));
}

TEST(SummaryLabel, GeneratedRecapsOnly) {
    EXPECT_TRUE(is_summary_label("Summary of Action Items"));
    EXPECT_TRUE(is_summary_label("Summary of Resolutions"));
    EXPECT_FALSE(is_summary_label("Summary"));
    EXPECT_FALSE(is_summary_label("Action items"));
    EXPECT_FALSE(is_summary_label("Summary of the budget"));
}

TEST(NumberedHeading, LetteredMinuteReference) {
    const auto h = parse_numbered_heading("F/34/04 Minutes");
    ASSERT_TRUE(h);
    EXPECT_EQ(h->number, "F/34/04");
    EXPECT_EQ(h->title, "Minutes");
    EXPECT_EQ(parse_numbered_heading("24/07 Date of next meeting")->number, "24/07");
    EXPECT_FALSE(parse_numbered_heading("12/03/2024 Minutes"));
    EXPECT_FALSE(parse_numbered_heading("A/V equipment"));
}

}  // namespace
}  // namespace mtk::converters::layout
