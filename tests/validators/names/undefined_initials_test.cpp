// names/undefined-initials
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/fixture.hpp"

using namespace mtk::validators::testing;
using mtk::validators::Config;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

namespace {
// Seed 000's attendance, cut down: roles carry the organisations' acronyms.
const char* kAttendance = R"(<attendance><present>
    <person id="p1" initials="SK"><name>Sadiq Khan</name><role>Mayor</role></person>
    <person id="p2" initials="LO"><name>Dame Lynne Owens</name><role>Deputy Commissioner of the MPS</role></person>
    <person id="p3" initials="KV"><name>Kilvinder Vigurs</name><role>Regional Director, NPS</role></person>
    <person id="p4"><name>Claire Waxman</name><role>London Victims Commissioner</role></person>
    <person id="p5"><name>Sinead Dervin</name><organisation>NHS England</organisation></person>
  </present></attendance>)";

std::string with_text(const std::string& paragraphs) {
    return std::string(kAttendance) +
           R"(<items><item id="i1" number="1"><heading>HMIP Report</heading>)" + paragraphs +
           "</item></items>";
}
}  // namespace

TEST(UndefinedInitials, FlagsInitialsNoListedPersonCarries) {
    const auto d = minutes(with_text(R"(
      <p line="54">Dame LO spoke. LO emphasised MR's previous statement about the MPS.</p>
      <p line="66">CW stated the need. JT noted that the LCJB workshop resulted in objectives. MR agreed.</p>
      <p line="67"><mention>PQ</mention> was thanked.</p>)"));
    EXPECT_THAT(
        lines(run("names/undefined-initials", d)),
        ElementsAre("67: 'PQ' looks like a person's initials, but no listed person has them",
                    "54: 'MR' looks like a person's initials, but no listed person has them",
                    "66: 'JT' looks like a person's initials, but no listed person has them"));
}

TEST(UndefinedInitials, AcronymsAreToldApartByHowTheDocumentsUseThem) {
    const auto d = minutes(with_text(R"(
      <p>KV said the MPS are happy. MPS are keen. Probation are developing a VRU.</p>
      <p>The Right Care, Right Person (RCRP) model was agreed. HMIP Report findings. NHS, Prisons and LAs met.</p>
      <p>The London Crime Reduction Board agreed that LCRB would meet. The CJS is slow, as is the HMIC report.</p>
      <p>Sites: HMP Pentonville. Gangs and anti-social behaviour, including ASB, and VAWG were discussed.</p>
      <p>Gain an understanding of demand across CJS. CCTV benefitted from investment.</p>
      <p>Supporting documents: Minutes, 14/02/2023 PDF 210 KB.</p>
      <p>THE BOARD AGREED THE MINUTES. Members met in the UK.</p>)"));
    EXPECT_THAT(lines(run("names/undefined-initials", d)), IsEmpty());
}

TEST(UndefinedInitials, RosterAndAllowlistDefineInitials) {
    auto d = minutes(with_text(R"(<p line="5">MR agreed and XYZ noted it.</p>)"));
    EXPECT_EQ(run("names/undefined-initials", d).size(), 2u);
    Config cfg;
    cfg.roster.push_back({"Mark Rowley", "", {}});
    cfg.acronyms.insert("XYZ");
    EXPECT_THAT(run("names/undefined-initials", d, cfg), IsEmpty());
}

TEST(UndefinedInitials, FourLetterTokensCountOnlyWhenUsedAsPeople) {
    const auto d = minutes(with_text(R"(<p line="8">ABCD was mentioned. WXYZ said nothing.</p>)"));
    EXPECT_THAT(
        lines(run("names/undefined-initials", d)),
        ElementsAre("8: 'WXYZ' looks like a person's initials, but no listed person has them"));
}

TEST(UndefinedInitials, MaxLengthOptionShortensTheTokens) {
    const auto d = minutes(with_text(R"(<p line="8">JT noted it. ABC noted it.</p>)"));
    Config cfg;
    cfg.options["names/undefined-initials"]["maxLength"] = "2";
    EXPECT_THAT(
        lines(run("names/undefined-initials", d, cfg)),
        ElementsAre("8: 'JT' looks like a person's initials, but no listed person has them"));
}

TEST(UndefinedInitials, DocumentsThatDoNotWriteInitialsOnlyFlagTokensUsedAsPeople) {
    const auto d = minutes(R"(<attendance><present>
        <person id="p1"><name>Laura Mendes</name></person><person id="p2"><name>Rob Castellano</name></person>
      </present></attendance>
      <items><item id="i1">
        <p line="15">IRC was used for backup. The new SSL wildcard was obtained. See Attachment AJ.</p>
        <p line="16">VII. Analyst relations: two queries. ACTION: ALL to reply. It is now LF's responsibility.</p>
        <p line="17">TW reported that a quote was awaited. JM from the county asked for records.</p>
      </item></items>)");
    EXPECT_THAT(
        lines(run("names/undefined-initials", d)),
        ElementsAre("16: 'LF' looks like a person's initials, but no listed person has them",
                    "17: 'TW' looks like a person's initials, but no listed person has them",
                    "17: 'JM' looks like a person's initials, but no listed person has them"));
}

TEST(UndefinedInitials, ThreeLettersFitANameWithAnUnlistedMiddleName) {
    const auto d = minutes(R"(<attendance><present>
        <person id="p1" initials="JR"><name>Joseph Rickert</name></person>
      </present></attendance>
      <items><item id="i1"><p line="33">JBR noted the plan. JRX noted it too.</p></item></items>)");
    EXPECT_THAT(
        lines(run("names/undefined-initials", d)),
        ElementsAre("33: 'JRX' looks like a person's initials, but no listed person has them"));
}

TEST(UndefinedInitials, ATokenUsedAsAnAcronymOnceIsAnAcronymThroughout) {
    // The document writes people as initials (LO, KV), so two-letter tokens are candidates.
    const auto d = minutes(with_text(R"(
      <p line="54">LO noted progress on XR. KV said the TC had met and asked everyone to read the paper before the meeting: WHY HAS NOBODY READ IT YET.</p>
      <p line="60">Later, an XR session was held. See Attachment AJ and CVE-2013-6480. TC agreed.</p>
      <p line="61">DW said the SVN-based tools were moved. QP agreed.</p>)"));
    EXPECT_THAT(
        lines(run("names/undefined-initials", d)),
        ElementsAre("61: 'DW' looks like a person's initials, but no listed person has them",
                    "61: 'QP' looks like a person's initials, but no listed person has them"));
}

TEST(UndefinedInitials, AMiddleLetterGuessDoesNotMakeADocumentWriteInitials) {
    // "BSP" fits Brett Porter with a middle name, but that alone is no evidence that the
    // document writes people as initials: the other tokens are then acronyms.
    const auto d = minutes(R"(<attendance><present>
        <person id="p1"><name>Brett Porter</name></person>
      </present></attendance>
      <items><item id="i1"><p line="9">The BSP release moved its PHP code to Git. CD said so.</p></item></items>)");
    EXPECT_THAT(
        lines(run("names/undefined-initials", d)),
        ElementsAre("9: 'CD' looks like a person's initials, but no listed person has them"));
}
