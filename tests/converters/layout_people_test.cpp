// Attendee lines: name, initials, role or organisation; and what is not a person.
#include <gtest/gtest.h>

#include "layout/people.hpp"

namespace mtk::converters::layout {
namespace {

ParsedPerson must_parse(std::string_view line, bool allow_single = false) {
    auto p = parse_attendee(line, {}, allow_single);
    EXPECT_TRUE(p) << line;
    return p.value_or(ParsedPerson{});
}

TEST(Attendee, DashInitialsRole) {
    const auto p = must_parse("Dame Lynne Owens (LO) - Deputy Commissioner of the MPS");
    EXPECT_EQ(p.name, "Dame Lynne Owens");  // honorific stays in the name
    EXPECT_EQ(p.initials, "LO");
    EXPECT_EQ(p.role, "Deputy Commissioner of the MPS");
    EXPECT_EQ(p.organisation, "");
}

TEST(Attendee, CommaRoleStaysWhole) {
    const auto p = must_parse("Will Balakrishnan (WB), Director, C&P, MOPAC");
    EXPECT_EQ(p.initials, "WB");
    EXPECT_EQ(p.role, "Director, C&P, MOPAC");
}

TEST(Attendee, LoneOrganisationGoesToOrganisation) {
    EXPECT_EQ(must_parse("Ian Bickers, London Prisons").organisation, "London Prisons");
    EXPECT_EQ(must_parse("Joseph Rickert - R Consortium").organisation, "R Consortium");
    EXPECT_EQ(must_parse("Andrew Borgman (Bristol Myers Squibb)").organisation,
              "Bristol Myers Squibb");
    EXPECT_EQ(must_parse("Mayor Boris Johnson (Chair)").role, "Chair");
}

TEST(Attendee, TabColumns) {
    auto p = parse_attendee("", {"Tony Hawker", "MOPAC"}, true);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->organisation, "MOPAC");
    p = parse_attendee("", {"Sophie Linden", "DMPC (Co-chair),"}, true);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->role, "DMPC (Co-chair)");
}

TEST(Attendee, InitialsForms) {
    EXPECT_EQ(must_parse("Kris Venkatasami (Kris V) - CPS S").initials, "Kris V");
    const auto lead = must_parse("MDA - Matteo Dell'Aqua, Meteo-France, Chair");
    EXPECT_EQ(lead.initials, "MDA");
    EXPECT_EQ(lead.name, "Matteo Dell'Aqua");
    EXPECT_EQ(must_parse("Remy Giraud (RGr)").initials, "RGr");
    // a mismatched but plausible declaration is kept for the validators to flag
    EXPECT_EQ(must_parse("Damian McCleave (DC), CJB").initials, "DC");
    // an organisation in parentheses is no initials
    const auto fda = must_parse("Jizu Zhi (FDA)");
    EXPECT_EQ(fda.initials, "");
    EXPECT_EQ(fda.organisation, "FDA");
}

TEST(Attendee, NotPeople) {
    for (std::string_view line :
         {"Welcome and apologies", "MINUTES OF LAST MEETING/ACTIONS (24 March)", "Quorum achieved.",
          "Item 1 - Operational Update", "Any Other Business",
          "The meeting was held on zoom at 9AM", "2018 budget"})
        EXPECT_FALSE(parse_attendee(line, {}, false)) << line;
    EXPECT_FALSE(parse_attendee("Dan", {}, false));  // one word needs a list context
    EXPECT_TRUE(parse_attendee("Dan", {}, true));
}

TEST(Attendee, ProseLists) {
    auto l = parse_name_list("Cllr Ann Smith, Cllr Bob Jones and Cllr Carol White.");
    ASSERT_TRUE(l);
    ASSERT_EQ(l->size(), 3u);
    EXPECT_EQ((*l)[2].name, "Cllr Carol White");
    EXPECT_FALSE(parse_name_list("the budget and the plan"));
    EXPECT_TRUE(is_none_marker("None."));
    EXPECT_FALSE(is_none_marker("Nobody knows"));
}

TEST(Attendee, InitialsFit) {
    EXPECT_TRUE(initials_fit("SK", "Sadiq Khan"));
    EXPECT_TRUE(initials_fit("DWB", "Debbie Weekes-Bernard"));
    EXPECT_FALSE(initials_fit("FDA", "Jizu Zhi"));
    EXPECT_FALSE(initials_fit("Bayer", "Kui Shen"));
}

TEST(Attendee, InitialsAfterTheRoleWhenTheyFitTheName) {
    const auto p = parse_attendee("Sarah Burke, Chief Executive (SB)", {}, true);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->initials, "SB");
    EXPECT_EQ(p->role, "Chief Executive");
    // An organisation's acronym is no one's initials: it stays where it was written.
    const auto q = parse_attendee("Jane Smith, Commander (MPS)", {}, true);
    ASSERT_TRUE(q);
    EXPECT_TRUE(q->initials.empty());
}

