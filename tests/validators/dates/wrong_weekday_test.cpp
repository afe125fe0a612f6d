// dates/wrong-weekday
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/fixture.hpp"

using namespace mtk::validators::testing;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(WrongWeekday, FlagsWeekdayThatDoesNotFitTheDate) {
    const auto d = minutes(
        R"(<items><item id="i1" line="7"><heading>Tuesday 9 June 2014, 11:00 City Hall</heading>
        <p line="12">The board meets again on Wed, 15th September 2014 and on Monday, December 1, 2014.</p>
      </item></items>)");
    EXPECT_THAT(
        lines(run("dates/wrong-weekday", d)),
        ElementsAre("7: 'Tuesday 9 June 2014': that date is a Monday, not a Tuesday",
                    "12: 'Wed, 15th September 2014': that date is a Monday, not a Wednesday"));
}

TEST(WrongWeekday, RightWeekdaysAndBareDatesAreClean) {
    const auto d =
        minutes(R"(<items><item id="i1"><heading>Monday 9 June 2014, 11:00 Mayor's Office</heading>
        <p>Monday 8 June 2020, 14:00, MS Teams. Next: 15 September 2014. Not a date: 31 June 2014.</p>
      </item></items>)",
                "<title>London Crime Reduction Board - Tuesday 17 January 2023 - "
                "Minutes</title><date>2023-01-17</date>");
    EXPECT_THAT(run("dates/wrong-weekday", d), IsEmpty());
}

TEST(WrongWeekday, ChecksTheMeetingDateAsWritten) {
    const auto d =
        minutes(R"(<items/>)", R"(<date written="Tuesday 9 June 2014">2014-06-09</date>)");
    EXPECT_THAT(lines(run("dates/wrong-weekday", d)),
                ElementsAre("0: 'Tuesday 9 June 2014': that date is a Monday, not a Tuesday"));
    const auto ok =
        minutes(R"(<items/>)", R"(<date written="Monday 9 June 2014">2014-06-09</date>)");
    EXPECT_THAT(run("dates/wrong-weekday", ok), IsEmpty());
}
