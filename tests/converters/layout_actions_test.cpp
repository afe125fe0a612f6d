// Actions: explicit lines, owner, due date, status; next meetings.
#include <gtest/gtest.h>

#include "layout/actions.hpp"
#include "layout/letter_search.hpp"
#include "layout/next_meeting.hpp"

namespace mtk::converters::layout {
namespace {

TEST(Action, NumberedWithMonthMeeting) {
    auto a = parse_action_line(
        "Action 1 \u2013 Met to research future CCTV needs and report back to the "
        "December LCRB meeting.",
        "2014-06-09");
    ASSERT_TRUE(a);
    EXPECT_EQ(a->number, "1");
    EXPECT_EQ(a->owner, "Met");
    EXPECT_EQ(a->due, "2014-12");
    EXPECT_EQ(a->text.substr(0, 6), "Met to");
}

TEST(Action, OwnerAndDueWithoutYear) {
    auto a =
        parse_action_line("ACTION: Clerk to circulate the revised budget by 30 June", "2023-03-15");
    ASSERT_TRUE(a);
    EXPECT_EQ(a->owner, "Clerk");
    EXPECT_EQ(a->due, "2023-06-30");
    a = parse_action_line("AI: Greg: follow up", "");
    ASSERT_TRUE(a);
    EXPECT_EQ(a->owner, "Greg");
    EXPECT_EQ(a->due, "");
    a = parse_action_line("PR - Action-BM-2017-03 Draft Risk Register for Association", "");
    ASSERT_TRUE(a);
    EXPECT_EQ(a->number, "BM-2017-03");
    EXPECT_EQ(a->owner, "PR");
}

TEST(Action, NoOwner) {
    auto a = parse_action_line("Action 2 \u2013 Partners asked to review budget reductions",
                               "2014-06-09");
    ASSERT_TRUE(a);
    EXPECT_EQ(a->owner, "");
    EXPECT_EQ(find_owner("Introduction to IMD"), "");
    EXPECT_EQ(find_owner("All to read the paper"), "");
    EXPECT_EQ(find_owner("Alan/Mandy to lead discussion"), "Alan/Mandy");
    EXPECT_EQ(find_owner("Cupid and John to meet"), "Cupid and John");
    // a speaker before a dash between spaces; a hyphen inside a word is no separator
    EXPECT_EQ(find_owner("Mary-Jane Smith - send the notes"), "Mary-Jane Smith");
    EXPECT_EQ(find_owner("JR -send - the notes"), "");
    EXPECT_EQ(find_owner("Alan \u2014 send the notes"), "Alan");
    EXPECT_EQ(find_owner("Alan\u2013 send \u2013 the notes"), "");
}

TEST(Action, NotActions) {
    EXPECT_FALSE(parse_action_line("Action updates were received.", ""));
    EXPECT_FALSE(parse_action_line("Actions from the February meeting were all closed.", ""));
    EXPECT_FALSE(parse_action_line("Actionable items were discussed", ""));
}

TEST(Action, Status) {
    EXPECT_EQ(find_status("Status: still not done"), ActionStatus::open);
    EXPECT_EQ(find_status("Action 2016-07 CLOSED."), ActionStatus::closed);
    EXPECT_EQ(find_status("to be carried forward to June"), ActionStatus::carried);
    EXPECT_EQ(find_status("Carried over; closed later"), ActionStatus::carried);
    EXPECT_EQ(find_status("Carry forward"), ActionStatus::carried);
    EXPECT_EQ(find_status("Carrie to report"), ActionStatus::open);
    // an open phrase outweighs what else the text says
    EXPECT_EQ(find_status("Completed in part, still open"), ActionStatus::open);
    EXPECT_EQ(find_status("Carried forward, not yet started"), ActionStatus::open);
    EXPECT_EQ(find_status("Ongoing"), ActionStatus::open);
    EXPECT_EQ(find_status("Report done"), ActionStatus::closed);
    // each phrase wherever it stands, carried before closed
    EXPECT_EQ(find_status("Closed; later carried forward"), ActionStatus::carried);
    EXPECT_EQ(find_status("Resolved"), ActionStatus::closed);
    EXPECT_EQ(find_status("Issue unresolved"), ActionStatus::open);
    EXPECT_EQ(find_status("not completed, then completed"), ActionStatus::closed);
    EXPECT_EQ(find_status("Incomplete"), ActionStatus::open);
    EXPECT_EQ(find_status("Duty discharged"), ActionStatus::closed);
    EXPECT_EQ(find_status("The case is closedown"), ActionStatus::open);
    auto s = parse_action_line("Action 2016-07 CLOSED.", "");
    ASSERT_TRUE(s);
    EXPECT_TRUE(s->status_only);
    EXPECT_EQ(s->number, "2016-07");
}

TEST(Action, TaskListBoxesAndHandles) {
    // GitHub-style action items: the box says open or done, a handle names the owner.
    const ParsedAction open =
        action_from_text("[ ] @alice-nguyen to publish the RC2 notes by 2025-02-13", "2025-02-06");
    EXPECT_EQ(open.owner, "@alice-nguyen");
    EXPECT_EQ(open.due, "2025-02-13");
    EXPECT_EQ(open.status, ActionStatus::open);
    const ParsedAction done = action_from_text("[x] Dana to update the guide", "2025-02-06");
    EXPECT_EQ(done.owner, "Dana");
    EXPECT_EQ(done.status, ActionStatus::closed);
    EXPECT_EQ(find_owner("@ to do things"), "");
}

TEST(Action, LeadIn) {
    EXPECT_EQ(lead_in_owner("JR takes action items to reach out to:"), "JR");
    EXPECT_EQ(lead_in_owner("The following were discussed:"), "");
}

TEST(NextMeeting, Forms) {
    auto n = parse_next_meeting(
        "Date of next LCRB meeting: 15 September 2014. 11:00am at City Hall", "2014-06-09", true);
    ASSERT_TRUE(n);
    EXPECT_EQ(n->date, "2014-09-15");
    EXPECT_EQ(n->time, "11:00");
    EXPECT_EQ(n->title, "LCRB meeting");
    EXPECT_EQ(n->venue, "City Hall");
    n = parse_next_meeting("The next meeting will be on Friday, June 30th at 10am", "2023-06-02",
                           false);
    ASSERT_TRUE(n);
    EXPECT_EQ(n->date, "2023-06-30");
    EXPECT_EQ(n->time, "10:00");
    EXPECT_FALSE(parse_next_meeting("The meeting on 5 May went well", "2023-06-02", false));
    EXPECT_FALSE(parse_next_meeting("The next meeting will be arranged", "2023-06-02", false));
}

TEST(ProseAction, SentencesThatGiveSomeoneATask) {
    const auto known = [](std::string_view owner) {
        return owner == "JS" || owner == "The Clerk" || owner == "Mrs. Smith" || owner == "Staff";
    };
    const std::string text =
        "The committee reviewed the budget. JS to circulate the figures by 14 March. It was "
        "noted.";
    const auto spans = action_sentences(text, known);
    ASSERT_EQ(spans.size(), 1u);
    EXPECT_EQ(text.substr(spans[0].first, spans[0].second - spans[0].first),
              "JS to circulate the figures by 14 March. ");
    EXPECT_EQ(action_sentences("The Clerk will write to the bank.", known).size(), 1u);
    EXPECT_EQ(action_sentences("Staff agreed to report back.", known).size(), 1u);
    EXPECT_EQ(find_owner("The Director of Finance to circulate the analysis."),
              "The Director of Finance");
    // "p.m." can end a sentence, "Mrs." cannot: the owner is "Mrs. Smith"
    const auto mrs = action_sentences("Closed at 7 p.m. Mrs. Smith to call the bank.", known);
    ASSERT_EQ(mrs.size(), 1u);
    EXPECT_EQ(mrs[0].first, 17u);
}

TEST(ProseAction, NoTaskNoUnknownOwner) {
    const auto known = [](std::string_view owner) { return owner == "JS"; };
    EXPECT_TRUE(action_sentences("London to host the games in 2012.", known).empty());
    EXPECT_TRUE(action_sentences("JS will be away in May.", known).empty());
    EXPECT_TRUE(action_sentences("JS to the rescue.", known).empty());
    EXPECT_TRUE(action_sentences("Welcome to the meeting. JS noted the figures.", known).empty());
    EXPECT_TRUE(action_sentences("Members agreed to defer the item.", known).empty());
}

// The cue is " to " or " will ": in lower case somewhere in the paragraph, in any case in
// the sentence of the task.
TEST(ProseAction, CueCase) {
    const auto known = [](std::string_view owner) { return owner == "JS" || owner == "TB"; };
    EXPECT_TRUE(action_sentences("JS TO circulate the figures.", known).empty());
    EXPECT_TRUE(action_sentences("JS WILL circulate the figures.", known).empty());
    const std::string text = "JS agreed TO review. TB will check them.";
    const auto spans = action_sentences(text, known);
    ASSERT_EQ(spans.size(), 2u);
    EXPECT_EQ(spans[0].first, 0u);
    EXPECT_EQ(spans[1].first, 21u);
    EXPECT_TRUE(action_sentences("JS to", known).empty());             // no word after the cue
    EXPECT_TRUE(action_sentences("JS-to circulate.", known).empty());  // no space before it
    EXPECT_EQ(action_sentences("Note: JS will write.", known).size(), 0u);
}

TEST(NextMeeting, SaysNextInAnyCase) {
    EXPECT_TRUE(parse_next_meeting("NEXT MEETING: 5 May 2023", "2023-04-02", false));
    EXPECT_TRUE(parse_next_meeting("The Next meeting is 5 May 2023", "2023-04-02", false));
    EXPECT_FALSE(parse_next_meeting("The text meeting is 5 May 2023", "2023-04-02", false));
    EXPECT_FALSE(parse_next_meeting("nex", "2023-04-02", false));
    EXPECT_FALSE(parse_next_meeting("x", "2023-04-02", false));
}

TEST(Due, CueWordsBeforeTheDate) {
    EXPECT_EQ(find_due("circulate BY 30 June 2023", "2023-01-01"), "2023-06-30");
    EXPECT_EQ(find_due("circulate (by  30 June 2023)", "2023-01-01"), "2023-06-30");
    EXPECT_EQ(find_due("due at the end of 30 June 2023", ""), "2023-06-30");  // 2 words back
    EXPECT_EQ(find_due("by the start of the 30 June 2023", ""), "");  // 4 words back: too far
    EXPECT_EQ(find_due("due by the 30 June 2023", ""), "2023-06-30");
    EXPECT_EQ(find_due("30 June 2023 by then", ""), "");
    EXPECT_EQ(find_due("noted 1 May 2023, then due on 30 June 2023", ""), "2023-06-30");
}

// find_by_letter finds what ifind (any case) or find (exact) finds, from the letter it is told.
TEST(LetterSearch, AsIfindAndFind) {
    for (const std::string_view s :
         {"the NEXT meeting, the next one", "Next", "nexT next", "nex", "", "x", "next next ",
          "a note to self: Go to the TO DO list", " to ", "to ", "xx next"}) {
        for (const std::string_view needle : {"next", "next ", " to "}) {
            constexpr std::size_t anchor = 2;  // the 'x' of "next", the 'o' of " to "
            for (std::size_t from = 0; from <= s.size(); ++from) {
                EXPECT_EQ(find_by_letter(s, needle, anchor, true, from), ifind(s, needle, from))
                    << s << " / " << needle << " / " << from;
                EXPECT_EQ(find_by_letter(s, needle, anchor, false, from), s.find(needle, from))
                    << s << " / " << needle << " / " << from;
            }
        }
    }
    EXPECT_EQ(find_by_letter("Dan will go; Ann WILL too", " will ", 1, true), 3u);
    EXPECT_EQ(find_by_letter("Ann WILL go; Dan will too", " will ", 1, false), 16u);
}

TEST(Due, TheDatedMeeting) {
    EXPECT_EQ(find_due("bring the second reading to the June 3, 2024 meeting", "2024-05-20"),
              "2024-06-03");
    EXPECT_EQ(find_due("schedule the case for the May 7, 2025 City Council meeting", "2025-04-09"),
              "2025-05-07");
    EXPECT_EQ(find_due("report back to the December LCRB meeting", "2014-06-09"), "2014-12");
    EXPECT_EQ(find_due("arrange a second induction evening in April.", "2025-03-04"), "2025-04");
    EXPECT_EQ(find_due("review the lease by the end of January", "2025-03-04"), "2026-01");
    EXPECT_EQ(find_due("he may attend in person", "2025-03-04"), "");
}

}  // namespace
}  // namespace mtk::converters::layout
