// names/inconsistent-spelling
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/fixture.hpp"

using namespace mtk::validators::testing;
using mtk::validators::Config;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(InconsistentSpelling, FlagsSurnameSlipAndShortFormInOneDocument) {
    const auto d = minutes(R"(<attendance>
      <present><person id="p1" line="19"><name>Sir Steve House</name></person></present>
      <apologies><person id="p2" line="44"><name>Claudia Sturt</name></person></apologies>
    </attendance>
    <items><item id="i1">
      <p line="90">Claudia Strut presented the report.</p>
      <p line="134">Sir Stephen House thanked members.</p>
    </item></items>)");
    EXPECT_THAT(lines(run("names/inconsistent-spelling", d)),
                ElementsAre("90: 'Claudia Strut' and 'Claudia Sturt', line 44 look like one person "
                            "written two ways",
                            "134: 'Sir Stephen House' and 'Sir Steve House', line 19 look like one "
                            "person written two ways"));
}

TEST(InconsistentSpelling, DifferentPeopleAndSameSpellingsAreClean) {
    const auto d = minutes(R"(<attendance><present>
        <person id="p1"><name>Gareth Roberts</name></person>
        <person id="p2"><name>Stephanie Bibby Roberts</name></person>
        <person id="p3"><name>Jane E Garvan</name></person>
        <person id="p4"><name>Ian Bickers</name></person>
        <person id="p5"><name>Ian Edwards</name></person>
        <person id="p6"><name>Claire Waxman</name></person>
        <person id="p7"><name>Claire Wiggins</name></person>
    </present></attendance>
    <items><item id="i1"><p>Jane Garvan and Mayor Claire Waxman met the Deputy Mayor. Stephanie Bibby Roberts agreed.</p></item></items>)");
    EXPECT_THAT(run("names/inconsistent-spelling", d), IsEmpty());
}

TEST(InconsistentSpelling, SetFlagsOnePersonWrittenTwoWaysInTwoMeetings) {
    const auto jan = minutes(
        R"(<attendance><apologies><person id="p1" line="44"><name>Claudia Sturt</name></person></apologies></attendance>)",
        "<date>2023-01-17</date>", "000.txt");
    const auto feb = minutes(
        R"(<attendance><present><person id="p1" line="49"><name>Claudia Strut</name></person>
        <person id="p2" line="50"><name>Claudia Sturt</name></person></present></attendance>)",
        "<date>2022-01-24</date>", "002.txt");
    EXPECT_THAT(lines(run("names/inconsistent-spelling", {jan, feb})),
                ElementsAre("50: 'Claudia Sturt' and 'Claudia Strut', line 49 look like one person "
                            "written two ways",
                            "49: 'Claudia Strut' is written 'Claudia Sturt' in 000.txt, line 44"));
}

TEST(InconsistentSpelling, RosterSpellingWinsAndAliasesAreAccepted) {
    Config cfg;
    cfg.roster.push_back({"Claudia Sturt", "CS", {}});
    cfg.roster.push_back({"Stephen House", "SH", {"Steve House"}});
    const auto d = minutes(R"(<attendance><present>
        <person id="p1" line="49"><name>Claudia Strut</name></person>
        <person id="p2" line="50"><name>Sir Steve House</name></person>
        <person id="p3" line="51"><name>Stephen House</name></person>
    </present></attendance>)");
    EXPECT_THAT(lines(run("names/inconsistent-spelling", d, cfg)),
                ElementsAre("49: 'Claudia Strut' is written 'Claudia Sturt' in the roster"));
}
