#include "mtk/ascii.hpp"

#include <gtest/gtest.h>

#include <string>

namespace mtk::ascii {
namespace {

TEST(Ascii, OnlyTheAsciiLettersFold) {
    EXPECT_TRUE(iequals("Present", "PRESENT"));
    EXPECT_TRUE(iequals("", ""));
    EXPECT_FALSE(iequals("Present", "Presents"));
    // '@' and '`' differ by the case bit but are not letters; neither are '[' and '{'.
    EXPECT_FALSE(iequals("@", "`"));
    EXPECT_FALSE(iequals("[", "{"));
    // UTF-8 compares byte for byte: "É" and "é" are not folded here.
    EXPECT_FALSE(iequals("\xc3\x89t\xc3\xa9", "\xc3\xa9t\xc3\xa9"));
    EXPECT_TRUE(iequals("\xc3\xa9T\xc3\xa9", "\xc3\xa9t\xc3\xa9"));
    EXPECT_EQ(lower('Q'), 'q');
    EXPECT_EQ(lower('@'), '@');
    EXPECT_EQ(lower('\xc3'), '\xc3');
}

TEST(Ascii, PrefixesAndSuffixes) {
    EXPECT_TRUE(istarts_with("<!DOCTYPE html>", "<!doctype"));
    EXPECT_FALSE(istarts_with("<!DOC", "<!doctype"));
    EXPECT_TRUE(iends_with("minutes.TXT", ".txt"));
    EXPECT_FALSE(iends_with("txt", ".txt"));
}

TEST(Ascii, FindsInAnyCaseFromAPosition) {
    EXPECT_EQ(ifind("Apologies: APOLOGIES", "apologies"), 0u);
    EXPECT_EQ(ifind("Apologies: APOLOGIES", "apologies", 1), 11u);
    EXPECT_EQ(ifind("Apologies", "apologiesX"), std::string_view::npos);
    EXPECT_EQ(ifind("abc", ""), 0u);
    EXPECT_EQ(ifind("abc", "", 3), 3u);
    EXPECT_EQ(ifind("abc", "", 4), std::string_view::npos);
    // A needle whose first byte is no letter: one candidate search.
    EXPECT_EQ(ifind("a <Td> b", "<td>"), 2u);
    EXPECT_TRUE(icontains("Minutes of the MEETING", "meeting"));
    EXPECT_FALSE(icontains("Minutes", "meeting"));
}

TEST(Ascii, LowercaseFoldsEveryBlockAndTheTail) {
    EXPECT_EQ(lowercase(""), "");
    EXPECT_EQ(lowercase("ABC"), "abc");
    // Two whole blocks of eight, then a tail; the bytes next to 'A' and 'Z' stay.
    EXPECT_EQ(lowercase("@AZ[`az{ HELLO, W\xc3\x89RLD! XYZ"), "@az[`az{ hello, w\xc3\x89rld! xyz");
}

}  // namespace
}  // namespace mtk::ascii
