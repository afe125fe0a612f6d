// A short needle found through one of its letters, a rare one: memchr stops far less often at
// the 'x' of "next" or the 'o' of " to " than at the needle's first byte (a common 'n', a
// space), and each stop is compared in place.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>

#include "layout/text_util.hpp"

namespace mtk::converters::layout {

/// Where `needle` first stands in `s` at or after `from`, or npos: as ifind finds it (ASCII
/// case ignored) when `any_case`, else exactly. needle[anchor] must be a lower-case ASCII
/// letter: it is what is searched for, in both cases when `any_case`.
inline std::size_t find_by_letter(std::string_view s, std::string_view needle, std::size_t anchor,
                                  bool any_case, std::size_t from = 0) {
    constexpr std::size_t npos = std::string_view::npos;
    const char lo = needle[anchor];
    if (!any_case) {
        for (std::size_t q = s.find(lo, from + anchor); q != npos; q = s.find(lo, q + 1))
            if (s.substr(q - anchor, needle.size()) == needle) return q - anchor;
        return npos;
    }
    const char up = char(lo - 'a' + 'A');
    std::size_t at_lo = s.find(lo, from + anchor);
    std::size_t up_from = from + anchor;  // capitals are searched for from here...
    for (;;) {
        // ...up to the next small letter only: most needles are found before a capital is
        const std::size_t limit = std::min(at_lo, s.size());
        const std::size_t at_up = up_from < limit ? s.substr(0, limit).find(up, up_from) : npos;
        const std::size_t q = std::min(at_lo, at_up);
        if (q == npos) return npos;
        if (iequals(s.substr(q - anchor, needle.size()), needle)) return q - anchor;
        up_from = q + 1;
        if (q == at_lo) at_lo = s.find(lo, q + 1);
    }
}

}  // namespace mtk::converters::layout
