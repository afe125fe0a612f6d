// dates/title-date-mismatch
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/fixture.hpp"

using namespace mtk::validators::testing;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(TitleDateMismatch, FlagsTitleDateThatIsNotTheMeetingDate) {
    const auto d = minutes("",
                           "<title>London Crime Reduction Board meeting minutes - 24 January "
                           "2022</title><date>2020-06-08</date>");
    EXPECT_THAT(
        lines(run("dates/title-date-mismatch", d)),
        ElementsAre("0: the title says '24 January 2022' but the meeting's date is 2020-06-08"));
}

TEST(TitleDateMismatch, MatchingOrUndatedTitlesAreClean) {
    EXPECT_THAT(
        run("dates/title-date-mismatch", minutes("",
                                                 "<title>London Crime Reduction Board - 17 January "
                                                 "2023 - Minutes</title><date>2023-01-17</date>")),
        IsEmpty());
    EXPECT_THAT(run("dates/title-date-mismatch",
                    minutes("", "<title>Minutes of Meeting</title><date>2023-01-17</date>")),
                IsEmpty());
    EXPECT_THAT(
        run("dates/title-date-mismatch", minutes("", "<title>LCRB - 17 January 2023</title>")),
        IsEmpty());
}
