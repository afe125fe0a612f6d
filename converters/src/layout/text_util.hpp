// Small UTF-8 string helpers shared by the layout rules. Character classes come from ICU
// so that names like "Élodie" or "Øystein" count as capitalised words.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "mtk/ascii.hpp"

namespace mtk::converters::layout {

/// Whitespace (including NBSP and other Unicode spaces) collapsed to single spaces, trimmed.
std::string collapse_ws(std::string_view s);
/// collapse_ws(s) without a copy where `s` is collapsed already (most lines are): `s` itself,
/// or `buffer` holding collapse_ws(s).
std::string_view collapsed(std::string_view s, std::string& buffer);

/// Spaces and tabs trimmed from both ends (inline: called for nearly every word).
constexpr std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// ASCII case, shared with the rest of mtk.
using ascii::iends_with;
using ascii::iequals;
using ascii::ifind;
using ascii::istarts_with;
using ascii::lowercase;

/// Decodes the code point at byte `i` and advances `i` (U+FFFD for invalid bytes).
char32_t decode_at(std::string_view s, std::size_t& i);

/// The first code point of `s` (U+FFFD when invalid, 0 when empty).
char32_t first_char(std::string_view s);
/// The last code point of `s` (0 when empty).
char32_t last_char(std::string_view s);
bool is_upper(char32_t c);
bool is_lower(char32_t c);
bool is_letter(char32_t c);
bool is_digit(char32_t c);

/// A fixed list of lower-case ASCII words, matched in any case. Classifiers ask it for every
/// word of a line; most words are ruled out by one bit (no entry has their first letter and
/// length) before any is compared, and the rest are compared only with the entries of their
/// first letter.
template <std::size_t N>
class WordList {
  public:
    constexpr explicit WordList(const std::string_view (&words)[N]) {
        // the entries grouped by first letter (a counting sort, in list order within a group)
        std::size_t next[27]{};
        for (std::size_t i = 0; i < N; ++i)
            if (!words[i].empty()) {
                lengths_[slot(words[i][0])] |= bit(words[i].size());
                ++begin_[slot(words[i][0]) + 1];
            }
        for (std::size_t s = 1; s < 28; ++s) begin_[s] += begin_[s - 1];
        for (std::size_t s = 0; s < 27; ++s) next[s] = begin_[s];
        for (std::size_t i = 0; i < N; ++i)
            if (!words[i].empty()) words_[next[slot(words[i][0])]++] = words[i];
    }
    /// Whether an entry starts with the ASCII byte `c` (a letter in either case).
    constexpr bool has_initial(char c) const {
        const std::size_t s = slot(c);
        if (s < 26) return lengths_[s] != 0;
        for (std::size_t k = begin_[26]; k < begin_[27]; ++k)
            if (words_[k][0] == c) return true;
        return false;
    }
    constexpr bool contains(std::string_view w) const {
        if (w.empty()) return false;
        const std::size_t s = slot(w[0]);
        if (!(lengths_[s] & bit(w.size()))) return false;
        // an entry in another group differs in its first letter (the groups are ASCII letters
        // and one for every other byte, which iequals compares exactly)
        for (std::size_t k = begin_[s]; k < begin_[s + 1]; ++k)
            if (iequals(w, words_[k])) return true;
        return false;
    }

