// names/initials-mismatch
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/fixture.hpp"

using namespace mtk::validators::testing;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(InitialsMismatch, FlagsInitialsThatDoNotFitTheName) {
    const auto d = minutes(R"(<attendance><present>
        <person id="p1" initials="DC" line="35"><name>Damian McCleave</name></person>
        <person id="p2" initials="SK" line="36"><name>Dame Lynne Owens</name></person>
        <person id="p3" initials="Kris W" line="37"><name>Kris Venkatasami</name></person>
    </present></attendance>)");
    EXPECT_THAT(lines(run("names/initials-mismatch", d)),
                ElementsAre("35: initials 'DC' do not fit 'Damian McCleave' (expected DM)",
                            "36: initials 'SK' do not fit 'Dame Lynne Owens' (expected LO)",
                            "37: initials 'Kris W' do not fit 'Kris Venkatasami' (expected KV)"));
}

TEST(InitialsMismatch, AcceptsMiddleNamesHyphensInnerCapitalsAndFirstNames) {
    const auto d = minutes(R"(<attendance><present>
        <person id="p1" initials="JG"><name>Jane E Garvan</name></person>
        <person id="p2" initials="JEG"><name>Jane E Garvan</name></person>
        <person id="p3" initials="DWB"><name>Debbie Weekes-Bernard</name></person>
        <person id="p4" initials="Kris V"><name>Kris Venkatasami</name></person>
        <person id="p5" initials="LO"><name>Dame Lynne Owens</name></person>
        <person id="p6" initials="JA"><name>Cllr Jas Athwal</name></person>
        <person id="p7" initials="DMC"><name>Damian McCleave</name></person>
        <person id="p8" initials="J.O.B."><name>John O'Brien</name></person>
        <person id="p9" initials="SBR"><name>Stephanie Bibby Roberts</name></person>
        <person id="p10" initials="ÉL"><name>Émilie Laurent</name></person>
        <person id="p11" initials="Steve H"><name>Sir Stephen House</name></person>
    </present></attendance>)");
    EXPECT_THAT(lines(run("names/initials-mismatch", d)), IsEmpty());
}
