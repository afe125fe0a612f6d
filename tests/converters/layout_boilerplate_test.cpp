// Web page leftovers: skip links, logos, "Publication type:".
#include <gtest/gtest.h>

#include "layout/boilerplate.hpp"

namespace mtk::converters::layout {
namespace {

TEST(Boilerplate, PhrasesAndLogos) {
    EXPECT_TRUE(is_boilerplate("Skip to main content"));
    EXPECT_TRUE(is_boilerplate("> Back to top"));
    EXPECT_TRUE(is_boilerplate("Mayor of London logo London Assembly logo"));
    EXPECT_TRUE(is_boilerplate("Council Logo."));
    EXPECT_TRUE(is_boilerplate("Publication date:"));
    EXPECT_FALSE(is_boilerplate("Publication date: 3 May 2024"));
    // lines that start with a letter no phrase starts with, and end in a plain letter
    EXPECT_FALSE(is_boilerplate("Minutes of the meeting"));
    EXPECT_FALSE(is_boilerplate("Members noted the report."));
    EXPECT_TRUE(is_boilerplate("Logo"));
    EXPECT_FALSE(is_boilerplate("The new logo design was approved by the board in full"));
    EXPECT_FALSE(is_boilerplate(""));
}

TEST(Boilerplate, PublicationType) {
    EXPECT_EQ(publication_type("Publication type: General"), "General");
    EXPECT_EQ(publication_type("  publication   type:  Minutes"), "Minutes");
    EXPECT_EQ(publication_type("Type: General"), "");
    EXPECT_EQ(publication_type("Public meeting"), "");
    EXPECT_EQ(publication_type("2024 publication type: x"), "");
}

}  // namespace
}  // namespace mtk::converters::layout
