#include "text/inline_markup.hpp"

#include <libxml/HTMLparser.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>

#include "layout/text_util.hpp"
#include "mtk/ascii.hpp"
#include "mtk/bytes8.hpp"

namespace mtk::converters::text {
namespace {

bool word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           static_cast<unsigned char>(c) >= 0x80;
}

// `cp` is a Unicode scalar value (the caller has checked it).
void append_code_point(std::string& out, int cp) {
    char buf[U8_MAX_LENGTH];
    int32_t n = 0;
    U8_APPEND_UNSAFE(buf, n, cp);
    out.append(buf, std::size_t(n));
}

// "[text](url)" at `i` (s[i] == '['): the label and target, and the index after it.
bool link_at(std::string_view s, std::size_t i, std::string_view& label, std::string_view& target,
             std::size_t& next) {
    int depth = 0;
    std::size_t j = i;
    for (; j < s.size(); ++j) {
        if (s[j] == '[')
            ++depth;
        else if (s[j] == ']' && --depth == 0)
            break;
    }
    if (j >= s.size() || j + 1 >= s.size() || s[j + 1] != '(') return false;
    const std::size_t close = s.find(')', j + 2);
    if (close == std::string_view::npos) return false;
    label = s.substr(i + 1, j - i - 1);
    target = layout::trim(s.substr(j + 2, close - j - 2));
    next = close + 1;
    return true;
}

constexpr std::string_view kTags[] = {"br",  "span",   "div",   "p",      "b",   "i",
                                      "em",  "strong", "u",     "sup",    "sub", "a",
                                      "img", "font",   "small", "center", "del", "ins"};

// A simple HTML tag at `i` (s[i] == '<'): its length, 0 when none.
std::size_t tag_at(std::string_view s, std::size_t i) {
    std::size_t j = i + 1;
    if (j < s.size() && s[j] == '/') ++j;
    const std::size_t name_start = j;
    while (j < s.size() && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z'))) ++j;
    const std::string name = ascii::lowercase(s.substr(name_start, j - name_start));
    bool known = false;
    for (std::string_view t : kTags) known |= name == t;
    if (!known || j >= s.size() || !(s[j] == '>' || s[j] == ' ' || s[j] == '/')) return 0;
    const std::size_t close = s.find('>', j);
    if (close == std::string_view::npos || close - i > 300) return 0;
    return close - i + 1;
}

// Removes ** __ * _ emphasis delimiters; `_` and `*` only at word boundaries.
std::string strip_emphasis(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c != '*' && c != '_') {
            out += c;
            continue;
        }
        std::size_t run = 1;
        while (i + run < s.size() && s[i + run] == c) ++run;
        const char prev = i > 0 ? s[i - 1] : ' ';
        const char next = i + run < s.size() ? s[i + run] : ' ';
        const bool opening = !word_char(prev) && next != ' ';
        const bool closing = prev != ' ' && !word_char(next);
        if ((opening || closing) && run <= 3 && !(c == '_' && word_char(prev) && word_char(next))) {
            i += run - 1;
            continue;
        }
        out.append(run, c);
        i += run - 1;
    }
    return out;
}

enum : unsigned char { kPlain, kMarkup, kSpace, kAsciiSpace, kUnicodeSpaceLead };

// The bytes strip_inline looks for in a line. Every Unicode white space character that is
// not ASCII starts with one of C2 E1 E2 E3 (U+0085 U+00A0, U+1680, U+2000-U+205F, U+3000).
constexpr auto kClass = [] {
    std::array<unsigned char, 256> t{};
    for (const char c : std::string_view("\\[<`*_&")) t[static_cast<unsigned char>(c)] = kMarkup;
    t[' '] = kSpace;
    for (int c = '\t'; c <= '\r'; ++c) t[std::size_t(c)] = kAsciiSpace;
    for (const int c : {0xC2, 0xE1, 0xE2, 0xE3}) t[std::size_t(c)] = kUnicodeSpaceLead;
    return t;
}();

// What strip_inline needs to know of a line before it copies it.
struct Scan {
    bool markup = false;         ///< a byte that may start markup: \ [ < ` * _ &
    bool collapsed = true;       ///< no white space but single spaces between words
    bool unicode_space = false;  ///< a byte that may start a Unicode space
};

