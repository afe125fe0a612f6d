// Decisions: resolutions and motions in running text, their result, votes, mover, seconder.
#include <gtest/gtest.h>

#include <algorithm>

#include "layout/decisions.hpp"

namespace mtk::converters::layout {
namespace {

std::string span_text(std::string_view text, const DecisionSpan& s) {
    return std::string(text.substr(s.begin, s.end - s.begin));
}

TEST(Decisions, ResolutionsRunToTheEndOfTheParagraph) {
    for (std::string_view text :
         {"RESOLVED: That the minutes be approved. The Chair signed them.",
          "Resolved \u2013 that the report be noted.", "AGREED that the fees rise by 3%.",
          "NOW, THEREFORE, BE IT RESOLVED, that a committee be established.",
          "Decision: the item was deferred.", "It was unanimously agreed to write to the bank."}) {
        const auto found = find_decisions(text);
        ASSERT_EQ(found.size(), 1u) << text;
        EXPECT_EQ(found[0].begin, 0u) << text;
        EXPECT_EQ(found[0].end, text.size()) << text;
        EXPECT_EQ(found[0].decision.kind, DecisionKind::resolution) << text;
    }
    const std::string text =
        "The rent review was discussed. The Council noted it and it was resolved to keep the rent.";
    const auto found = find_decisions(text);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(span_text(text, found[0]),
              "The Council noted it and it was resolved to keep the rent.");
}

TEST(ProseCues, FindsEachCueAsItsReaderWould) {
    const ProseCues none = prose_cues("The report was noted by members.");
    EXPECT_FALSE(none.next);
    EXPECT_FALSE(none.task);
    EXPECT_TRUE(none.stems.empty());
    // "next" in any case; " to " and " will " as written, between spaces
    EXPECT_TRUE(prose_cues("The NEXT meeting").next);
    EXPECT_FALSE(prose_cues("The nexus of the text").next);
    EXPECT_TRUE(prose_cues("Ann to write").task);
    EXPECT_TRUE(prose_cues("Ann will write").task);
    EXPECT_FALSE(prose_cues("Toronto, to.").task);
    EXPECT_FALSE(prose_cues("Ann Will write; willing").task);
    // the stems of deciding, in any case, where they stand
    const std::string_view text = "It was AGREED to move. The Motion was voted on.";
    const ProseCues cues = prose_cues(text);
    std::vector<std::string_view> stems;
    for (const auto& [begin, end] : cues.stems) stems.push_back(text.substr(begin, end - begin));
    std::sort(stems.begin(), stems.end());
    EXPECT_EQ(stems, (std::vector<std::string_view>{"AGREE", "Motion", "move", "vote"}));
    EXPECT_TRUE(cues.task);
}

TEST(Decisions, NoDecisionInOrdinaryText) {
    for (std::string_view text :
         {"The problem was resolved by the supplier.", "Members agreed with the approach.",
          "The motion picture licence was discussed.", "Agreement was reached on the lease.",
          "Resolve the issue before May."})
        EXPECT_TRUE(find_decisions(text).empty()) << text;
}

TEST(Decisions, MotionWithMoverSeconderResultAndVotes) {
    const std::string text =
        "Public hearing closed at 7:41 p.m. Motion by Councilmember Whitfield, seconded by "
        "Councilmember Reyes, to adopt Ordinance 2024-07 on first reading. Motion carried 4-1 "
        "(Brandt opposed). Staff will report.";
    const auto found = find_decisions(text);
    ASSERT_EQ(found.size(), 1u);
    const Decision& d = found[0].decision;
    EXPECT_EQ(span_text(text, found[0]),
              "Motion by Councilmember Whitfield, seconded by Councilmember Reyes, to adopt "
              "Ordinance 2024-07 on first reading. Motion carried 4-1 (Brandt opposed). ");
    EXPECT_EQ(d.kind, DecisionKind::motion);
    EXPECT_EQ(d.mover, "Councilmember Whitfield");
    EXPECT_EQ(d.seconder, "Councilmember Reyes");
    EXPECT_EQ(d.result, "carried");
    EXPECT_EQ(d.votes_for, 4);
    EXPECT_EQ(d.votes_against, 1);
    EXPECT_FALSE(d.abstentions);  // 2024-07 is an ordinance's number, not votes
}

TEST(Decisions, OtherMotionShapesAndResults) {
    const auto moved = find_decisions(
        "Cllr Ahmed moved that the budget be approved, seconded by Cllr Boyd. On being put to "
        "the vote the motion was lost (3 for, 5 against, 1 abstention).");
    ASSERT_EQ(moved.size(), 1u);
    EXPECT_EQ(moved[0].decision.mover, "Cllr Ahmed");
    EXPECT_EQ(moved[0].decision.seconder, "Cllr Boyd");
    EXPECT_EQ(moved[0].decision.result, "lost");
    EXPECT_EQ(moved[0].decision.votes_for, 3);
    EXPECT_EQ(moved[0].decision.votes_against, 5);
    EXPECT_EQ(moved[0].decision.abstentions, 1);
    const auto withdrawn =
        find_decisions("It was moved by Ann Lee to close the pool. The motion was withdrawn.");
    ASSERT_EQ(withdrawn.size(), 1u);
    EXPECT_EQ(withdrawn[0].decision.mover, "Ann Lee");
    EXPECT_EQ(withdrawn[0].decision.result, "withdrawn");
    // no result said: the motion's own sentence only, result unknown
    const auto open = find_decisions("Motion by Dan Reyes to table the item. Discussion followed.");
    ASSERT_EQ(open.size(), 1u);
    EXPECT_EQ(open[0].decision.result, "");
    EXPECT_EQ(open[0].end, std::string("Motion by Dan Reyes to table the item. ").size());
}

TEST(Decisions, ProposedAndSecondedAsParishCouncilsWriteIt) {
    const auto all = find_decisions(
        "It was proposed by Cllr Hale and seconded by Cllr Price that the precept be set at "
        "\u00a312,400. All in favour.");
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].decision.mover, "Cllr Hale");
    EXPECT_EQ(all[0].decision.seconder, "Cllr Price");
    EXPECT_EQ(all[0].decision.result, "carried");
    const auto short_form =
        find_decisions("Proposed Cllr Hale, seconded Cllr Price, and RESOLVED to buy a bench.");
    ASSERT_EQ(short_form.size(), 1u);
    EXPECT_EQ(short_form[0].decision.kind, DecisionKind::motion);
    EXPECT_EQ(short_form[0].decision.mover, "Cllr Hale");
    EXPECT_EQ(short_form[0].decision.seconder, "Cllr Price");
    EXPECT_EQ(short_form[0].decision.result, "carried");
    // "proposed" without a seconder is no motion
    EXPECT_TRUE(find_decisions("Proposed changes to the footpath were discussed.").empty());
}

