#include "names/fold.hpp"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <memory>
#include <stdexcept>

#include "mtk/bytes8.hpp"

namespace mtk::validators::names {
namespace {

// Transliterators are costly to build and not thread-safe: one per thread.
const icu::Transliterator& latin_ascii() {
    thread_local const std::unique_ptr<icu::Transliterator> t = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> made(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Any-Latin; Latin-ASCII"), UTRANS_FORWARD, status));
        if (U_FAILURE(status) || !made)
            throw std::runtime_error("ICU: cannot create the Latin-ASCII transliterator");
        return made;
    }();
    return *t;
}

icu::UnicodeString transliterated(std::string_view text) {
    icu::UnicodeString u =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), int32_t(text.size())));
    latin_ascii().transliterate(u);
    return u;
}

// What "Any-Latin; Latin-ASCII" makes of the characters minutes hold most often besides
// ASCII letters with diacritics (nullptr: kept as it is). Building the transliterator
// costs about 150 million instructions (ICU loads its whole registry), ten times a whole
// one-document check; with this table most documents never need it. The test
// Fold.FastPathAgreesWithIcu compares every entry, and every character the fast path
// takes, with ICU.
struct Mapped {
    char32_t cp;
    const char* ascii;
};
constexpr Mapped kMapped[] = {
    {0x00A0, " "},     {0x00A1, "!"},     {0x00A2, nullptr}, {0x00A3, nullptr}, {0x00A5, nullptr},
    {0x00A7, nullptr}, {0x00A9, "(C)"},   {0x00AB, "<<"},    {0x00AD, "-"},     {0x00AE, "(R)"},
    {0x00B0, nullptr}, {0x00B1, "+/-"},   {0x00B7, nullptr}, {0x00BB, ">>"},    {0x00BC, " 1/4"},
    {0x00BD, " 1/2"},  {0x00BE, " 3/4"},  {0x00BF, "?"},     {0x00D7, "*"},     {0x00D8, "O"},
    {0x00DF, "ss"},    {0x00F7, "/"},     {0x00F8, "o"},     {0x0110, "D"},     {0x0111, "d"},
    {0x0141, "L"},     {0x0142, "l"},     {0x2002, " "},     {0x2003, " "},     {0x2009, " "},
    {0x200A, " "},     {0x200B, nullptr}, {0x200C, nullptr}, {0x200D, nullptr}, {0x2010, "-"},
    {0x2011, "-"},     {0x2012, "-"},     {0x2013, "-"},     {0x2014, "-"},     {0x2015, "-"},
    {0x2018, "'"},     {0x2019, "'"},     {0x201A, ","},     {0x201C, "\""},    {0x201D, "\""},
    {0x201E, ",,"},    {0x2020, nullptr}, {0x2021, nullptr}, {0x2022, nullptr}, {0x2026, "..."},
    {0x202F, nullptr}, {0x2030, nullptr}, {0x2032, "'"},     {0x2033, "\""},    {0x2039, "<"},
    {0x203A, ">"},     {0x2044, "/"},     {0x20AC, nullptr}, {0x2122, nullptr}, {0xFEFF, nullptr},
};
static_assert(std::is_sorted(std::begin(kMapped), std::end(kMapped),
                             [](const Mapped& a, const Mapped& b) { return a.cp < b.cp; }));

// An ASCII letter with combining marks only ("é" = e + U+0301): Latin-ASCII drops the marks.
bool ascii_base(UChar32 c, char& base) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    icu::UnicodeString parts;
    if (U_FAILURE(status) || !nfd->getDecomposition(c, parts) || parts.length() < 2) return false;
    const UChar first = parts.charAt(0);
    if (first >= 0x80 || !u_isalpha(first)) return false;
    for (int32_t i = 1; i < parts.length(); ++i)
        if (u_getCombiningClass(parts.charAt(i)) == 0) return false;
    base = char(first);
    return true;
}

// ascii_base, through a table for the first 384 code points (Latin-1 and Latin Extended-A,
// where most accented letters of names are), filled once by ascii_base itself: ICU's
// decomposition lookup costs some hundreds of instructions a character.
bool latin_ascii_base(UChar32 c, char& base) {
    constexpr UChar32 kTableEnd = 0x180;
    static const auto kBases = [] {
        std::array<char, kTableEnd> bases{};  // 0: no ASCII base (a base is a letter)
        for (UChar32 cp = 0; cp < kTableEnd; ++cp) ascii_base(cp, bases[std::size_t(cp)]);
        return bases;
    }();
    if (c >= kTableEnd) return ascii_base(c, base);
    base = kBases[std::size_t(c)];
    return base != 0;
}

}  // namespace

std::optional<std::string> to_ascii_without_icu_transliterator(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = int32_t(text.size());
    for (int32_t i = 0; i < length;) {
        // A run of ASCII is kept as it is, in one append: most of a text is.
        int32_t ascii_end = i;
        while (ascii_end < length && bytes[ascii_end] < 0x80) ++ascii_end;
        if (ascii_end > i) {
            out.append(text.substr(std::size_t(i), std::size_t(ascii_end - i)));
            i = ascii_end;
            continue;
        }
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) return std::nullopt;  // ill-formed UTF-8: ICU decides what it becomes
        const auto* hit = std::lower_bound(std::begin(kMapped), std::end(kMapped), char32_t(c),
                                           [](const Mapped& m, char32_t v) { return m.cp < v; });
        char base = 0;
        if (hit != std::end(kMapped) && hit->cp == char32_t(c))
            out += hit->ascii ? std::string_view(hit->ascii) : text.substr(start, i - start);
        else if (latin_ascii_base(c, base))
            out += base;
        else
            return std::nullopt;
    }
    return out;
}

bool is_ascii(std::string_view text) {
    // Eight bytes at a time: texts are asked whole, and most are ASCII.
    std::uint64_t any = 0;
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) any |= bytes8::load(text, i);
    for (; i < text.size(); ++i) any |= static_cast<unsigned char>(text[i]);
    return bytes8::non_ascii(any) == 0;
}

std::string fold(std::string_view text) {
    std::optional<std::string> fast;
    if (is_ascii(text))
        fast.emplace(text);
    else
        fast = to_ascii_without_icu_transliterator(text);
    if (fast) {
        // ASCII folds to lower case (the kept symbols have no case): skip ICU.
        for (char& c : *fast)  // the C locale's tolower, inline: fold runs on every text
            if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
        return std::move(*fast);
    }
    std::string out;
    transliterated(text).foldCase().toUTF8String(out);
    return out;
}

std::string to_ascii(std::string_view text) {
    if (is_ascii(text)) return std::string(text);
    if (std::optional<std::string> fast = to_ascii_without_icu_transliterator(text))
        return std::move(*fast);
    std::string out;
    transliterated(text).toUTF8String(out);
    return out;
}

}  // namespace mtk::validators::names
