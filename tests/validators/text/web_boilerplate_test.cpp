// text/web-boilerplate
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/fixture.hpp"

using namespace mtk::validators::testing;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(WebBoilerplate, FlagsPageFurnitureLeftInText) {
    const auto d = minutes(R"(<items><item id="i1" line="1"><heading>Skip to main content</heading>
        <p line="2">Mayor of London logo London Assembly logo</p>
        <p line="3">Home</p>
        <list line="75"><li>Review of committal paths</li><li>[Back to table of contents](#)</li></list>
      </item></items>)");
    EXPECT_THAT(
        lines(run("text/web-boilerplate", d)),
        ElementsAre(
            "1: web page furniture left in the text: 'Skip to main content'",
            "2: web page furniture left in the text: 'Mayor of London logo London Assembly logo'",
            "3: web page furniture left in the text: 'Home'",
            "75: web page furniture left in the text: '[Back to table of contents](#)'"));
}

TEST(WebBoilerplate, OrdinaryTextIsClean) {
    const auto d = minutes(R"(<items><item id="i1"><heading>Home Office update</heading>
        <p>The new logo of the Violence Reduction Unit was presented to members of the board.</p>
        <p>Members returned to the table of contents of the report and agreed it.</p>
      </item></items>)");
    EXPECT_THAT(run("text/web-boilerplate", d), IsEmpty());
}
