// text/glued-acronym
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/fixture.hpp"

using namespace mtk::validators::testing;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(GluedAcronym, FlagsKnownAcronymGluedToAWord) {
    const auto d = minutes(R"(<attendance><present><person id="p1"><name>Sir Steve House</name>
        <role>Deputy Commissioner of the MPS</role></person></present></attendance>
      <items><item id="i1"><p line="99">It was noted that the MPSropolitan Police had taken positive steps.</p></item></items>)");
    EXPECT_THAT(
        lines(run("text/glued-acronym", d)),
        ElementsAre(
            "99: 'MPSropolitan' is the acronym 'MPS' glued to 'ropolitan': a find-and-replace may "
            "have mangled a word"));
}

TEST(GluedAcronym, PluralsUnknownPrefixesAndNamesAreClean) {
    const auto d = minutes(R"(<attendance><present><person id="p1"><name>Damian McCleave</name>
        <organisation>MOPAC</organisation></person></present></attendance>
      <items><item id="i1"><p>The LAs and BCUs met MOPAC. MOPACs plans were noted. McCleave and JDsports.
        JBoss and OAuth run on the MOPAC servers. The MPS sent a PRNewswire release.</p></item></items>)");
    EXPECT_THAT(run("text/glued-acronym", d), IsEmpty());
}