TEST(Decisions, AustralianMotionBlocks) {
    const std::string text =
        "RESOLUTION 2025/041 Moved: Cr Mulligan Seconded: Cr Karim That the minutes be "
        "confirmed. CARRIED 4/1";
    const auto found = find_decisions(text);
    ASSERT_EQ(found.size(), 1u);
    const Decision& d = found[0].decision;
    EXPECT_EQ(d.number, "2025/041");
    EXPECT_EQ(d.mover, "Cr Mulligan");
    EXPECT_EQ(d.seconder, "Cr Karim");
    EXPECT_EQ(d.result, "carried");
    EXPECT_EQ(d.votes_for, 4);
    EXPECT_EQ(d.votes_against, 1);
    // the result in a paragraph of its own, after the motion's clauses
    Decision later;
    later.kind = DecisionKind::motion;
    EXPECT_TRUE(read_result("CARRIED 4/1 For: Crs Tran, Mulligan, Doyle, O'Connell", later));
    EXPECT_EQ(later.result, "carried");
    EXPECT_EQ(later.votes_for, 4);
    Decision none;
    EXPECT_FALSE(read_result("Carried forward items were reviewed by 12/25 members.", none));
    EXPECT_FALSE(read_result("Members discussed the budget.", none));
    EXPECT_EQ(none.result, "");
    EXPECT_FALSE(none.votes_for);
    Decision unanimous;
    EXPECT_TRUE(read_result("Carried unanimously.", unanimous));
    EXPECT_EQ(unanimous.result, "carried");
    Decision boarddocs;  // BoardDocs, used by many US school boards
    EXPECT_TRUE(read_result("Final Resolution: Motion Carries", boarddocs));
    EXPECT_EQ(boarddocs.result, "carried");
    // a slash is a vote only right after the result
    const auto fraction = find_decisions("Motion by Ann Lee to amend. Carried by a 2/3 majority.");
    ASSERT_EQ(fraction.size(), 1u);
    EXPECT_EQ(fraction[0].decision.result, "carried");
    EXPECT_FALSE(fraction[0].decision.votes_for);
}