// Folds bytes [from, to) of `s` into `r`, up to the first markup byte.
void scan_bytes(std::string_view s, std::size_t from, std::size_t to, Scan& r) {
    for (std::size_t i = from; i < to && !r.markup; ++i) {
        switch (kClass[static_cast<unsigned char>(s[i])]) {
            case kMarkup:
                r.markup = true;
                break;
            case kSpace:
                r.collapsed &= i + 1 == s.size() || s[i + 1] != ' ';
                break;
            case kAsciiSpace:
                r.collapsed = false;
                break;
            case kUnicodeSpaceLead:
                r.unicode_space = true;
                break;
            default:
                break;
        }
    }
}

// Most lines have no markup, and most of those have single spaces between words, which
// collapse_ws would give back as they are: one pass over the bytes tells, eight at a time.
// A chunk of ASCII with no byte below 0x20, none of "<&*" and none in "[\]^_`" holds only
// plain bytes and spaces, and only its double spaces count; any other chunk (the bit tests
// take ']' and '^' along) is looked at byte by byte.
Scan scan(std::string_view s) {
    using bytes8::kOnes, bytes8::kTops;
    // For a block of ASCII: the top bit set in each byte that is not `c` (two operations,
    // where bytes8::equal_to, which allows for any byte, takes five).
    const auto differs = [](std::uint64_t x, char c) {
        return (x ^ (kOnes * std::uint64_t(c))) + kOnes * 0x7F;
    };
    Scan r;
    r.collapsed = s.empty() || (s.front() != ' ' && s.back() != ' ');
    const auto chunk = [&](std::size_t at) {
        const std::uint64_t x = bytes8::load(s, at);
        if (!bytes8::non_ascii(x)) {
            // (the top bit of a byte of x + kOnes * (0x80 - n) tells one from n on: "[\]^_`" are
            // 0x5B..0x60, a test of two sums where bytes8::in_range, for any byte, takes more)
            const std::uint64_t plain =
                (x + kOnes * (0x80 - 0x20)) & differs(x, '<') & differs(x, '&') & differs(x, '*') &
                ~((x + kOnes * (0x80 - 0x5B)) & ~(x + kOnes * (0x80 - 0x61)));
            if ((plain & kTops) == kTops) {
                const std::uint64_t space = ~differs(x, ' ') & kTops;
                // a space before a space, in the chunk or across its end
                if ((space & (space >> 8)) ||
                    (s[at + 7] == ' ' && at + 8 < s.size() && s[at + 8] == ' '))
                    r.collapsed = false;
                return;
            }
        }
        scan_bytes(s, at, at + 8, r);
    };
    std::size_t i = 0;
    for (; i + 8 <= s.size() && !r.markup; i += 8) chunk(i);
    // The bytes after the last whole chunk: the last eight bytes, those seen already telling
    // the same again.
    if (r.markup || i == s.size()) return r;
    if (s.size() >= 8)
        chunk(s.size() - 8);
    else
        scan_bytes(s, 0, s.size(), r);
    return r;
}

// layout::collapse_ws for text whose only white space is ASCII: the words with single spaces
// between them. A run of words with single spaces between them goes in whole, and is read
// eight bytes at a time (most lines are such runs, a tab or a double space here and there).
std::string collapse_ascii_ws(std::string_view s) {
    const auto space = [&](std::size_t i) { return s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r'); };
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        while (i < s.size() && space(i)) ++i;
        if (i == s.size()) break;
        // the run: each space in it stands between two bytes that are no white space
        const std::size_t start = i;
        for (;;) {
            if constexpr (std::endian::native == std::endian::little) {
                // a block goes in whole when its only white space is spaces, none next to
                // another and none last (one first follows a byte of a word) (byte k of the
                // block is bits 8k..8k+7)
                for (; i + 8 <= s.size(); i += 8) {
                    const std::uint64_t x = bytes8::load(s, i);
                    const std::uint64_t spaces = bytes8::equal_to(x, ' ');
                    if (bytes8::in_range(x, '\t', '\r') || (spaces & (spaces >> 8)) ||
                        (spaces >> 63))
                        break;
                }
            }
            if (i == s.size()) break;
            if (space(i) && (s[i] != ' ' || i + 1 == s.size() || space(i + 1))) break;
            ++i;  // a byte of a word, or a single space before one
        }
        if (!out.empty()) out += ' ';
        out.append(s.substr(start, i - start));
    }
    return out;
}

}  // namespace

