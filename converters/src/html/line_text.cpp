#include "html/line_text.hpp"

#include <array>
#include <string_view>

namespace mtk::converters::html {
namespace {

using namespace std::string_view_literals;

// HTML maps the numeric references &#128;-&#159; (C1 controls) to windows-1252, as
// legacy pages expect: &#146; is a right quote.
constexpr std::string_view kC1AsWindows1252[32] = {
    "\u20AC", "",       "\u201A", "\u0192", "\u201E", "\u2026", "\u2020", "\u2021",
    "\u02C6", "\u2030", "\u0160", "\u2039", "\u0152", "",       "\u017D", "",
    "",       "\u2018", "\u2019", "\u201C", "\u201D", "\u2022", "\u2013", "\u2014",
    "\u02DC", "\u2122", "\u0161", "\u203A", "\u0153", "",       "\u017E", "\u0178"};

// What a byte is to the line: whitespace, or ASCII that is shown (a letter or digit, the
// "C" locale's std::isalnum, or not); 0 for bytes of characters outside ASCII.
enum ByteClass : unsigned char { kShown = 1, kLetter = 2, kSpace = 4 };
constexpr std::array<unsigned char, 256> kByteClass = [] {
    std::array<unsigned char, 256> t{};
    for (int c = 0; c < 0x80; ++c) t[std::size_t(c)] = kShown;
    for (int c = '0'; c <= '9'; ++c) t[std::size_t(c)] |= kLetter;
    for (int c = 'a'; c <= 'z'; ++c) t[std::size_t(c)] |= kLetter;
    for (int c = 'A'; c <= 'Z'; ++c) t[std::size_t(c)] |= kLetter;
    for (char c : {' ', '\t', '\n', '\r', '\f'}) t[static_cast<unsigned char>(c)] = kSpace;
    return t;
}();

unsigned char byte_class(char c) {
    return kByteClass[static_cast<unsigned char>(c)];
}

}  // namespace

void LineText::append(std::string_view piece, int letters, int source_line, bool in_bold,
                      const xmlNode* in_link) {
    if (text.empty()) {
        line = source_line;
        link = in_link;
    } else if (space) {
        text += ' ';
    }
    not_one_link |= in_link != link;
    space = false;
    text += piece;
    (in_bold ? bold : plain) += letters;
}

int LineText::line_of_first(const ParsedHtml& page, const xmlNode* t, std::size_t i) const {
    // Only the first character's line is kept; counting the lines up to every character made
    // long text nodes quadratic.
    return text.empty() ? page.line_at(t, i) : 0;
}

void LineText::add(const ParsedHtml& page, const xmlNode* t, std::string_view s, std::size_t begin,
                   std::size_t end, bool in_bold, const xmlNode* in_link) {
    end = std::min(end, s.size());
    for (std::size_t i = begin; i < end;) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (byte_class(s[i]) & kSpace) {
            space = true;
            ++i;
            continue;
        }
        if (byte_class(s[i]) & kShown) {
            // A run of shown ASCII goes in at once, with the single spaces between its words
            // (collapsing leaves them as they are): most text is one run.
            std::size_t j = i;
            int letters = 0;
            for (; j < end; ++j) {
                const unsigned char k = byte_class(s[j]);
                if (k & kShown) {
                    letters += (k & kLetter) != 0;
                } else if (s[j] != ' ' || j + 1 == end || !(byte_class(s[j + 1]) & kShown)) {
                    break;
                }
            }
            append(s.substr(i, j - i), letters, line_of_first(page, t, i), in_bold, in_link);
            i = j;
            continue;
        }
        // One character outside ASCII; a visible one counts as a letter.
        const std::size_t len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        const std::string_view ch = s.substr(i, len);
        if (ch == "\u00A0"sv || ch == "\u202F"sv || ch == "\u3000"sv ||
            (ch >= "\u2000"sv && ch <= "\u200A"sv)) {
            space = true;  // no-break and typographic spaces
        } else if (ch == "\u00AD"sv || ch == "\u200B"sv || ch == "\u200C"sv || ch == "\u200D"sv ||
                   ch == "\uFEFF"sv) {
            // soft hyphen, zero-width characters: invisible
        } else if (len == 2 && c == 0xC2 && static_cast<unsigned char>(ch[1]) < 0xA0) {
            const std::string_view mapped =
                kC1AsWindows1252[static_cast<unsigned char>(ch[1]) - 0x80];
            if (!mapped.empty()) append(mapped, 1, line_of_first(page, t, i), in_bold, in_link);
        } else {
            append(ch, 1, line_of_first(page, t, i), in_bold, in_link);
        }
        i += len;
    }
}

}  // namespace mtk::converters::html