TEST(Decisions, VoteLinesUnderAMotion) {
    Decision d;
    EXPECT_TRUE(read_vote_line("Aye: 4 - Rivera, O'Neill, Natarajan, Walker", d));
    EXPECT_TRUE(read_vote_line("Nay: 2 - Kim, Ford", d));
    EXPECT_TRUE(read_vote_line("Abstain: Nil", d));
    EXPECT_FALSE(read_vote_line("Absent: 1 - Kim", d));  // not a vote
    EXPECT_FALSE(read_vote_line("Staff: report back in May", d));
    EXPECT_EQ(d.votes_for, 4);
    EXPECT_EQ(d.votes_against, 2);
    EXPECT_EQ(d.abstentions, 0);
    Decision named;
    EXPECT_TRUE(read_vote_line("For: Crs Tran, Mulligan, Doyle and O'Connell", named));
    EXPECT_EQ(named.votes_for, 4);
}

TEST(Decisions, CanadianMotionWithARecordedVote) {
    const auto found = find_decisions(
        "Resolution No. 2025-16 Moved by: Councillor Nguyen Seconded by: Councillor Leblanc THAT "
        "Council approve an additional $45,000. Recorded Vote: Yes: Mayor Morrison, Deputy Mayor "
        "Patel, Councillor Leblanc No: Councillor O'Brien CARRIED");
    ASSERT_EQ(found.size(), 1u);
    const Decision& d = found[0].decision;
    EXPECT_EQ(d.number, "2025-16");
    EXPECT_EQ(d.mover, "Councillor Nguyen");
    EXPECT_EQ(d.seconder, "Councillor Leblanc");
    EXPECT_EQ(d.result, "carried");
    EXPECT_EQ(d.votes_for, 3);
    EXPECT_EQ(d.votes_against, 1);
}

TEST(Decisions, NewEnglandVotes) {
    const auto duly = find_decisions(
        "Upon a motion duly made and seconded, the Board voted 4-1 to approve the warrant.");
    ASSERT_EQ(duly.size(), 1u);
    EXPECT_EQ(duly[0].decision.kind, DecisionKind::motion);
    EXPECT_EQ(duly[0].decision.result, "carried");
    EXPECT_EQ(duly[0].decision.votes_for, 4);
    EXPECT_EQ(duly[0].decision.votes_against, 1);
    const auto voted = find_decisions("VOTED: To approve the minutes of March 3, 2025.");
    ASSERT_EQ(voted.size(), 1u);
    EXPECT_EQ(voted[0].decision.kind, DecisionKind::resolution);
    EXPECT_TRUE(find_decisions("Residents voted in the election last week.").empty());
}

}  // namespace
}  // namespace mtk::converters::layout
