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

// Phrases are found in the words as normalising joins them: in any case, across any
// punctuation, and at the end and start of longer words; texts standing alone or ending in
// "logo" only when short.
TEST(WebBoilerplate, PhrasesAcrossPunctuationAndInsideWords) {
    const auto d = minutes(R"(<items><item id="i1">
        <p line="1">Please ACCEPT -- all... Cookies! to go on</p>
        <p line="2">My cookie settingsPage is here</p>
        <p line="3">xskip to main contents</p>
        <p line="4">Where you are here: the room</p>
        <p line="5">Main   Navigation</p>
        <p line="6">one two three four five six seven LOGO</p>
        <p line="7">one two three four five six seven eight logo</p>
        <p line="8">back to the top of the page, cookies accepted, all settings</p>
        <p line="9">Search</p>
        <p line="10">Search the web</p>
      </item></items>)");
    EXPECT_THAT(lines(run("text/web-boilerplate", d)),
                ElementsAre("1: web page furniture left in the text: 'Please ACCEPT -- all... "
                            "Cookies! to go on'",
                            "2: web page furniture left in the text: 'My cookie settingsPage is "
                            "here'",
                            "3: web page furniture left in the text: 'xskip to main contents'",
                            "4: web page furniture left in the text: 'Where you are here: the "
                            "room'",
                            "5: web page furniture left in the text: 'Main   Navigation'",
                            "6: web page furniture left in the text: 'one two three four five "
                            "six seven LOGO'",
                            "9: web page furniture left in the text: 'Search'"));
}
