// ASCII letter case, for the converters', the rules' and the command's comparisons of text with
// keywords (labels, tags, weekdays, options): only the 26 ASCII letters fold, every other byte
// (UTF-8 included) compares as it is. Names of people fold with ICU instead (validators/names).
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "mtk/bytes8.hpp"

namespace mtk::ascii {

/// An ASCII capital lower-cased; any other byte as it is.
constexpr char lower(char c) {
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

/// Equal once ASCII letters are folded. Inline: classifiers compare words with whole lists,
/// and most of a list differs in length or in the first byte.
constexpr bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const char x = a[i], y = b[i];
        if (x != y && ((x | 0x20) != (y | 0x20) || (x | 0x20) < 'a' || (x | 0x20) > 'z'))
            return false;
    }
    return true;
}

constexpr bool istarts_with(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

constexpr bool iends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && iequals(s.substr(s.size() - suffix.size()), suffix);
}

/// The first position from `from` where `needle` stands, ASCII letters folded, or npos.
inline std::size_t ifind(std::string_view s, std::string_view needle, std::size_t from = 0) {
    if (needle.empty()) return from <= s.size() ? from : std::string_view::npos;
    // The candidates are where the needle's first byte stands in either case: found with
    // memchr, far faster than a test of every byte.
    const char lo = lower(needle[0]);
    const char up = lo >= 'a' && lo <= 'z' ? char(lo - 'a' + 'A') : lo;
    std::size_t at_lo = s.find(lo, from), at_up = lo == up ? at_lo : s.find(up, from);
    for (;;) {
        const std::size_t i = std::min(at_lo, at_up);
        if (i == std::string_view::npos || i + needle.size() > s.size())
            return std::string_view::npos;
        if (iequals(s.substr(i, needle.size()), needle)) return i;
        if (i == at_lo) at_lo = s.find(lo, i + 1);
        if (i == at_up) at_up = lo == up ? at_lo : s.find(up, i + 1);
    }
}

inline bool icontains(std::string_view s, std::string_view needle) {
    return ifind(s, needle) != std::string_view::npos;
}

/// `s` with its ASCII capitals lower-cased.
inline std::string lowercase(std::string_view s) {
    std::string out(s);
    // Eight bytes at a time: a byte of 'A'..'Z' gets bit 0x20 (its mark, 0x80, shifted).
    std::size_t i = 0;
    for (; i + 8 <= out.size(); i += 8) {
        std::uint64_t x = bytes8::load(out, i);
        x |= bytes8::in_range(x, 'A', 'Z') >> 2;
        std::memcpy(out.data() + i, &x, sizeof x);
    }
    for (; i < out.size(); ++i) out[i] = lower(out[i]);
    return out;
}

}  // namespace mtk::ascii
