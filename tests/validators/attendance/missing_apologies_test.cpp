// attendance/missing-apologies
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/fixture.hpp"

using namespace mtk::validators::testing;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(MissingApologies, FlagsMinutesWithoutApologiesSection) {
    const auto d = minutes(
        R"(<attendance><present line="3"><person id="p1"><name>Sadiq Khan</name></person></present></attendance>)");
    EXPECT_THAT(lines(run("attendance/missing-apologies", d)),
                ElementsAre("3: the minutes have no apologies section (write one, or say there "
                            "were no apologies)"));
}

TEST(MissingApologies, FlagsEmptySectionThatDoesNotSayNone) {
    const auto d = minutes(R"(<attendance><apologies line="9"/></attendance>)");
    EXPECT_THAT(
        lines(run("attendance/missing-apologies", d)),
        ElementsAre("9: the apologies section lists no one and does not say there were none"));
}

TEST(MissingApologies, AcceptsNoneAndListedApologies) {
    EXPECT_THAT(run("attendance/missing-apologies",
                    minutes(R"(<attendance><apologies none="true"/></attendance>)")),
                IsEmpty());
    EXPECT_THAT(
        run("attendance/missing-apologies",
            minutes(
                R"(<attendance><apologies><person id="p1"><name>Claudia Sturt</name></person></apologies></attendance>)")),
        IsEmpty());
}
