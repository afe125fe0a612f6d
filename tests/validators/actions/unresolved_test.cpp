// actions/unresolved
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/fixture.hpp"

using namespace mtk::validators::testing;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(Unresolved, FlagsPreviousActionsReportedButNotClosed) {
    const auto d = minutes(R"(<items>
      <item id="i1" number="1"><heading>Minutes of the previous meeting</heading>
        <p line="41">Paragraph 16 was removed and the minutes were agreed. Action updates were received.</p>
        <p line="85">Members noted the action from the previous meeting.</p>
        <p line="152">The actions from the February DMG meeting were all closed and actions on disproportionality were covered in the Agenda.</p>
      </item></items>)");
    EXPECT_THAT(lines(run("actions/unresolved", d)),
                ElementsAre("41: 'Action updates were received': previous actions are reported "
                            "without saying they were closed",
                            "85: 'Members noted the action from the previous meeting': previous "
                            "actions are reported without saying they were closed",
                            "152: 'actions on disproportionality were covered in the Agenda': "
                            "previous actions are reported without saying they were closed"));
}

TEST(Unresolved, ClosedActionsAndActionPlansAreClean) {
    const auto d = minutes(R"(<items><item id="i1">
        <p>MOPAC went through the LCRB completed actions.</p>
        <p>The actions from the February DMG meeting were all closed.</p>
        <p>There were no matters arising.</p>
        <p>Work was underway and the MPS noted its Action Plan.</p>
      </item></items>)");
    EXPECT_THAT(run("actions/unresolved", d), IsEmpty());
}

TEST(Unresolved, FlagsCarriedActions) {
    const auto d = minutes(R"(<items><item id="i1">
        <action id="a1" number="4" owner="Met" status="carried" line="20">Met to report.</action>
      </item></items>)");
    EXPECT_THAT(lines(run("actions/unresolved", d)),
                ElementsAre("20: action 4 is carried forward: it is still open"));
}

namespace {
const char* kJune = R"(<items><item id="i1">
    <action id="a1" number="1" owner="Met" due="2014-12" line="63">Met to research future CCTV needs.</action>
    <action id="a2" number="2" owner="Partners" due="2014-12" line="67">Partners to review budgets.</action>
  </item></items><nextMeeting date="2014-09-15"/>)";
const char* kJuneMeta = "<body>London Crime Reduction Board</body><date>2014-06-09</date>";
const char* kSeptMeta = "<body>London Crime Reduction Board</body><date>2014-09-15</date>";
}  // namespace

TEST(Unresolved, SetFlagsActionsTheNextMeetingNeverCloses) {
    const auto june = minutes(kJune, kJuneMeta, "june.txt");
    const auto sept = minutes(R"(<items><item id="i1">
        <action id="a1" number="1" owner="Met" status="closed">Met to research future CCTV needs.</action>
      </item></items>)",
                              kSeptMeta, "sept.txt");
    EXPECT_THAT(
        lines(run("actions/unresolved", {june, sept})),
        ElementsAre(
            "67: action 2 is not reported closed at the next meeting (sept.txt, 2014-09-15)"));
}

TEST(Unresolved, SetAcceptsNextMeetingThatClosesAllActions) {
    const auto june = minutes(kJune, kJuneMeta, "june.txt");
    const auto sept = minutes(
        R"(<items><item id="i1"><p>All actions from June were completed.</p></item></items>)",
        kSeptMeta, "sept.txt");
    EXPECT_THAT(run("actions/unresolved", {june, sept}), IsEmpty());
}

TEST(Unresolved, SetIgnoresOtherBodiesAndUnannouncedMeetings) {
    const auto june = minutes(kJune, kJuneMeta, "june.txt");
    const auto other = minutes(
        "<items/>", "<body>Delivery Management Group</body><date>2014-09-15</date>", "dmg.txt");
    const auto later = minutes(
        "<items/>", "<body>London Crime Reduction Board</body><date>2014-12-01</date>", "dec.txt");
    EXPECT_THAT(run("actions/unresolved", {june, other, later}), IsEmpty());
}

TEST(Unresolved, SetFindsFollowUpsByTextFoldedForCaseAndAccents) {
    const auto june = minutes(R"(<items><item id="i1">
    <action id="a1" owner="Met" line="63">Met to research future CCTV needs.</action>
    <action id="a2" owner="Met" line="64">Met to brief the Café Board.</action>
    <action id="a3" owner="Met" line="65">Met to brief the Cafe Board.</action>
    <action id="a4" owner="Met" line="66">Met to research CCTV needs.</action>
  </item></items><nextMeeting date="2014-09-15"/>)",
                              kJuneMeta, "june.txt");
    const auto sept = minutes(R"(<items><item id="i1">
        <action id="a1" owner="Met" status="closed">MET TO RESEARCH FUTURE CCTV NEEDS.</action>
        <action id="a2" owner="Met" status="closed">met to brief the cafe board.</action>
      </item></items>)",
                              kSeptMeta, "sept.txt");
    EXPECT_THAT(
        lines(run("actions/unresolved", {june, sept})),
        ElementsAre(
            "66: action is not reported closed at the next meeting (sept.txt, 2014-09-15)"));
}
