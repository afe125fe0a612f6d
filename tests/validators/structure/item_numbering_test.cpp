// structure/item-numbering
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/fixture.hpp"

using namespace mtk::validators::testing;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(ItemNumbering, FlagsSkipsRepeatsAndHeadingsWithAnotherNumber) {
    const auto d = minutes(R"(<items>
      <item id="i1" number="1" line="160"><heading>Welcome</heading></item>
      <item id="i2" number="2" line="164"><heading>MPS Update</heading>
        <item id="i2.a" number="2.a" line="166"><heading>Operational Updates</heading></item>
        <item id="i2.c" number="2.c" line="170"><heading>RCRP</heading></item>
        <item id="i2.d" number="3.d" line="172"><heading>Misfiled</heading></item>
      </item>
      <item id="i3" number="2" line="180"><heading>Item 3 - MOPAC's Child First Approach</heading></item>
      <item id="i4" number="5" line="184"><heading>Item 5 - CJS Backlogs Update</heading></item>
      <item id="i5" number="4" line="188"><heading>AOB</heading></item>
    </items>)");
    EXPECT_THAT(
        lines(run("structure/item-numbering", d)),
        ElementsAre(
            "180: item number 2 is used twice",
            "180: item 2 has a heading that says item 3: 'Item 3 - MOPAC's Child First Approach'",
            "184: item numbers skip from 2 to 5", "188: item number 4 comes after 5",
            "170: item numbers skip from 2.a to 2.c", "172: sub-item 3.d is inside item 2"));
}

TEST(ItemNumbering, FlagsAListNumberingOverTheItemNumbersOncePerRun) {
    const auto d = minutes(R"(<items>
      <item id="i1" number="1" line="85"><heading>Welcome</heading></item>
      <item id="i2" number="2" line="89"><heading>MPS Update</heading></item>
      <item id="i3" number="3" listNumber="2" line="105"><heading>Child First</heading></item>
      <item id="i4" number="4" listNumber="3" line="109"><heading>Prisons</heading></item>
      <item id="i5" number="5" listNumber="4" line="113"><heading>CJS Backlogs</heading></item>
      <item id="i6" number="6" listNumber="6" line="117"><heading>AOB</heading></item>
      <item id="i7" number="7" listNumber="9" line="121"><heading>Close</heading></item>
    </items>)");
    EXPECT_THAT(lines(run("structure/item-numbering", d)),
                ElementsAre("105: item 3 is also numbered 2 by a list numbering ('2. ... 3'); so "
                            "are the next 2 items, up to item 5 ('4. ... 5')",
                            "121: item 7 is also numbered 9 by a list numbering ('9. ... 7')"));
}

TEST(ItemNumbering, LettersAfterDigitsStartANewSeries) {
    // A board report: numbered items, then lettered attachments under the same heading.
    const auto d = minutes(R"(<items><item id="i1" number="1"><heading>Reports</heading>
      <item id="i1.1" number="8" line="10"><heading>Security</heading></item>
      <item id="i1.2" number="9" line="12"><heading>Brand</heading></item>
      <item id="i1.3" number="A" line="20"><heading>Apache Abdera</heading></item>
      <item id="i1.4" number="B" line="24"><heading>Apache Ambari</heading></item>
      <item id="i1.5" number="D" line="28"><heading>Apache Ant</heading></item>
    </item></items>)");
    EXPECT_THAT(lines(run("structure/item-numbering", d)),
                ElementsAre("28: item numbers skip from B to D"));
}

TEST(ItemNumbering, FlagsContentsThatDisagreeWithTheItems) {
    const auto d = minutes(
        R"(<items>
      <item id="i1" number="1" line="52"><heading>Operational Update</heading></item>
      <item id="i2" number="2" line="56"><heading>HMIP Report – London Probation</heading></item>
    </items>)",
        "<title>LCRB</title><date>2023-01-17</date><contents><entry>Attendees and apologies</entry>"
        "<entry>Item 1 - Operational Update</entry><entry>Item 2 - IOM</entry>"
        "<entry>Item 3 - Court backlogs</entry></contents>");
    EXPECT_THAT(
        lines(run("structure/item-numbering", d)),
        ElementsAre(
            "56: item 2 is 'HMIP Report – London Probation' but the contents list 'Item 2 - IOM'",
            "0: the contents list 'Item 3 - Court backlogs' but no item is numbered 3"));
}

TEST(ItemNumbering, WellNumberedItemsAreClean) {
    const auto d = minutes(R"(<items>
      <item id="i0"><heading>Welcome and apologies</heading></item>
      <item id="i1" number="1"><heading>Minutes of the previous meeting</heading></item>
      <item id="i2" number="2"><heading>Item 2 - MPS Update</heading>
        <item id="i2.a" number="2.a"><heading>Operational Updates</heading></item>
        <item id="i2.b" number="2.b"><heading>The 2019 Review: update</heading></item>
      </item>
      <item id="i3" number="3"><heading>Agenda Item 3: COVID-19</heading></item>
    </items>)",
                           "<date>2023-01-17</date><contents><entry>Item 2 - MPS Update</entry>"
                           "<entry>Item 3 - COVID-19</entry></contents>");
    EXPECT_THAT(run("structure/item-numbering", d), IsEmpty());
}
