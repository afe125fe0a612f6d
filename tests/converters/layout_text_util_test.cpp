// The string helpers of the layout rules, in particular the pre-checks that let classifiers
// skip normalising a line: they may say "maybe" wrongly, never "no" wrongly.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "layout/text_util.hpp"

namespace mtk::converters::layout {
namespace {

// What the classifiers compare: collapsed, stripped of `also`, lower case.
std::string normalised(std::string_view s, std::string_view also) {
    return lowercase(strip_chars(collapse_ws(s), std::string(" ") + std::string(also)));
}

const std::string_view kSamples[] = {"Date of next meeting",
                                     "  \tdate of the NEXT meeting:",
                                     "\u00A0Next meeting",
                                     ". . Home",
                                     "> Skip to content",
                                     "Mayor of London logo",
                                     "London Assembly LOGO .",
                                     "logo\u00A0",
                                     "Present:",
                                     "",
                                     "   ",
                                     "\u2003Contents",
                                     "Item 3: Finance",
                                     ":: none ::",
                                     "- ",
                                     "Logos",
                                     "a logo|",
                                     "\xC3\x89lodie"};

TEST(TextUtil, IsUpperWordCountsCapitalLettersOfAnyScript) {
    EXPECT_TRUE(is_upper_word("AB"));
    EXPECT_TRUE(is_upper_word("\u00C9COLE"));  // É is a capital, two bytes
    EXPECT_TRUE(is_upper_word("ABCD", 4));
    EXPECT_FALSE(is_upper_word("ABCDE", 4));    // longer than asked
    EXPECT_FALSE(is_upper_word("ABCDEFGHIJ"));  // longer than the default 8
    EXPECT_FALSE(is_upper_word("A"));           // one letter is not a word of capitals
    EXPECT_FALSE(is_upper_word(""));
    EXPECT_FALSE(is_upper_word("Ab"));
    EXPECT_FALSE(is_upper_word("A1"));
    EXPECT_FALSE(is_upper_word("AB\u00E9"));     // é is lower case
    EXPECT_FALSE(is_upper_word("ABCDEFGHIJb"));  // past the limit and lower case
}

TEST(TextUtil, MayStartWithOneOfNeverMissesANormalisedMatch) {
    for (std::string_view firsts : {"dnft", "shmbkpyrtw", "n-", "c", "a"})
        for (std::string_view also : {"", ".|>", ".!;:"})
            for (std::string_view s : kSamples) {
                const std::string n = normalised(s, also);
                if (!n.empty() && firsts.find(n.front()) != std::string_view::npos) {
                    EXPECT_TRUE(may_start_with_one_of(s, firsts, also)) << s;
                }
            }
}

TEST(TextUtil, MayStartWithOneOfRulesOutOtherLetters) {
    EXPECT_FALSE(may_start_with_one_of("Present: Ann", "dnft"));
    EXPECT_FALSE(may_start_with_one_of("  \t Present", "dnft"));
    EXPECT_FALSE(may_start_with_one_of("", "dnft"));
    EXPECT_FALSE(may_start_with_one_of(" . ", "dnft", "."));
    EXPECT_TRUE(may_start_with_one_of("  NEXT", "dnft"));
    EXPECT_TRUE(may_start_with_one_of(".|> home", "h", ".|>"));
    EXPECT_FALSE(may_start_with_one_of(".|> home", "h"));
    // a letter or digit at the start is the answer at once, in any case
    EXPECT_TRUE(may_start_with_one_of("Next meeting", "dnft", ".|>"));
    EXPECT_TRUE(may_start_with_one_of("3 items", "3"));
    EXPECT_FALSE(may_start_with_one_of("3 items", "dnft"));
    // a non-ASCII first character may be white space collapse_ws removes
    EXPECT_TRUE(may_start_with_one_of("\u00A0Zebra", "dnft"));
}

TEST(TextUtil, MayStartWithWordNeverMissesANormalisedMatch) {
    static constexpr std::string_view kWords[] = {"date", "next",     "home", "skip", "present",
                                                  "none", "contents", "item", "logo"};
    static constexpr WordList kFirsts(kWords);
    for (std::string_view also : {"", ".|>", ".!;:"})
        for (std::string_view s : kSamples) {
            const std::string n = normalised(s, also);
            const std::string_view first = std::string_view(n).substr(0, n.find(' '));
            for (std::string_view f : kWords)
                if (first == f) {
                    EXPECT_TRUE(may_start_with_word(s, kFirsts, also)) << s;
                }
        }
}

TEST(TextUtil, MayStartWithWordRulesOutOtherWords) {
    static constexpr WordList kFirsts({"date", "next", "home", "date,", "-x"});
    EXPECT_FALSE(may_start_with_word("Dates of meetings", kFirsts));
    EXPECT_TRUE(may_start_with_word("DATE, time", kFirsts));
    EXPECT_TRUE(may_start_with_word("-x y", kFirsts));
    // a first byte no entry starts with rules the line out, whatever follows
    EXPECT_FALSE(may_start_with_word("+y\u00A0", kFirsts));
    EXPECT_TRUE(may_start_with_word("-y\u00A0", kFirsts));
    EXPECT_FALSE(may_start_with_word("Zebra\u00A0", kFirsts));
    EXPECT_TRUE(may_start_with_word("Dx\u00A0", kFirsts));
    EXPECT_FALSE(may_start_with_word("The next meeting", kFirsts));
    EXPECT_FALSE(may_start_with_word("", kFirsts));
    EXPECT_FALSE(may_start_with_word(" . ", kFirsts, "."));
    EXPECT_FALSE(may_start_with_word(".|> home", kFirsts));
    EXPECT_TRUE(may_start_with_word(".|> home.", kFirsts, ".|>"));
    EXPECT_TRUE(may_start_with_word("  NEXT meeting", kFirsts));
    EXPECT_TRUE(may_start_with_word("Date\tof next meeting", kFirsts));
    // a non-ASCII byte in the first word may be white space collapse_ws removes
    EXPECT_TRUE(may_start_with_word("\u00A0Zebra", kFirsts));
    EXPECT_TRUE(may_start_with_word("Date\u00A0of", kFirsts));
}

TEST(TextUtil, MayEndWithNeverMissesANormalisedMatch) {
    for (std::string_view also : {"", ".|>"})
        for (std::string_view s : kSamples)
            if (normalised(s, also).ends_with("logo")) {
                EXPECT_TRUE(may_end_with(s, "logo", also)) << s;
            }
}

TEST(TextUtil, MayEndWithRulesOutOtherEndings) {
    EXPECT_FALSE(may_end_with("Mayor of London", "logo"));
    EXPECT_FALSE(may_end_with("Logos", "logo"));
    EXPECT_FALSE(may_end_with("logo.", "logo"));
    EXPECT_TRUE(may_end_with("logo.", "logo", "."));
    EXPECT_TRUE(may_end_with("London LOGO  ", "logo"));
    EXPECT_FALSE(may_end_with("   ", "logo"));
    EXPECT_TRUE(may_end_with("logo\u00A0", "logo"));
}

TEST(TextUtil, AtMostWordsAgreesWithWordCount) {
    for (std::string_view s : {"", " ", "one", " one ", "two  words", "a b c d e f g", "  a  b  "})
        for (std::size_t n = 0; n < 9; ++n)
            EXPECT_EQ(at_most_words(s, n), word_count(s) <= n) << '"' << s << "\" " << n;
}

TEST(TextUtil, AtMostWordsAgreesWithWordCountOnLongText) {
    // words and runs of spaces of every length up to 10, UTF-8 and tabs inside words, so that
    // words start at every offset of an eight-byte block
    std::string s;
    for (std::size_t k = 0; k < 60; ++k) {
        s += std::string(k % 4 == 3 ? 2 : 1 + k % 3, ' ');
        s += std::string(1 + k % 10, k % 7 == 0 ? '\t' : 'w');
        if (k % 5 == 0) s += "\u00E9\u00A0x";
        for (std::size_t from = 0; from < 3; ++from) {
            const std::string_view v = std::string_view(s).substr(from);
            for (std::size_t n : {std::size_t{0}, k / 2, k, k + 1, std::size_t{100}})
                EXPECT_EQ(at_most_words(v, n), word_count(v) <= n) << '"' << v << "\" " << n;
        }
    }
}

TEST(TextUtil, WordsUpToCountsAsFarAsTheBound) {
    for (std::string_view s : {"", " ", "one", " one ", "two  words", "a b c d e f g", "  a  b  "})
        for (std::size_t n = 0; n < 9; ++n)
            EXPECT_EQ(words_up_to(s, n), std::min(word_count(s), n + 1)) << '"' << s << "\" " << n;
    const std::string long_text(40, 'x');
    std::string many;
    for (int k = 0; k < 20; ++k) many += long_text.substr(0, 1 + k % 9) + "  ";
    EXPECT_EQ(words_up_to(many, 8), 9u);
    EXPECT_EQ(words_up_to(many, 30), 20u);
}

TEST(TextUtil, NextWordReadsTheWordsThatWordsGives) {
    for (std::string_view s :
         {"", "   ", "one", "  one two\tthree  ", "a  b c", "\u00C9lodie  X"}) {
        std::vector<std::string_view> read;
        for (std::size_t at = 0;;) {
            const std::string_view w = next_word(s, at);
            if (w.empty()) break;
            read.push_back(w);
        }
        EXPECT_EQ(read, words(s)) << '"' << s << '"';
    }
    std::size_t at = 0;
    EXPECT_EQ(next_word(" - Ann", at), "-");
    EXPECT_EQ(at, 2u);
    EXPECT_EQ(next_word(" - Ann", at), "Ann");
    EXPECT_EQ(next_word(" - Ann", at), "");
}

TEST(TextUtil, CapitalisedWordsOfAnyScript) {
    for (std::string_view w : {"Khan", "O'Brien", "Weekes-Bernard", "Dell\u2019Acqua", "A", "Zz",
                               "\u00C9lodie", "\u00D8ystein", "M\u00FCller", "McDONALD"})
        EXPECT_TRUE(is_capitalised_word(w)) << w;
    for (std::string_view w :
         {"", "khan", "'Brien", "O''Brien", "Ann-", "Dell\u2019", "Ann1", "Ann.", "A@", "Z[", "Ab`",
          "Ab{", "\u00E9lodie", "Ann\u00A0", "Ann\xFF", "Ann-'Lee"})
        EXPECT_FALSE(is_capitalised_word(w)) << w;
}

TEST(TextUtil, WordListMatchesItsWordsInAnyCaseAndNothingElse) {
    static constexpr WordList kList({"mr", "dr", "prof", "councillor", "-", "a"});
    for (std::string_view w : {"mr", "MR", "Dr", "pROF", "Councillor", "-", "A"})
        EXPECT_TRUE(kList.contains(w)) << w;
    // same first letter or length as an entry, other words, longer or shorter
    const std::string_view others[] = {"",   "m",      "mrs",         "ms",
                                       "pr", "profs",  "councillors", "--",
                                       "b",  "doctor", "d",           std::string_view("mr\0", 3)};
    for (std::string_view w : others) EXPECT_FALSE(kList.contains(w)) << w;
    static_assert(kList.contains("DR") && !kList.contains("dr."));
}

TEST(TextUtil, LowerChangesOnlyAsciiCapitals) {
    // every byte value, at every offset of an eight-byte block and in the tail
    std::string all;
    for (int c = 0; c < 256; ++c) all += char(c);
    for (std::size_t shift = 0; shift < 9; ++shift) {
        const std::string s = std::string(shift, 'Q') + all + "Zz@[`{";
        const std::string l = lowercase(s);
        ASSERT_EQ(l.size(), s.size());
        for (std::size_t i = 0; i < s.size(); ++i) {
            const char c = s[i];
            EXPECT_EQ(l[i], c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c) << i;
        }
    }
}

TEST(TextUtil, CollapseWsJoinsAsciiWordsWithSingleSpaces) {
    // the reference for ASCII text: the words between runs of white space, joined by a space
    const auto joined = [](std::string_view s) {
        std::string out, word;
        for (const char c : std::string(s) + " ") {
            if (c == ' ' || (c >= '\t' && c <= '\r')) {
                if (!word.empty()) out += (out.empty() ? "" : " ") + word;
                word.clear();
            } else {
                word += c;
            }
        }
        return out;
    };
    const std::string base = "abcdefghijklmnopqrstuvwxyz0123";
    for (std::string_view gap : {" ", "  ", "\t", " \n", "\r\n  "})
        for (std::size_t at = 0; at <= base.size(); ++at)
            for (std::size_t at2 = at; at2 <= base.size(); at2 += 3) {
                std::string s = base;
                s.insert(at2, gap);
                s.insert(at, gap);
                EXPECT_EQ(collapse_ws(s), joined(s)) << '"' << s << '"';
            }
}

TEST(TextUtil, CollapsedCopiesOnlyTextThatCollapseWsChanges) {
    for (std::string_view s :
         {"", "one", "two words", "Ann Smith, Chair", "a b c d e f g h i j", "\u00C9lodie Martin",
          "Dell\u2019Acqua \u2013 Chair, M\u00FCnchen", "\xFF\xFE invalid bytes",
          "control\x01\x08\x0E\x1F bytes, no white space"}) {
        std::string buffer;
        const std::string_view c = collapsed(s, buffer);
        EXPECT_EQ(c.data(), s.data()) << '"' << s << '"';  // the text itself
        EXPECT_EQ(c, collapse_ws(s));
    }
    for (std::string_view s : {" one", "one ", "two  words", "a\tb", "\u00A0Ann\u00A0Smith",
                               "\u00C9lodie\u00A0Martin", "Ann\u2003", "\u00E9  x", "line\nbreak",
                               "a rather long line of words  with two spaces in its middle"}) {
        std::string buffer;
        EXPECT_EQ(collapsed(s, buffer), collapse_ws(s)) << '"' << s << '"';
    }
}

TEST(TextUtil, SplitOutsideParensGivesTrimmedPartsAsViews) {
    const std::string_view s = " Ann (Chair, RA) ,Bob [x, y], Cy (, ";
    const auto views = split_views_outside_parens(s, ",");
    ASSERT_EQ(views.size(), 3u);
    EXPECT_EQ(views[0], "Ann (Chair, RA)");
    EXPECT_EQ(views[1], "Bob [x, y]");
    EXPECT_EQ(views[2], "Cy (,");          // an unclosed parenthesis holds the rest
    EXPECT_GE(views[1].data(), s.data());  // views into the text
    EXPECT_EQ(split_views_outside_parens("a and b andy", " and "),
              (std::vector<std::string_view>{"a", "b andy"}));
    EXPECT_EQ(split_views_outside_parens("", ","), std::vector<std::string_view>{""});
}

TEST(TextUtil, IfindFindsTheFirstMatchInAnyCase) {
    // the reference: every position tried in turn
    const auto naive = [](std::string_view s, std::string_view n, std::size_t from) {
        for (std::size_t i = from; i + n.size() <= s.size(); ++i)
            if (iequals(s.substr(i, n.size()), n)) return i;
        return std::string_view::npos;
    };
    const std::string_view texts[] = {"",
                                      "next",
                                      "The NEXT meeting: next week, Next time",
                                      "nnnNeXt",
                                      "ne",
                                      " to the Board; TO be done",
                                      "@Next \u00E9next"};
    const std::string_view needles[] = {"next", "NEXT", " to ", "n", "e", "@", "xt m", "nnext"};
    for (std::string_view s : texts)
        for (std::string_view n : needles)
            for (std::size_t from = 0; from <= s.size() + 1; ++from)
                EXPECT_EQ(ifind(s, n, from), naive(s, n, from))
                    << '"' << s << "\" \"" << n << "\" " << from;
    EXPECT_EQ(ifind("abc", "", 1), 1u);
    EXPECT_EQ(ifind("abc", "", 4), std::string_view::npos);
}

// A character outside ASCII in the set is stripped whole, and a character that merely shares
// bytes with it stays whole: "\u2013" (E2 80 93) once took the E2 80 of "\u2021" (E2 80 A1),
// and "\u2019" (E2 80 99) the 99 of "\u0119" (C4 99), leaving invalid UTF-8.
TEST(LayoutTextUtil, StripCharsTakesWholeCharacters) {
    EXPECT_EQ(strip_chars(" \u2013 Town Hall.", " .\u2013"), "Town Hall");
    EXPECT_EQ(strip_chars("\u2013\u2013x\u2013", "\u2013"), "x");
    EXPECT_EQ(strip_chars("\u2021\u00C1", " ,.;:\u2013-"), "\u2021\u00C1");
    EXPECT_EQ(strip_chars("Kali\u0119", ".,;'\u2019"), "Kali\u0119");
    EXPECT_EQ(strip_chars("O\u2019", ".,;'\u2019"), "O");
    EXPECT_EQ(strip_chars("\U0001F600.", "."), "\U0001F600");
    // bytes that are no UTF-8 stay: only characters of the set go
    EXPECT_EQ(strip_chars("\x99"
                          "a\x80",
                          "\u2019"),
              "\x99"
              "a\x80");
    EXPECT_EQ(strip_chars("\xE2\x80", "\u2013"), "\xE2\x80");
    EXPECT_EQ(strip_chars("...", "."), "");
}

TEST(LayoutTextUtil, JoinSpacedAddsNoSpaceToNothing) {
    std::string s;
    join_spaced(s, "Greg: email");
    EXPECT_EQ(s, "Greg: email");
    join_spaced(s, "the PMCs.");
    EXPECT_EQ(s, "Greg: email the PMCs.");
    join_spaced(s, "");
    EXPECT_EQ(s, "Greg: email the PMCs.");
}

}  // namespace
}  // namespace mtk::converters::layout
