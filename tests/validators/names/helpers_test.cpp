// The shared name helpers of validators/src/names (used by attendance/* and names/*).
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

#include "names/acronyms.hpp"
#include "names/first_names.hpp"
#include "names/fold.hpp"
#include "names/listed_names.hpp"
#include "names/person_name.hpp"
#include "names/similarity.hpp"
#include "text/dates.hpp"
#include "text/document_text.hpp"

using namespace mtk::validators::names;

TEST(NameFold, TransliteratesAndFoldsWithIcu) {
    EXPECT_EQ(fold("Siobhán Ó Dónaill"), "siobhan o donaill");
    EXPECT_EQ(fold("ŁUKASZ Straße"), "lukasz strasse");
    EXPECT_EQ(fold("Дмитрий"), "dmitrij");
}

TEST(NameFold, FastPathTakesTheCommonCharactersOfMinutes) {
    // Curly quotes, dashes, ellipsis, no-break space, pound and euro signs, accented and
    // Polish letters: none of them needs ICU's transliterator.
    const auto fast = to_ascii_without_icu_transliterator(
        "Siobh\u00e1n \u0141ukasz \u2018Stra\u00dfe\u2019 \u2013 \u201cok\u201d\u2026 "
        "\u00a3\u00a05 \u20ac3 Cr\u00e8me");
    ASSERT_TRUE(fast.has_value());
    EXPECT_EQ(*fast, "Siobhan Lukasz 'Strasse' - \"ok\"... \u00a3 5 \u20ac3 Creme");
    EXPECT_FALSE(to_ascii_without_icu_transliterator("\u0414\u043c\u0438\u0442\u0440\u0438\u0439"));
    EXPECT_FALSE(to_ascii_without_icu_transliterator("bad \xff byte"));
}

TEST(NameFold, FastPathAgreesWithIcu) {
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<icu::Transliterator> icu_ascii(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8("Any-Latin; Latin-ASCII"), UTRANS_FORWARD, status));
    ASSERT_TRUE(U_SUCCESS(status));
    auto reference = [&](const icu::UnicodeString& text, bool folded) {
        icu::UnicodeString u = text;
        icu_ascii->transliterate(u);
        if (folded) u.foldCase();
        std::string out;
        u.toUTF8String(out);
        return out;
    };
    // Every character the fast path takes, alone and between letters of either case.
    int taken = 0;
    for (UChar32 c = 0x80; c < 0x3000; ++c) {
        if (c >= 0xD800 && c < 0xE000) continue;
        for (const char* around : {"", "ab", "AB"}) {
            icu::UnicodeString u;
            if (*around) u.append(UChar32(around[0]));
            u.append(c);
            if (*around) u.append(UChar32(around[1]));
            std::string utf8;
            u.toUTF8String(utf8);
            const auto fast = to_ascii_without_icu_transliterator(utf8);
            if (!fast) continue;
            ++taken;
            EXPECT_EQ(*fast, reference(u, false)) << "U+" << std::hex << c << " in " << around;
            EXPECT_EQ(fold(utf8), reference(u, true)) << "U+" << std::hex << c << " in " << around;
        }
    }
    EXPECT_GT(taken, 3 * 300);  // the table and the Latin letters with diacritics
}

// ASCII is told from other text wherever a non-ASCII byte falls (the test reads eight bytes
// at a time, then the last few one by one).
TEST(Fold, IsAsciiWhereverTheOtherByteIs) {
    EXPECT_TRUE(is_ascii(""));
    EXPECT_TRUE(is_ascii(std::string(19, 'a') + "\x7f"));
    for (std::size_t at = 0; at < 20; ++at) {
        std::string text(20, 'a');
        text[at] = '\x80';
        EXPECT_FALSE(is_ascii(text)) << at;
        EXPECT_FALSE(is_ascii(std::string_view(text).substr(0, at + 1))) << at;
        EXPECT_TRUE(is_ascii(std::string_view(text).substr(0, at))) << at;
    }
}

