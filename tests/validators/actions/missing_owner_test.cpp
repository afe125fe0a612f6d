// actions/missing-owner
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/fixture.hpp"

using namespace mtk::validators::testing;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(MissingOwner, FlagsOpenActionWithoutOwner) {
    const auto d = minutes(R"(<items><item id="i1" number="2">
      <action id="a1" number="1" due="2014-12" line="63">To research future CCTV needs.</action>
      <action id="a2" owner="Met" due="2014-12" line="64">Met to research future CCTV needs.</action>
      <action id="a3" line="65">Someone to do something.</action>
    </item></items>)");
    EXPECT_THAT(lines(run("actions/missing-owner", d)),
                ElementsAre("63: action 1 has no owner", "65: action has no owner"));
}

TEST(MissingOwner, ClosedActionsAreNotChecked) {
    const auto d = minutes(
        R"(<items><item id="i1"><action id="a1" status="closed">Done.</action></item></items>)");
    EXPECT_THAT(run("actions/missing-owner", d), IsEmpty());
}
