#include "names/fold.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <stdexcept>

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

}  // namespace

bool is_ascii(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string fold(std::string_view text) {
    // ASCII is its own Latin-ASCII transliteration, and folds to lower case: skip ICU.
    if (is_ascii(text)) {
        std::string out(text);
        for (char& c : out)  // the C locale's tolower, inline: fold runs on every text
            if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
        return out;
    }
    std::string out;
    transliterated(text).foldCase().toUTF8String(out);
    return out;
}

std::string to_ascii(std::string_view text) {
    if (is_ascii(text)) return std::string(text);
    std::string out;
    transliterated(text).toUTF8String(out);
    return out;
}

}  // namespace mtk::validators::names
