#include "layout/text_util.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <bit>
#include <cstdint>

#include "mtk/bytes8.hpp"

namespace mtk::converters::layout {
namespace {

// Decodes the code point at `i`, advancing `i`; invalid bytes give U+FFFD.
char32_t next_cp(std::string_view s, std::size_t& i) {
    if (static_cast<unsigned char>(s[i]) < 0x80) return static_cast<char32_t>(s[i++]);
    UChar32 c = 0;
    int32_t idx = static_cast<int32_t>(i);
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), idx, static_cast<int32_t>(s.size()), c);
    i = static_cast<std::size_t>(idx);
    return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

// ASCII is answered without ICU (most text is ASCII; the answers are ICU's).
bool is_space_cp(char32_t c) {
    if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
    return u_isUWhiteSpace(UChar32(c));
}

}  // namespace

char32_t decode_at(std::string_view s, std::size_t& i) {
    return next_cp(s, i);
}

namespace {

// Single spaces between words, none at the ends and no other white space: collapse_ws gives
// such text back as it is. Most lines are, and are checked for it far faster than rebuilt
// (ASCII eight bytes at a time; other characters one by one, decoded as collapse_ws reads them).
bool is_collapsed(std::string_view s) {
    if (!s.empty() && (s.front() == ' ' || s.back() == ' ')) return false;
    bool space_before = false;  // the byte before s[i] is a space
    std::size_t i = 0;
    while (i < s.size()) {
        if constexpr (std::endian::native == std::endian::little) {
            // an ASCII block (byte k of the block is bits 8k..8k+7)
            const std::uint64_t x = i + 8 <= s.size() ? bytes8::load(s, i) : 0;
            if (i + 8 <= s.size() && !bytes8::non_ascii(x)) {
                // (every byte below 0x80: the sums below stay inside each byte, and take two
                // operations where the tests for any byte take five)
                // a byte below 0x0E first, then '\t'..'\r' (most blocks have neither)
                if ((~(x + bytes8::kOnes * (0x80 - 0x0E)) & bytes8::kTops) &&
                    bytes8::in_range(x, '\t', '\r'))
                    return false;
                // the spaces: the bytes that differ from ' ' by nothing
                const std::uint64_t spaces =
                    ~((x ^ (bytes8::kOnes * ' ')) + bytes8::kOnes * 0x7F) & bytes8::kTops;
                if ((spaces & (spaces >> 8)) || (space_before && (spaces & 0x80))) return false;
                space_before = (spaces >> 63) != 0;
                i += 8;
                continue;
            }
        }
        if (const auto c = static_cast<unsigned char>(s[i]); c < 0x80) {
            if ((c >= '\t' && c <= '\r') || (c == ' ' && space_before)) return false;
            space_before = c == ' ';
            ++i;
        } else {
            if (is_space_cp(next_cp(s, i))) return false;
            space_before = false;
        }
    }
    return true;
}

// collapse_ws of a text is_collapsed has said no to.
std::string collapse_uncollapsed(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool pending = false;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t start = i;
        if (static_cast<unsigned char>(s[i]) < 0x80) {  // without decoding
            // a run of ASCII bytes that are no white space goes in whole
            while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80 &&
                   !is_space_cp(char32_t(s[i])))
                ++i;
            if (i == start) {  // ASCII white space
                ++i;
                pending = !out.empty();
                continue;
            }
            if (pending) out += ' ';
            pending = false;
            out.append(s.substr(start, i - start));
            continue;
        }
        const char32_t c = next_cp(s, i);
        if (is_space_cp(c)) {
            pending = !out.empty();
            continue;
        }
        if (pending) out += ' ';
        pending = false;
        out.append(s.substr(start, i - start));
    }
    return out;
}

}  // namespace

std::string collapse_ws(std::string_view s) {
    return is_collapsed(s) ? std::string(s) : collapse_uncollapsed(s);
}

std::string_view collapsed(std::string_view s, std::string& buffer) {
    if (is_collapsed(s)) return s;
    buffer = collapse_uncollapsed(s);
    return buffer;
}