std::string decode_entities(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '&') {
            out += s[i];
            continue;
        }
        const std::size_t semi = s.find(';', i + 1);
        if (semi == std::string_view::npos || semi - i > 12 || semi == i + 1) {
            out += '&';
            continue;
        }
        const std::string_view ref = s.substr(i + 1, semi - i - 1);
        int cp = -1;
        if (ref[0] == '#') {
            const bool hex = ref.size() > 1 && (ref[1] == 'x' || ref[1] == 'X');
            const std::string_view digits = ref.substr(hex ? 2 : 1);
            int v = 0;
            // at most 7 digits, so that `v` cannot overflow (0xFFFFFFF < INT_MAX)
            bool ok = !digits.empty() && digits.size() <= 7;
            for (std::size_t k = 0; ok && k < digits.size(); ++k) {
                const char c = digits[k];
                const int d = (c >= '0' && c <= '9')          ? c - '0'
                              : hex && (c >= 'a' && c <= 'f') ? c - 'a' + 10
                              : hex && (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                                              : -1;
                if (d < 0)
                    ok = false;
                else
                    v = v * (hex ? 16 : 10) + d;
            }
            if (ok && v > 0 && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF)) cp = v;
        } else {
            const std::string name(ref);
            if (const htmlEntityDesc* e =
                    htmlEntityLookup(reinterpret_cast<const xmlChar*>(name.c_str())))
                cp = int(e->value);
        }
        if (cp < 0) {
            out += '&';
            continue;
        }
        append_code_point(out, cp);
        i = semi;
    }
    return out;
}

InlineText strip_inline(std::string_view raw) {
    InlineText r;
    std::string_view s = layout::trim(raw);
    // whole-line link: a table-of-contents entry or a link list item
    std::string_view label, target;
    std::size_t next = 0;
    if (!s.empty() && s[0] == '[' && link_at(s, 0, label, target, next) && next == s.size()) {
        r.href = std::string(target);
        s = label;
    }
    if (s.size() > 4 && ((s.starts_with("**") && s.ends_with("**")) ||
                         (s.starts_with("__") && s.ends_with("__")))) {
        const std::string_view inner = s.substr(2, s.size() - 4);
        if (inner.find("**") == std::string_view::npos && !inner.empty() && inner.front() != ' ') {
            r.emphasised = true;
            s = inner;
        }
    }
    if (const Scan sc = scan(s); !sc.markup) {
        r.text = sc.unicode_space ? layout::collapse_ws(s)
                 : sc.collapsed   ? std::string(s)
                                  : collapse_ascii_ws(s);
        return r;
    }
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const char c = s[i];
        if (c == '\\' && i + 1 < s.size() &&
            std::string_view("\\`*_{}[]()#+-.!|<>").find(s[i + 1]) != std::string_view::npos) {
            out += s[i + 1];
            i += 2;
        } else if (c == '!' && i + 1 < s.size() && s[i + 1] == '[' &&
                   link_at(s, i + 1, label, target, next)) {
            out += label;
            i = next;
        } else if (c == '[' && link_at(s, i, label, target, next)) {
            out += label;
            i = next;
        } else if (c == '<' && s.substr(i + 1, 4) == "http") {
            const std::size_t close = s.find('>', i);
            if (close != std::string_view::npos &&
                s.substr(i, close - i).find(' ') == std::string_view::npos) {
                out += s.substr(i + 1, close - i - 1);
                i = close + 1;
            } else {
                out += c;
                ++i;
            }
        } else if (c == '<' && tag_at(s, i) > 0) {
            const std::size_t n = tag_at(s, i);
            const std::string name = ascii::lowercase(s.substr(i + 1, 3));
            if (name.starts_with("br")) out += ' ';
            i += n;
        } else if (c == '`') {
            ++i;  // code span markers go; their content stays
        } else {
            out += c;
            ++i;
        }
    }
    r.text = layout::collapse_ws(decode_entities(strip_emphasis(out)));
    return r;
}

}  // namespace mtk::converters::text
