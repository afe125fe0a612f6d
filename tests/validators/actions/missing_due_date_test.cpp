// actions/missing-due-date
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/fixture.hpp"

using namespace mtk::validators::testing;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(MissingDueDate, FlagsActionWithoutDeadline) {
    const auto d = minutes(R"(<items><item id="i1">
      <action id="a1" number="2" owner="Partners" line="67">Partners to review budget reductions.</action>
      <action id="a2" number="3" owner="Met" due="2014-12" line="70">Met to report in December.</action>
      <item id="i1.a"><action id="a3" owner="MOPAC" status="carried" line="80">MOPAC to report.</action></item>
    </item></items>)");
    EXPECT_THAT(lines(run("actions/missing-due-date", d)),
                ElementsAre("67: action 2 has no deadline", "80: action has no deadline"));
}

TEST(MissingDueDate, ClosedOrDatedActionsAreClean) {
    const auto d = minutes(R"(<items><item id="i1">
      <action id="a1" owner="Met" due="2014-12-01">Met to report.</action>
      <action id="a2" status="closed">Old action.</action>
    </item></items>)");
    EXPECT_THAT(run("actions/missing-due-date", d), IsEmpty());
}
