// attendance/present-and-absent
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/fixture.hpp"

using namespace mtk::validators::testing;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(PresentAndAbsent, FlagsPersonInBothListsDespiteTitleAndShortName) {
    const auto d = minutes(R"(<attendance>
      <present><person id="p1" line="4"><name>Sir Steve House</name></person></present>
      <apologies><person id="p2" line="8"><name>Stephen House</name></person></apologies>
    </attendance>)");
    EXPECT_THAT(lines(run("attendance/present-and-absent", d)),
                ElementsAre("8: 'Stephen House' is in the apologies but also listed as attending "
                            "('Sir Steve House', line 4)"));
}

TEST(PresentAndAbsent, ChecksInAttendanceToo) {
    const auto d = minutes(R"(<attendance>
      <apologies><person id="p2" line="8"><name>Doug Flight</name></person></apologies>
      <inAttendance><person id="p1" line="12"><name>Doug Flight</name></person></inAttendance>
    </attendance>)");
    EXPECT_EQ(run("attendance/present-and-absent", d).size(), 1u);
}

TEST(PresentAndAbsent, SameSurnameDifferentPeopleIsClean) {
    const auto d = minutes(R"(<attendance>
      <present><person id="p1"><name>Gareth Roberts</name></person></present>
      <apologies><person id="p2"><name>Stephanie Bibby Roberts</name></person></apologies>
    </attendance>)");
    EXPECT_THAT(run("attendance/present-and-absent", d), IsEmpty());
}