TEST(PersonNameParse, DropsHonorificsRanksPostNominalsAndMiddleInitials) {
    EXPECT_EQ(parse_name("Dame Lynne Owens").spelling(), "lynne owens");
    EXPECT_EQ(parse_name("DAC Alexis Boon").spelling(), "alexis boon");
    EXPECT_EQ(parse_name("Commander Alison Newcomb").spelling(), "alison newcomb");
    EXPECT_EQ(parse_name("Professor Neal Hazel OBE").spelling(), "neal hazel");
    EXPECT_EQ(parse_name("Jane E Garvan").spelling(), "jane garvan");
    EXPECT_EQ(parse_name("Mr. John O'Brien").spelling(), "john obrien");
    EXPECT_EQ(parse_name("Debbie Weekes-Bernard").surname(), "weekes-bernard");
    EXPECT_EQ(parse_name("Councilmember Daniel Reyes").spelling(), "daniel reyes");
    EXPECT_EQ(parse_name("Councilmember Reyes").spelling(), "reyes");  // no two-way spelling
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

TEST(Initials, PlainWordsGiveTheirFirstLetter) {
    EXPECT_THAT(initials_variants(parse_name("jane E Garvan")),
                ::testing::ElementsAre("JEG", "JG"));
    EXPECT_THAT(initials_variants(parse_name("Jane GARVAN")), ::testing::ElementsAre("JG"));
    EXPECT_THAT(initials_variants(parse_name("Jane (Garvan)")), ::testing::ElementsAre("JG"));
    EXPECT_THAT(initials_variants(parse_name("Jane 2nd")), ::testing::ElementsAre("J2"));
}

TEST(Initials, EachVariantIsGivenOnceAsAView) {
    std::vector<std::string> seen;
    const auto collect = [&](std::string_view v) { seen.emplace_back(v); };
    for_each_initials_variant(parse_name("Mary Ann McCleave"), collect);
    std::sort(seen.begin(), seen.end());
    EXPECT_THAT(seen, ::testing::ElementsAre("MAM", "MAMC", "MM", "MMC"));
    seen.clear();
    // Seven words: no optional middles, each word by its first letter.
    for_each_initials_variant(parse_name("Ab Bc Cd De Ef Fg-Hi Gh"), collect);
    EXPECT_THAT(seen, ::testing::ElementsAre("ABCDEFG"));
    seen.clear();
    // A word without letters or digits is no part of the name.
    for_each_initials_variant(parse_name("Jane ... Garvan"), collect);
    EXPECT_THAT(seen, ::testing::ElementsAre("JG"));
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

// What the rules derive from a document (its text, its people's names) is built once and
// shared; a moved document keeps it (it points only into the model's containers, which the
// move hands over), a copied one derives it afresh.
TEST(DocumentFacts, AreDerivedOnceAndKeptWhenTheDocumentMoves) {
    mtk::validators::Document doc;
    doc.minutes.meta.title = "Board";
    doc.minutes.meta.title_origin.line = 3;
    doc.minutes.attendance.present.emplace();
    doc.minutes.attendance.present->people.push_back({"p1", "Dr Alice Smith", "", "", "", {}});
    mtk::Item item;
    item.heading = "Budget";
    item.content.push_back(mtk::Paragraph{"", {{"Alice Smith noted the budget.", false, {}}}, {}});
    doc.minutes.items.push_back(std::move(item));

    const auto& text = mtk::validators::text::text_of(doc);
    EXPECT_EQ(&text, &mtk::validators::text::text_of(doc));
    ASSERT_EQ(text.runs.size(), 3u);  // title, heading, paragraph
    EXPECT_EQ(text.runs[0].origin->line, 3);
    EXPECT_EQ(text.runs[1].origin, &doc.minutes.items[0].origin);
    ASSERT_EQ(text.words[2].size(), 5u);
    EXPECT_EQ(text.words[2][3].text, "the");
    // Each run's words are its view of the document's words, in run order.
    ASSERT_EQ(text.words[0].size(), 1u);
    EXPECT_EQ(text.words[0][0].text, "Board");
    EXPECT_EQ(text.words[1][0].text, "Budget");
    EXPECT_EQ(text.all_words.size(), 7u);
    EXPECT_EQ(text.words[2].data(), text.all_words.data() + 2);
    const mtk::Person& alice = doc.minutes.attendance.present->people.front();
    const auto& names = listed_names(doc);
    EXPECT_THAT(names.of(alice).words, ::testing::ElementsAre("alice", "smith"));
    ASSERT_EQ(names.people().size(), 1u);  // the listed people, as all_people gives them
    EXPECT_EQ(names.people().front().person, &alice);
    EXPECT_EQ(names.people().front().group, "present");
    EXPECT_EQ(&names.name(0), &names.of(alice));  // the name of people()[0]

    const mtk::validators::Document moved = std::move(doc);
    EXPECT_EQ(&mtk::validators::text::text_of(moved), &text);
    EXPECT_EQ(text.runs[0].origin->line, 3);
    EXPECT_EQ(text.runs[1].origin, &moved.minutes.items[0].origin);
    // The texts view the moved model (a heading) or the text's own copies (the title).
    EXPECT_EQ(text.runs[0].text, "Board");
    EXPECT_EQ(text.runs[1].text.data(), moved.minutes.items[0].heading.data());
    EXPECT_EQ(&listed_names(moved), &names);
    EXPECT_THAT(names.of(moved.minutes.attendance.present->people.front()).words,
                ::testing::ElementsAre("alice", "smith"));

    const mtk::validators::Document copy = moved;
    EXPECT_EQ(copy.facts.text, nullptr);
    EXPECT_EQ(copy.facts.people, nullptr);
    const auto& copied = mtk::validators::text::text_of(copy);
    EXPECT_NE(&copied, &text);
    EXPECT_EQ(copied.runs[1].origin, &copy.minutes.items[0].origin);
    EXPECT_EQ(listed_names(copy).of(copy.minutes.attendance.present->people.front()).words.size(),
              2u);
}

// The quick test rules run before costlier work: any case, inside words, and always yes for
// text another script's letters could fold into.
TEST(KeywordScan, FindsKeywordsInAnyCaseAndPassesNonAsciiText) {
    static constexpr std::string_view kKeys[] = {"action", "logo"};
    const mtk::validators::text::KeywordScan scan(kKeys);
    EXPECT_TRUE(scan.may_contain("The ACTIONS were closed"));
    EXPECT_TRUE(scan.may_contain("Mayor of London Logo"));
    EXPECT_TRUE(scan.may_contain("transactional"));
    EXPECT_FALSE(scan.may_contain("The minutes were agreed."));
    EXPECT_FALSE(scan.may_contain("act ion, lo go"));
    EXPECT_FALSE(scan.may_contain("actio"));
    EXPECT_TRUE(scan.may_contain("Caf\u00e9 minutes"));
    // A caller that knows whether the text is ASCII says so, and is taken at its word.
    EXPECT_TRUE(scan.may_contain("The minutes were agreed.", false));
    EXPECT_FALSE(scan.may_contain("The minutes were agreed.", true));
    EXPECT_TRUE(scan.may_contain("The actions were agreed.", true));
    // Found wherever it starts and ends: the scan reads a pair of bytes every few bytes only.
    for (std::size_t pad = 0; pad < 8; ++pad) {
        EXPECT_TRUE(scan.may_contain(std::string(pad, ' ') + "LoGo"));
        EXPECT_TRUE(scan.may_contain(std::string(pad, 'x') + "action" + std::string(pad, 'y')));
        EXPECT_FALSE(scan.may_contain(std::string(pad, 'o') + "logg" + std::string(pad, 'l')));
    }
    // Keys that share their first two letters are each compared.
    static constexpr std::string_view kShared[] = {"action", "acorn"};
    const mtk::validators::text::KeywordScan shared(kShared);
    EXPECT_TRUE(shared.may_contain("an ACORN"));
    EXPECT_FALSE(shared.may_contain("an acor"));
}

// A date is found wherever its year falls in the text (the test for a four-digit year reads
// eight bytes at a time), and three digits are no year.
TEST(FindDates, FindsTheYearAtAnyOffset) {
    using mtk::validators::text::find_dates;
    for (std::size_t pad = 0; pad < 16; ++pad) {
        const std::string before(pad, 'x'), digits(pad % 4, '7');
        const std::string text = before + " 9 June 2014. " + digits;
        const auto found = find_dates(text);
        ASSERT_EQ(found.size(), 1u) << pad;
        EXPECT_EQ(found[0].text, "9 June 2014");
        EXPECT_TRUE(find_dates(before + " 9 June 201 " + digits + " x").empty()) << pad;
    }
}

// The quick test for dates with a weekday: it passes every ASCII text find_dates finds one
// in, whatever the case and the stem, and rules out texts whose words are no weekday.
TEST(FindDates, MayNameWeekdayPassesEveryTextWithAWeekdayDate) {
    using mtk::validators::text::find_dates;
    using mtk::validators::text::may_name_weekday;
    using mtk::validators::text::split_words;
    for (const std::string_view text :
         {"Tuesday 9 June 2014", "on WED, 15th September 2014.", "(Thurs. June 9, 2014)",
          "sat 9 June 2014", "Wednesday, December 1, 2014", "Satur 7 June 2014"}) {
        ASSERT_FALSE(find_dates(text).empty()) << text;
        ASSERT_TRUE(find_dates(text).front().weekday.has_value()) << text;
        EXPECT_TRUE(may_name_weekday(split_words(text))) << text;
    }
    for (const std::string_view text : {"9 June 2014", "Monmouth 9 June 2014", "Sundays9 June 2014",
                                        "the Wedding, 2014", "Frid 9 June 2014", ""})
        EXPECT_FALSE(may_name_weekday(split_words(text))) << text;
}

// Words: runs of ASCII letters and digits and of non-ASCII bytes, split at apostrophes,
// hyphens, slashes and typographic punctuation, with their byte offsets.
TEST(SplitWords, SplitsAtPunctuationAndKeepsOtherLetters) {
    using mtk::validators::text::split_words;
    const auto texts = [](std::string_view s) {
        std::vector<std::string> out;
        for (const auto& w : split_words(s)) out.emplace_back(w.text);
        return out;
    };
    EXPECT_THAT(texts("MR's LCRB/DMG anti-social"),
                ::testing::ElementsAre("MR", "s", "LCRB", "DMG", "anti", "social"));
    EXPECT_THAT(texts("\u201cSiobh\u00e1n\u201d \u2013 JM\u2019s"),
                ::testing::ElementsAre("Siobh\u00e1n", "JM", "s"));
    EXPECT_THAT(texts(" ... "), ::testing::IsEmpty());
    const auto words = split_words("  AB, cd");
    ASSERT_EQ(words.size(), 2u);
    EXPECT_EQ(words[0].offset, 2u);
    EXPECT_EQ(words[1].offset, 6u);
    // More words than bytes / 6.
    EXPECT_EQ(split_words("a b c d e f g h i j k l").size(), 12u);
}

// The initials of any phrase of three words or more are acronyms, alike for the first questions
// (which search the set's initials) and after many (which read an index of them).
TEST(Acronyms, InitialsOfAnyPhraseAnswerAlikeBeforeAndAfterManyQuestions) {
    std::vector<mtk::validators::Document> docs(1);
    docs[0].minutes.meta.title = "anti-social behaviour and crime board, 2020 plans";
    const mtk::validators::Config config;
    const Acronyms acronyms(docs, config);
    const std::pair<std::string_view, bool> kQuestions[] = {
        {"ASB", true},      {"SBA", true},  {"ACB", true},  {"ASBACB", true}, {"BACB", true},
        {"ASBACBP", false}, {"CBP", false}, {"XYZ", false}, {"BP", false},    {"asb", false}};
    for (int round = 0; round < 4; ++round)
        for (const auto& [token, acronym] : kQuestions)
            EXPECT_EQ(acronyms.known(token), acronym) << token << " in round " << round;
}

// The initials of a capitalised phrase are an acronym, and so are they without the phrase's
// first word (from three words: it may start a sentence), however long the phrase.
TEST(Acronyms, InitialsOfCapitalisedPhrasesWithAndWithoutTheirFirstWord) {
    std::vector<mtk::validators::Document> docs(1);
    docs[0].minutes.meta.title =
        "Delivery Management, Police Crime Reduction Board. Alpha Beta Gamma Delta Epsilon "
        "Zeta Eta Theta Iota Kappa Lambda Mu Nu";
    const mtk::validators::Config config;
    const Acronyms acronyms(docs, config);
    const std::pair<std::string_view, bool> kQuestions[] = {
        {"DM", true},
        {"PCRB", true},
        {"CRB", true},
        {"PC", false},
        {"RB", false},
        {"DP", false},
        // thirteen words: longer than a packed code holds
        {"ABGDEZETIKLMN", true},
        {"BGDEZETIKLMN", true},
        {"ABGDEZETIKLM", false}};
    for (const auto& [token, acronym] : kQuestions)
        EXPECT_EQ(acronyms.known(token), acronym) << token;
}

// The set's acronyms are gathered on the first question only (gathering reads every word of
// the set, which derives each document's text), and answer as Acronyms does.
TEST(SetAcronyms, GatherOnTheFirstQuestionOnly) {
    std::vector<mtk::validators::Document> docs(1);
    docs[0].minutes.meta.title = "Delivery Management Group";
    const mtk::validators::Config config;
    const mtk::validators::RuleOptions options;
    mtk::validators::SetFacts facts;
    const mtk::validators::RuleContext ctx{docs, options, config, &facts};

    SetAcronyms acronyms(ctx);
    EXPECT_EQ(docs[0].facts.text, nullptr);
    EXPECT_TRUE(acronyms.known("DMG"));
    EXPECT_NE(docs[0].facts.text, nullptr);
    EXPECT_TRUE(acronyms.known("UK"));
    EXPECT_FALSE(acronyms.known("JS"));
    // Another rule of the set asks the acronyms already gathered: it derives no text again.
    docs[0].facts.text.reset();
    SetAcronyms next_rule(ctx);
    EXPECT_TRUE(next_rule.known("DMG"));
    EXPECT_EQ(docs[0].facts.text, nullptr);

    const mtk::validators::RuleContext alone{docs, options, config};
    SetAcronyms own(alone);
    EXPECT_TRUE(own.known("DMG"));
    EXPECT_FALSE(own.known("JS"));
}
