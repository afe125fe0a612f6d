// attendance/duplicate-person
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/fixture.hpp"

using namespace mtk::validators::testing;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(DuplicatePerson, FlagsPersonListedTwiceWithHonorificAndMiddleInitial) {
    const auto d = minutes(R"(<attendance>
      <present>
        <person id="p1" line="3"><name>Jane E Garvan</name></person>
        <person id="p2" line="4"><name>Cllr Jas Athwal</name></person>
      </present>
      <inAttendance>
        <person id="p3" line="10"><name>Jane Garvan</name></person>
        <person id="p4" line="11"><name>Jas Athwal</name></person>
      </inAttendance>
    </attendance>)");
    EXPECT_THAT(
        lines(run("attendance/duplicate-person", d)),
        ElementsAre("10: 'Jane Garvan' is listed twice (also as 'Jane E Garvan', line 3)",
                    "11: 'Jas Athwal' is listed twice (also as 'Cllr Jas Athwal', line 4)"));
}

TEST(DuplicatePerson, FoldsCaseAndAccentsWithIcu) {
    const auto d = minutes(R"(<attendance><apologies>
        <person id="p1" line="3"><name>Siobhán O'Neill</name></person>
        <person id="p2" line="4"><name>SIOBHAN O’NEILL</name></person>
    </apologies></attendance>)");
    EXPECT_THAT(
        lines(run("attendance/duplicate-person", d)),
        ElementsAre("4: 'SIOBHAN O’NEILL' is listed twice (also as 'Siobhán O'Neill', line 3)"));
}

TEST(DuplicatePerson, DifferentPeopleAreClean) {
    const auto d = minutes(R"(<attendance><present>
        <person id="p1"><name>Gareth Roberts</name></person>
        <person id="p2"><name>Stephanie Bibby Roberts</name></person>
        <person id="p3"><name>Jo Coleman</name></person>
        <person id="p4"><name>Jo Towens</name></person>
        <person id="p5"><name>Stephanie House</name></person>
        <person id="p6"><name>Stephen House</name></person>
    </present></attendance>)");
    EXPECT_THAT(run("attendance/duplicate-person", d), IsEmpty());
}

TEST(DuplicatePerson, PresentAndApologiesIsAnotherRule) {
    const auto d = minutes(R"(<attendance>
      <present><person id="p1"><name>Lionel Idan</name></person></present>
      <apologies><person id="p2"><name>Lionel Idan</name></person></apologies>
    </attendance>)");
    EXPECT_THAT(run("attendance/duplicate-person", d), IsEmpty());
}