TEST(NameList, TypewrittenCouncilStyle) {
    // Dotted initials, titles with full stops, a plural title over the names after it.
    const auto l = parse_name_list(
        "Councillor R.J. Maynard (Chairman); Councillors Mrs. E. Baxter, T. Cole, D.A. Fisher "
        "and H. Webb.");
    ASSERT_TRUE(l);
    ASSERT_EQ(l->size(), 5u);
    EXPECT_EQ((*l)[0].name, "Councillor R.J. Maynard");
    EXPECT_EQ((*l)[0].role, "Chairman");
    EXPECT_EQ((*l)[1].name, "Mrs. E. Baxter");
    EXPECT_EQ((*l)[3].name, "D.A. Fisher");
    const auto m = parse_name_list("Messrs A. Jones and B. Smith");
    ASSERT_TRUE(m);
    EXPECT_EQ((*m)[0].name, "Mr A. Jones");
}

TEST(HeadCount, CountsOfThePublicNameNoOne) {
    EXPECT_TRUE(is_head_count("3 members of the public"));
    EXPECT_TRUE(is_head_count("one member of the press"));
    EXPECT_TRUE(is_head_count("Two residents"));
    EXPECT_FALSE(is_head_count("Mrs K Lloyd"));
    EXPECT_FALSE(is_head_count("Members of the Board"));
    EXPECT_TRUE(is_head_count("SEVERAL Residents."));
    EXPECT_FALSE(is_head_count("3 members of the public and the press too"));  // seven words
    EXPECT_FALSE(is_head_count("3"));
    EXPECT_EQ(without_head_counts("Mrs K Lloyd (Clerk), 3 members of the public"),
              "Mrs K Lloyd (Clerk)");
    EXPECT_EQ(without_head_counts("Cllr Ann Hart and 2 residents"), "Cllr Ann Hart");
    EXPECT_EQ(without_head_counts("Jane Smith, Clerk"), "Jane Smith, Clerk");
}

TEST(NickList, UnderscoreNamesAndNicksKeptAsWritten) {
    const auto l = parse_nick_list("Ege_Korkan, cwilso, LocMDao, Tony_Brainwaive");
    ASSERT_TRUE(l);
    ASSERT_EQ(l->size(), 4u);
    EXPECT_EQ((*l)[0].name, "Ege_Korkan");
    EXPECT_EQ((*l)[1].name, "cwilso");
}

TEST(NickList, NamesWithLettersBeyondAsciiAreNamesToo) {
    const auto l = parse_nick_list("Zo\u00eb_Bowie, Samuel_M\u00fcller, \u00c9lodie, ege");
    ASSERT_TRUE(l);
    ASSERT_EQ(l->size(), 4u);
    EXPECT_EQ((*l)[0].name, "Zo\u00eb_Bowie");
    EXPECT_EQ((*l)[2].name, "\u00c9lodie");
    EXPECT_FALSE(parse_nick_list("Zo\u00eb Bowie \u2013 chair, Sam"));
}

TEST(NickList, AttendanceWordTypedIntoTheListIsDropped) {
    const auto l = parse_nick_list("dom, ada, present, AlexT");
    ASSERT_TRUE(l);
    ASSERT_EQ(l->size(), 3u);
    EXPECT_EQ((*l)[2].name, "AlexT");
}

TEST(NickList, ProseAndLoneCommonWordsAreNoList) {
    EXPECT_FALSE(parse_nick_list("all members of the board"));
    EXPECT_FALSE(parse_nick_list("everyone"));
    EXPECT_FALSE(parse_nick_list("Jane Smith, John Doe"));
    EXPECT_FALSE(parse_nick_list("present"));
}

TEST(NickList, TokensOfLettersDigitsAndJoinersOnly) {
    const auto l = parse_nick_list("a.b-c_9, Z2, q");
    ASSERT_TRUE(l);
    EXPECT_EQ(l->size(), 3u);
    for (std::string_view bad :
         {"ann, b@b", "ann, b/c", "ann, 9lives", "ann, [bot]", "ann, x\u2013y"})
        EXPECT_FALSE(parse_nick_list(bad)) << bad;
}

