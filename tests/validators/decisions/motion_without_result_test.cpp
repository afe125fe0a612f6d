// decisions/motion-without-result
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/fixture.hpp"

using namespace mtk::validators::testing;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(MotionWithoutResult, FlagsMotionsWhoseFateIsUnsaid) {
    const auto d = minutes(R"(<items><item id="i1" number="4">
      <decision id="d1" kind="motion" mover="Cllr Reyes" line="17">Motion by Cllr Reyes to approve.</decision>
      <decision id="d2" kind="motion" result="carried" for="5" against="0" line="18">Motion carried 5-0.</decision>
      <decision id="d3" kind="motion" line="19">Motion to adjourn.</decision>
      <decision id="d4" kind="resolution" line="20">RESOLVED: That the report be noted.</decision>
    </item></items>)");
    EXPECT_THAT(lines(run("decisions/motion-without-result", d)),
                ElementsAre("17: motion by Cllr Reyes has no recorded result (carried, lost, "
                            "withdrawn or deferred)",
                            "19: motion has no recorded result (carried, lost, withdrawn or "
                            "deferred)"));
}

TEST(MotionWithoutResult, LostWithdrawnAndDeferredAreResults) {
    const auto d = minutes(R"(<items><item id="i1">
      <decision id="d1" kind="motion" result="lost">Motion lost.</decision>
      <decision id="d2" kind="motion" result="withdrawn">Withdrawn.</decision>
      <decision id="d3" kind="motion" result="deferred">Tabled.</decision>
    </item></items>)");
    EXPECT_THAT(run("decisions/motion-without-result", d), IsEmpty());
}
