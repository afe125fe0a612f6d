// decisions/votes-exceed-present
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/fixture.hpp"

using namespace mtk::validators::testing;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

namespace {

constexpr std::string_view kThreePresent = R"(<attendance><present>
      <person id="p1"><name>Ann Smith</name></person>
      <person id="p2"><name>Bob Jones</name></person>
      <person id="p3"><name>Carol White</name></person>
    </present></attendance>)";

}  // namespace

TEST(VotesExceedPresent, FlagsMoreVotesThanPeoplePresent) {
    const auto d = minutes(std::string(kThreePresent) + R"(<items><item id="i1">
      <decision id="d1" kind="motion" result="carried" for="3" against="1" line="30">Carried 3-1.</decision>
      <decision id="d2" kind="motion" result="carried" for="2" against="0" abstain="1" line="31">Carried 2-0-1.</decision>
      <decision id="d3" kind="resolution" for="2" against="1" abstain="1" line="32">RESOLVED (2 for, 1 against, 1 abstention).</decision>
    </item></items>)");
    EXPECT_THAT(lines(run("decisions/votes-exceed-present", d)),
                ElementsAre("30: the vote counts 4 votes but 3 people are listed present",
                            "32: the vote counts 4 votes but 3 people are listed present"));
}

TEST(VotesExceedPresent, NothingToCompareWithoutAPresentList) {
    const auto d = minutes(R"(<items><item id="i1">
      <decision id="d1" kind="motion" result="carried" for="9" against="0">Carried 9-0.</decision>
    </item></items>)");
    EXPECT_THAT(run("decisions/votes-exceed-present", d), IsEmpty());
}