char32_t first_char(std::string_view s) {
    std::size_t i = 0;
    return s.empty() ? 0 : next_cp(s, i);
}

char32_t last_char(std::string_view s) {
    if (s.empty()) return 0;
    std::size_t start = s.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    std::size_t i = start;
    return next_cp(s, i);
}

bool is_upper(char32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    return u_isupper(UChar32(c)) || u_istitle(UChar32(c));
}
bool is_lower(char32_t c) {
    if (c < 0x80) return c >= 'a' && c <= 'z';
    return u_islower(UChar32(c));
}
bool is_letter(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return u_isalpha(UChar32(c));
}
bool is_digit(char32_t c) {
    return c >= '0' && c <= '9';
}

std::vector<std::string_view> words(std::string_view s) {
    std::vector<std::string_view> out;
    // room for a line's words at once (a paragraph's grow as they need)
    out.reserve(std::min<std::size_t>(s.size() / 4 + 1, 32));
    for (std::size_t at = 0;;) {
        const std::string_view w = next_word(s, at);
        if (w.empty()) return out;
        out.push_back(w);
    }
}

std::size_t word_count(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) n += s[i] != ' ' && (i == 0 || s[i - 1] == ' ');
    return n;
}

std::size_t words_up_to(std::string_view s, std::size_t n) {
    std::size_t count = 0, i = 0;
    bool space_before = true;  // a word starts at s[i] when it is no space and this holds
    if constexpr (std::endian::native == std::endian::little) {
        // eight bytes at a time (byte k of the block is bits 8k..8k+7): the bytes that are
        // spaces, then the words starting in the block
        for (; i + 8 <= s.size(); i += 8) {
            const std::uint64_t spaces = bytes8::equal_to(bytes8::load(s, i), ' ');
            const std::uint64_t after_space = (spaces << 8) | (space_before ? 0x80 : 0);
            const std::uint64_t starts = ~spaces & bytes8::kTops & after_space;
            count += ((starts >> 7) * bytes8::kOnes) >> 56;  // the sum of the bytes' 0 or 1
            if (count > n) return n + 1;
            space_before = (spaces >> 63) != 0;
        }
    }
    for (; i < s.size(); ++i) {
        if (s[i] != ' ' && space_before && ++count > n) return n + 1;
        space_before = s[i] == ' ';
    }
    return count;
}

bool is_capitalised_word(std::string_view w) {
    if (w.empty()) return false;
    // ASCII bytes are read without decoding (names are mostly ASCII; the answers are those of
    // is_upper and is_letter)
    std::size_t i = 0;
    if (const auto b = static_cast<unsigned char>(w[0]); b < 0x80) {
        if (b < 'A' || b > 'Z') return false;
        i = 1;
    } else if (!is_upper(next_cp(w, i))) {
        return false;
    }
    bool prev_joiner = false;
    while (i < w.size()) {
        bool joiner = false, letter = false;
        if (const auto b = static_cast<unsigned char>(w[i]); b < 0x80) {
            ++i;
            joiner = b == '\'' || b == '-';
            letter = (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
        } else {
            const char32_t c = next_cp(w, i);
            joiner = c == U'\u2019';
            letter = is_letter(c);
        }
        if (joiner) {
            if (prev_joiner) return false;
            prev_joiner = true;
            continue;
        }
        if (!letter) return false;
        prev_joiner = false;
    }
    return !prev_joiner;
}

bool is_upper_word(std::string_view w, std::size_t max_len) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < w.size() && n <= max_len; ++n) {
        const auto b = static_cast<unsigned char>(w[i]);
        if (b < 0x80) {  // ASCII without decoding: only 'A'..'Z' are capitals
            if (b < 'A' || b > 'Z') return false;
            ++i;
        } else if (!is_upper(next_cp(w, i))) {
            return false;
        }
    }
    return n >= 2 && n <= max_len;
}

