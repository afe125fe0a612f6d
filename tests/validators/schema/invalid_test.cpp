// schema/invalid
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/fixture.hpp"

using namespace mtk::validators::testing;
using ::testing::IsEmpty;

TEST(SchemaInvalid, FlagsXmlTheSchemaRejects) {
    auto d = minutes("", "<date>17 January 2023</date>");
    d.from_xml = true;
    const auto found = run("schema/invalid", d);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NE(found[0].message.find("date"), std::string::npos) << found[0].message;
    EXPECT_EQ(found[0].line, 1);
}

TEST(SchemaInvalid, ValidMinutesAreClean) {
    EXPECT_THAT(
        run("schema/invalid", minutes(R"(<attendance><apologies none="true"/></attendance>)")),
        IsEmpty());
}
