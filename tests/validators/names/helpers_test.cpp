// The shared name helpers of validators/src/names (used by attendance/* and names/*).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "names/first_names.hpp"
#include "names/fold.hpp"
#include "names/person_name.hpp"
#include "names/similarity.hpp"

using namespace mtk::validators::names;

TEST(NameFold, TransliteratesAndFoldsWithIcu) {
    EXPECT_EQ(fold("Siobhán Ó Dónaill"), "siobhan o donaill");
    EXPECT_EQ(fold("ŁUKASZ Straße"), "lukasz strasse");
    EXPECT_EQ(fold("Дмитрий"), "dmitrij");
}

TEST(PersonNameParse, DropsHonorificsRanksPostNominalsAndMiddleInitials) {
    EXPECT_EQ(parse_name("Dame Lynne Owens").spelling(), "lynne owens");
    EXPECT_EQ(parse_name("DAC Alexis Boon").spelling(), "alexis boon");
    EXPECT_EQ(parse_name("Commander Alison Newcomb").spelling(), "alison newcomb");
    EXPECT_EQ(parse_name("Professor Neal Hazel OBE").spelling(), "neal hazel");
    EXPECT_EQ(parse_name("Jane E Garvan").spelling(), "jane garvan");
    EXPECT_EQ(parse_name("Mr. John O'Brien").spelling(), "john obrien");
    EXPECT_EQ(parse_name("Debbie Weekes-Bernard").surname(), "weekes-bernard");
    // A lone title is kept: there is nothing else to name the person.
    EXPECT_EQ(parse_name("Mayor").spelling(), "mayor");
}

TEST(PersonNameSame, ShortFormsAndInitialsButNotOtherFirstNames) {
    EXPECT_TRUE(same_person(parse_name("Sir Steve House"), parse_name("Stephen House")));
    EXPECT_TRUE(same_person(parse_name("Mike Smith"), parse_name("Michael Smith")));
    EXPECT_TRUE(same_person(parse_name("Bob Jones"), parse_name("Robert Jones")));
    EXPECT_TRUE(same_person(parse_name("J Garvan"), parse_name("Jane E Garvan")));
    EXPECT_FALSE(same_person(parse_name("Gareth Roberts"), parse_name("Stephanie Bibby Roberts")));
    EXPECT_FALSE(same_person(parse_name("Stephanie House"), parse_name("Stephen House")));
    EXPECT_FALSE(same_person(parse_name("Claudia Sturt"), parse_name("Claudia Strut")));
}

TEST(FirstNames, ShortFormsOfOneNameOnly) {
    EXPECT_TRUE(same_first_name("steve", "stephen"));
    EXPECT_TRUE(same_first_name("chris", "christine"));
    EXPECT_FALSE(same_first_name("stephen", "steven"));  // two names sharing a short form
    EXPECT_FALSE(same_first_name("", "stephen"));
}

TEST(Initials, VariantsAndFit) {
    EXPECT_TRUE(initials_fit("DWB", parse_name("Debbie Weekes-Bernard")));
    EXPECT_TRUE(initials_fit("DW", parse_name("Debbie Weekes-Bernard")));
    EXPECT_TRUE(initials_fit("Kris V", parse_name("Kris Venkatasami")));
    EXPECT_TRUE(initials_fit("JEG", parse_name("Jane E Garvan")));
    EXPECT_FALSE(initials_fit("DC", parse_name("Damian McCleave")));
    EXPECT_FALSE(initials_fit("Kris", parse_name("Kris Venkatasami")));
    EXPECT_EQ(plain_initials(parse_name("Damian McCleave")), "DM");
}

TEST(Initials, ALongLineIsNotANameWithOptionalMiddles) {
    // 24 words: with every middle word optional this was 2^22 strings (a 4 s fuzz timeout).
    std::string line;
    for (char c = 'A'; c < 'A' + 24; ++c) line += std::string(1, c) + "ab ";
    const auto variants = initials_variants(parse_name(line));
    EXPECT_THAT(variants, ::testing::ElementsAre("ABCDEFGHIJKLMNOPQRSTUVWX"));
    EXPECT_THAT(initials_variants(parse_name("Mary Ann Jane Smith")),
                ::testing::Contains("MS"));  // up to six words, middles stay optional
}

TEST(Similarity, DamerauLevenshteinWithTranspositions) {
    EXPECT_EQ(damerau_levenshtein("sturt", "strut"), 1);
    EXPECT_EQ(damerau_levenshtein("racheal", "rachael"), 1);
    EXPECT_EQ(damerau_levenshtein("kitten", "sitting"), 3);
    EXPECT_EQ(damerau_levenshtein("", "abc"), 3);
    EXPECT_TRUE(is_slip("sturt", "strut"));
    EXPECT_FALSE(is_slip("lee", "lea"));  // short names must match exactly
    EXPECT_FALSE(is_slip("waxman", "wiggins"));
    EXPECT_TRUE(is_slip("venkatasami", "venkatasamy"));
}