std::size_t char_count(std::string_view s) {
    std::size_t n = 0, i = 0;
    for (; i + 8 <= s.size() && !bytes8::non_ascii(bytes8::load(s, i)); i += 8)
        n += 8;  // ASCII eight bytes at a time
    for (; i < s.size(); ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
    return n;
}

namespace {

bool skipped(char c, std::string_view also) {
    return c == ' ' || (c >= '\t' && c <= '\r') || one_of(c, also);
}

}  // namespace

bool may_start_with_one_of_after_marks(std::string_view s, std::string_view firsts,
                                       std::string_view also) {
    for (const char c : s) {
        if (static_cast<unsigned char>(c) >= 0x80) return true;
        if (!skipped(c, also)) return one_of(ascii::lower(c), firsts);
    }
    return false;
}

std::size_t lead_word_start(std::string_view s, std::string_view also) {
    std::size_t b = 0;
    while (b < s.size() && static_cast<unsigned char>(s[b]) < 0x80 && skipped(s[b], also)) ++b;
    return b;
}

bool lead_word_at(std::string_view s, std::size_t b, std::string_view also, std::string_view& w) {
    std::size_t e = b;
    for (; e < s.size() && !is_space_cp(char32_t(static_cast<unsigned char>(s[e]))); ++e)
        if (static_cast<unsigned char>(s[e]) >= 0x80) return false;
    w = s.substr(b, e - b);
    while (!w.empty() && one_of(w.back(), also)) w.remove_suffix(1);
    return true;
}

bool may_end_with(std::string_view s, std::string_view word, std::string_view also) {
    while (!s.empty() && static_cast<unsigned char>(s.back()) < 0x80 && skipped(s.back(), also))
        s.remove_suffix(1);
    return !s.empty() && (static_cast<unsigned char>(s.back()) >= 0x80 || iends_with(s, word));
}

std::vector<std::string_view> split_views_outside_parens(std::string_view s, std::string_view sep) {
    std::vector<std::string_view> out;
    int depth = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '(' || c == '[')
            ++depth;
        else if ((c == ')' || c == ']') && depth > 0)
            --depth;
        else if (depth == 0 && c == sep[0] && s.compare(i, sep.size(), sep) == 0) {
            out.emplace_back(trim(s.substr(start, i - start)));
            start = i + sep.size();
            i = start - 1;
        }
    }
    out.emplace_back(trim(s.substr(start)));
    return out;
}

bool initials_shape(std::string_view w) {
    std::size_t upper = 0, lowers = 0;
    for (char c : w) {
        if (c >= 'A' && c <= 'Z')
            ++upper;
        else if (c >= 'a' && c <= 'z')
            ++lowers;
        else
            return false;
    }
    return w.size() >= 2 && w.size() <= 4 && upper >= 2 && lowers <= 1 && w[0] >= 'A' &&
           w[0] <= 'Z';
}

namespace {

// Abbreviations whose full stop ends no sentence: titles ("Mrs. Smith") and initials ("J.").
bool abbreviation(std::string_view word) {
    static constexpr std::string_view kAbbreviations[] = {
        "mr", "mrs", "ms", "dr", "st", "no", "cllr", "prof", "inc", "ltd", "co", "vs", "rev"};
    const std::string w = lowercase(word);
    return char_count(w) == 1 || std::find(std::begin(kAbbreviations), std::end(kAbbreviations),
                                           w) != std::end(kAbbreviations);
}

}  // namespace

std::size_t sentence_end(std::string_view text, std::size_t start) {
    for (std::size_t i = start; i + 2 < text.size(); ++i) {
        const char c = text[i];
        if ((c != '.' && c != '?' && c != '!') || text[i + 1] != ' ') continue;
        std::size_t next = i + 1;
        while (next < text.size() && text[next] == ' ') ++next;
        if (next >= text.size() ||
            !(is_upper(first_char(text.substr(next))) || (text[next] >= '0' && text[next] <= '9')))
            continue;
        if (c == '.') {
            const std::size_t space = text.rfind(' ', i);
            const std::size_t from =
                space == std::string_view::npos || space < start ? start : space + 1;
            if (abbreviation(text.substr(from, i - from))) continue;
        }
        return next;
    }
    return text.size();
}

}  // namespace mtk::converters::layout
