// dates/next-meeting-before-meeting
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/fixture.hpp"

using namespace mtk::validators::testing;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(NextMeetingBeforeMeeting, FlagsNextMeetingInThePast) {
    const auto d = minutes(
        R"(<nextMeeting date="2013-09-15" line="77"/><nextMeeting date="2014-05" line="78"/>)",
        "<date>2014-06-09</date>");
    EXPECT_THAT(
        lines(run("dates/next-meeting-before-meeting", d)),
        ElementsAre("77: the next meeting (2013-09-15) is dated before this meeting (2014-06-09)",
                    "78: the next meeting (2014-05) is dated before this meeting (2014-06-09)"));
}

TEST(NextMeetingBeforeMeeting, LaterOrSamePrecisionIsClean) {
    const auto d =
        minutes(R"(<nextMeeting date="2014-09-15"/><nextMeeting date="2014-06"/><nextMeeting/>)",
                "<date>2014-06-09</date>");
    EXPECT_THAT(run("dates/next-meeting-before-meeting", d), IsEmpty());
    EXPECT_THAT(run("dates/next-meeting-before-meeting",
                    minutes(R"(<nextMeeting date="2013-01-01"/>)", "")),
                IsEmpty());
}