TEST(Owner, NamesAPersonOrAPosition) {
    EXPECT_TRUE(owner_names("TB", "Tom Brown", ""));
    EXPECT_FALSE(owner_names("TX", "Tom Brown", ""));
    EXPECT_TRUE(owner_names("TJB", "Tom Brown", "TJB"));  // the initials the source gives
    EXPECT_FALSE(owner_names("TB", "Tom Brown", "TJB"));
    EXPECT_TRUE(owner_names("Tom", "Tom Brown", ""));
    EXPECT_TRUE(owner_names("Cllr Brown", "Cllr Peter Brown", ""));
    EXPECT_FALSE(owner_names("Brown Tom", "Tom Brown", ""));
    EXPECT_FALSE(owner_names("Smith", "Tom Brown", ""));
    EXPECT_TRUE(owner_is_position("the Clerk"));
    EXPECT_TRUE(owner_is_position("City Manager"));
    EXPECT_TRUE(owner_is_position("Officers"));
    EXPECT_TRUE(owner_is_position("Staff"));
    EXPECT_TRUE(owner_is_position("The Director of Finance"));
    EXPECT_FALSE(owner_is_position("Bank of England"));
    EXPECT_FALSE(owner_is_position("London"));
}

TEST(Attendee, JobTitleBeforeTheNameIsTheRole) {
    const ParsedPerson p = must_parse("City Manager Robert Lindqvist");
    EXPECT_EQ(p.name, "Robert Lindqvist");
    EXPECT_EQ(p.role, "City Manager");
    const ParsedPerson d = must_parse("Planning Director Mark Feldman");
    EXPECT_EQ(d.name, "Mark Feldman");
    EXPECT_EQ(d.role, "Planning Director");
    // a title stays in the name; so does a name that only looks like a job
    EXPECT_EQ(must_parse("Mayor Patricia Olsen").name, "Mayor Patricia Olsen");
    EXPECT_EQ(must_parse("Councilmember Thomas Keane").name, "Councilmember Thomas Keane");
    EXPECT_EQ(must_parse("Chief Executive Jo Bloggs").role, "Chief Executive");
}

TEST(NameList, PluralCivicTitles) {
    const auto people =
        parse_name_list("Councilmembers Daniel Reyes, Sarah Whitfield and Kwame Mensah");
    ASSERT_TRUE(people);
    ASSERT_EQ(people->size(), 3u);
    EXPECT_EQ((*people)[0].name, "Councilmember Daniel Reyes");
    EXPECT_EQ((*people)[2].name, "Kwame Mensah");
}

TEST(Attendee, RoleFirstThenTheName) {
    const ParsedPerson ceo = must_parse("Chief Executive Officer \u2013 Mark Jennings");
    EXPECT_EQ(ceo.name, "Mark Jennings");
    EXPECT_EQ(ceo.role, "Chief Executive Officer");
    const ParsedPerson sec = must_parse("Minute Secretary \u2013 Tracey Lowe");
    EXPECT_EQ(sec.name, "Tracey Lowe");
    EXPECT_EQ(sec.role, "Minute Secretary");
    // the name first stays as it was
    const ParsedPerson ann = must_parse("Ann Smith \u2013 Director of Finance");
    EXPECT_EQ(ann.name, "Ann Smith");
    EXPECT_EQ(ann.role, "Director of Finance");
    EXPECT_EQ(must_parse("Cr Lisa Tran").name, "Cr Lisa Tran");
}

TEST(Attendee, TrailingAcronymThatIsNoInitialsIsTheOrganisation) {
    const ParsedPerson p = must_parse("Ojesh Upandhyay GSK");
    EXPECT_EQ(p.name, "Ojesh Upandhyay");
    EXPECT_EQ(p.organisation, "GSK");
    // initials that fit the name stay in it
    EXPECT_EQ(must_parse("Ojesh Upandhyay OU").name, "Ojesh Upandhyay OU");
}

TEST(Attendee, ParenthesesNestedOrLeftOpen) {
    const ParsedPerson p = must_parse("Ann Smith (Chair (interim))");
    EXPECT_EQ(p.name, "Ann Smith");
    EXPECT_EQ(p.role, "Chair (interim)");
    const ParsedPerson q = must_parse("Ann  Smith (AS) (Treasurer)");
    EXPECT_EQ(q.name, "Ann Smith");
    EXPECT_EQ(q.initials, "AS");
    EXPECT_EQ(q.role, "Treasurer");
    EXPECT_FALSE(parse_attendee("Ann Smith (Chair", {}, true));  // kept as written: no name
}

TEST(Attendee, NamesHaveOneToSevenWords) {
    EXPECT_TRUE(is_person_name("Ann Bea Cat Dee Eve Fay Gil", false));
    EXPECT_FALSE(is_person_name("Ann Bea Cat Dee Eve Fay Gil Hal", false));
    EXPECT_FALSE(is_person_name("  ", true));
    EXPECT_TRUE(is_person_name(" Ann  Smith ", false));
    EXPECT_FALSE(is_person_name("Ann Smith 2", false));
}

}  // namespace
}  // namespace mtk::converters::layout