  private:
    static constexpr std::size_t slot(char c) {
        const char l = char(c | 0x20);
        return l >= 'a' && l <= 'z' ? std::size_t(l - 'a') : 26;
    }
    static constexpr std::uint64_t bit(std::size_t length) {
        return std::uint64_t{1} << (length < 63 ? length : 63);
    }
    std::string_view words_[N]{};
    std::size_t begin_[28]{};  // group s is words_[begin_[s], begin_[s + 1])
    std::uint64_t lengths_[27]{};
};

/// The next word of `s` (as words() splits it) from byte `at` on, with `at` moved past it;
/// empty when no word is left. Classifiers read a line's first words with it, and count or
/// test the words of a short text without building them.
constexpr std::string_view next_word(std::string_view s, std::size_t& at) {
    while (at < s.size() && s[at] == ' ') ++at;
    const std::size_t start = at;
    while (at < s.size() && s[at] != ' ') ++at;
    return s.substr(start, at - start);
}

/// Splits on runs of spaces.
std::vector<std::string_view> words(std::string_view s);
/// words(s).size(), without building them.
std::size_t word_count(std::string_view s);
/// word_count(s), or n + 1 when it is more than n, reading only as far as the (n+1)th word
/// (for the classifiers that ask a line for more than one bound).
std::size_t words_up_to(std::string_view s, std::size_t n);
/// word_count(s) <= n, reading only as far as the (n+1)th word.
inline bool at_most_words(std::string_view s, std::size_t n) {
    return words_up_to(s, n) <= n;
}

/// A word made of letters only, whose first letter is upper case ("Khan", "O'Brien",
/// "Weekes-Bernard", "Dell’Acqua"; apostrophes and inner hyphens allowed).
bool is_capitalised_word(std::string_view w);
/// A word made of 2 to `max_len` letters, all upper case ("SK", "DWB", "MOPAC").
bool is_upper_word(std::string_view w, std::size_t max_len = 8);
/// 2 to 4 ASCII letters, upper-case led, at least two capitals, at most one lower-case
/// ("SK", "RGr"): the shape of a person's initials.
bool initials_shape(std::string_view w);
/// Count of code points.
std::size_t char_count(std::string_view s);

/// `c` is one of `set`, a few marks (a loop: find() would call memchr for each byte).
constexpr bool one_of(char c, std::string_view set) {
    for (const char x : set)
        if (x == c) return true;
    return false;
}

/// An ASCII letter or digit.
constexpr bool is_ascii_alnum(char c) {
    const char l = char(c | 0x20);
    return (l >= 'a' && l <= 'z') || (c >= '0' && c <= '9');
}

/// may_start_with_one_of for text that does not start with an ASCII letter or digit.
bool may_start_with_one_of_after_marks(std::string_view s, std::string_view firsts,
                                       std::string_view also);

/// Cheap pre-checks for classifiers that normalise a line (collapse_ws, strip_chars, lowercase)
/// before comparing it with fixed phrases: false only when the normalised text cannot start
/// with one of `firsts` (lower-case ASCII letters or marks). White space and the characters
/// of `also` (marks, never a letter or digit) are skipped first; a non-ASCII character
/// answers true (it may be Unicode white space that collapse_ws removes).
/// (Inline: most lines start with a letter or digit, which is the answer at once.)
inline bool may_start_with_one_of(std::string_view s, std::string_view firsts,
                                  std::string_view also = {}) {
    if (s.empty() || !is_ascii_alnum(s[0]))
        return may_start_with_one_of_after_marks(s, firsts, also);
    return one_of(ascii::lower(s[0]), firsts);
}

/// Likewise for a whole word: false only when the first word of the normalised text (white
/// space and the characters of `also`, marks, skipped before it, those dropped after it)
/// is none of `firsts` (lower-case ASCII), in any case. A non-ASCII byte before that word
/// ends answers true.
template <std::size_t N>
bool may_start_with_word(std::string_view s, const WordList<N>& firsts, std::string_view also = {});
/// Likewise at the end: false only when the normalised text cannot end with `word` (lower
/// case ASCII), ignoring white space and the characters of `also`.
bool may_end_with(std::string_view s, std::string_view word, std::string_view also = {});

/// For may_start_with_word: where the first word of `s` starts, after white space and the
/// characters of `also` (s.size() when there is none).
std::size_t lead_word_start(std::string_view s, std::string_view also);
/// For may_start_with_word: the word starting at byte `b`, up to white space, the characters
/// of `also` dropped from its end; false when a non-ASCII byte comes before its end.
bool lead_word_at(std::string_view s, std::size_t b, std::string_view also, std::string_view& w);

template <std::size_t N>
bool may_start_with_word(std::string_view s, const WordList<N>& firsts, std::string_view also) {
    // a line that starts with a letter or digit (most do) has its first word there
    const std::size_t b = !s.empty() && is_ascii_alnum(s[0]) ? 0 : lead_word_start(s, also);
    if (b == s.size()) return false;
    // the first letter rules out most lines before the word is read
    if (static_cast<unsigned char>(s[b]) < 0x80 && !firsts.has_initial(s[b])) return false;
    std::string_view w;
    return !lead_word_at(s, b, also, w) || firsts.contains(w);
}

/// Strips a trailing ':' (and spaces before it). (Inline: classifiers strip every label they
/// read.)
constexpr std::string_view strip_colon(std::string_view s) {
    s = trim(s);
    if (!s.empty() && s.back() == ':') s.remove_suffix(1);
    return trim(s);
}

/// The length of the UTF-8 sequence that `lead` starts: 1 for ASCII and for a byte that
/// starts none (a continuation byte, an invalid lead).
constexpr std::size_t utf8_length(char lead) {
    const auto b = static_cast<unsigned char>(lead);
    return b >= 0xF0 && b < 0xF8 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
}

/// True when `c`, one whole character, is one of the characters of `set` (UTF-8).
constexpr bool one_of_chars(std::string_view c, std::string_view set) {
    for (std::size_t i = 0; i < set.size(); i += utf8_length(set[i]))
        if (set.substr(i, utf8_length(set[i])) == c) return true;
    return false;
}

/// `s` with leading/trailing characters of `chars` removed. A character of `chars` outside
/// ASCII ("\u2013") is removed whole, and never a byte of another character that shares it.
/// (Inline, an ASCII byte compared with each of `chars`: the sets are a few marks, and most
/// calls strip a word's punctuation.)
constexpr std::string_view strip_chars(std::string_view s, std::string_view chars) {
    for (bool more = true; more && !s.empty();) {
        const std::size_t n = utf8_length(s.front());
        more = n == 1 ? static_cast<unsigned char>(s.front()) < 0x80 && one_of(s.front(), chars)
                      : n <= s.size() && one_of_chars(s.substr(0, n), chars);
        if (more) s.remove_prefix(n);
    }
    for (bool more = true; more && !s.empty();) {
        // the last character starts at the last byte that is no continuation byte
        std::size_t start = s.size() - 1;
        while (start > 0 && s.size() - start < 4 &&
               (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80)
            --start;
        if (utf8_length(s[start]) != s.size() - start) start = s.size() - 1;
        const std::string_view last = s.substr(start);
        more = last.size() == 1
                   ? static_cast<unsigned char>(last[0]) < 0x80 && one_of(last[0], chars)
                   : one_of_chars(last, chars);
        if (more) s.remove_suffix(last.size());
    }
    return s;
}

/// Appends `more` to `text` after one space, or alone when `text` is empty: continuation
/// lines joined to a line that had no text of its own ("*" alone on its line).
inline void join_spaced(std::string& text, std::string_view more) {
    if (!text.empty() && !more.empty()) text += ' ';
    text += more;
}

/// The offset after the sentence that starts at `start`: after ". ", "? " or "! " before a
/// capital or a digit (a title's or an initial's full stop, "Mrs. Smith", "J. Smith", ends
/// none), else the end of the text.
std::size_t sentence_end(std::string_view text, std::size_t start);

/// Splits on `sep` (not empty) outside parentheses and square brackets; the parts trimmed,
/// as views into `s`.
std::vector<std::string_view> split_views_outside_parens(std::string_view s, std::string_view sep);

}  // namespace mtk::converters::layout
