#include "text/words.hpp"

#include <algorithm>
#include <array>

#include "names/fold.hpp"

namespace mtk::validators::text {
namespace {

// Length of the typographic punctuation (’ ‘ “ ” – — …) starting at i, or 0.
std::size_t punctuation_at(std::string_view s, std::size_t i) {
    if (static_cast<unsigned char>(s[i]) != 0xE2 || i + 2 >= s.size()) return 0;
    if (static_cast<unsigned char>(s[i]) != 0xE2 || static_cast<unsigned char>(s[i + 1]) != 0x80)
        return 0;
    switch (static_cast<unsigned char>(s[i + 2])) {
        case 0x93:
        case 0x94:
        case 0x98:
        case 0x99:
        case 0x9C:
        case 0x9D:
        case 0xA6:
            return 3;
        default:
            return 0;
    }
}

// ASCII letters and digits (the C locale's isalnum) and every non-ASCII byte but 0xE2, by
// table: the rules split the same texts many times. 0xE2 starts the typographic punctuation
// as well as letters, and is looked at apart.
constexpr std::array<bool, 256> kWordByte = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 256; ++c)
        t[std::size_t(c)] = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
                            (c >= 'a' && c <= 'z') || (c >= 0x80 && c != 0xE2);
    return t;
}();

}  // namespace

std::vector<Word> split_words(std::string_view text) {
    std::vector<Word> out;
    out.reserve(text.size() / 6 + 1);  // about one word per six bytes: few texts grow it
    append_words(text, out);
    return out;
}

void append_words(std::string_view text, std::vector<Word>& out) {
    const std::size_t n = text.size();
    // True when text[i] belongs to a word: a word byte, or 0xE2 that does not start
    // typographic punctuation.
    auto in_word = [&](std::size_t i) {
        const auto c = static_cast<unsigned char>(text[i]);
        return kWordByte[c] || (c == 0xE2 && punctuation_at(text, i) == 0);
    };
    std::size_t i = 0;
    while (i < n) {
        // A byte between words: most are ASCII, and only 0xE2 may start punctuation of more.
        if (const auto c = static_cast<unsigned char>(text[i]); !kWordByte[c]) {
            const std::size_t punctuation = c == 0xE2 ? punctuation_at(text, i) : 1;
            if (punctuation > 0) {
                i += punctuation;
                continue;
            }
        }
        const std::size_t start = i;
        // The bytes of the table first: the loop leaves them only at the word's end or at 0xE2.
        do {
            ++i;
            while (i < n && kWordByte[static_cast<unsigned char>(text[i])]) ++i;
        } while (i < n && in_word(i));
        out.push_back({std::string_view(text.data() + start, i - start), start});
    }
}

bool starts_sentence(std::string_view text, std::size_t offset) {
    std::size_t i = offset;
    while (i > 0 &&
           (text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '(' || text[i - 1] == '"'))
        --i;
    return i == 0 || text[i - 1] == '.' || text[i - 1] == '!' || text[i - 1] == '?' ||
           text[i - 1] == ':';
}

namespace {

// A byte as KeywordScan reads it: a letter in any case as 0 to 25, another byte as kOther.
constexpr unsigned char kOther = 26;
constexpr std::array<unsigned char, 256> kLetterOf = [] {
    std::array<unsigned char, 256> t{};
    for (int c = 0; c < 256; ++c)
        t[std::size_t(c)] = c >= 'a' && c <= 'z'   ? (unsigned char)(c - 'a')
                            : c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A')
                                                   : kOther;
    return t;
}();

unsigned letter_of(char c) {
    return kLetterOf[static_cast<unsigned char>(c)];
}

// The two bytes at p as a number, the first byte low.
std::size_t pair_at(const char* p) {
    return std::size_t(static_cast<unsigned char>(p[0])) |
           std::size_t(static_cast<unsigned char>(p[1])) << 8;
}

}  // namespace

KeywordScan::KeywordScan(std::span<const std::string_view> keys) {
    std::size_t shortest = keys.empty() ? 2 : keys.front().size();
    for (std::string_view key : keys) shortest = std::min(shortest, key.size());
    stride_ = std::min<std::size_t>(shortest - 1, 8);
    for (std::string_view key : keys) {
        by_initial_[letter_of(key[0])].push_back(key);
        for (std::size_t j = 0; j < stride_; ++j)
            for (const char first : {key[j], char(key[j] - 'a' + 'A')})
                for (const char second : {key[j + 1], char(key[j + 1] - 'a' + 'A')})
                    offsets_[pair_at(std::array{first, second}.data())] |= std::uint8_t(1u << j);
    }
}

bool KeywordScan::key_at(std::string_view text, std::size_t start) const {
    const unsigned first = letter_of(text[start]);
    if (first == kOther) return false;
    for (std::string_view key : by_initial_[first])
        if (key.size() <= text.size() - start &&
            std::equal(key.begin() + 1, key.end(), text.begin() + std::ptrdiff_t(start) + 1,
                       [](char k, char t) { return letter_of(t) == unsigned(k - 'a'); }))
            return true;
    return false;
}

bool KeywordScan::may_contain(std::string_view text) const {
    return may_contain(text, names::is_ascii(text));
}

bool KeywordScan::may_contain(std::string_view text, bool ascii) const {
    if (!ascii) return true;
    // A key of n letters covers n - 1 consecutive pairs, so a pair read every stride_ bytes
    // falls in each occurrence, at an offset below stride_; keys are compared only where a
    // pair read is a key's at some offset (rarely: most texts have none of the keys).
    auto key_around = [&](std::size_t q) {
        unsigned offsets = offsets_[pair_at(text.data() + q)];
        for (std::size_t j = 0; offsets != 0; ++j, offsets >>= 1)
            if ((offsets & 1) != 0 && j <= q && key_at(text, q - j)) return true;
        return false;
    };
    // Four pairs at a time: most groups have no pair of any key.
    const char* p = text.data();
    const std::size_t s = stride_;
    std::size_t q = 0;
    for (; q + 3 * s + 1 < text.size(); q += 4 * s)
        if ((offsets_[pair_at(p + q)] | offsets_[pair_at(p + q + s)] |
             offsets_[pair_at(p + q + 2 * s)] | offsets_[pair_at(p + q + 3 * s)]) != 0 &&
            (key_around(q) || key_around(q + s) || key_around(q + 2 * s) || key_around(q + 3 * s)))
            return true;
    for (; q + 1 < text.size(); q += s)
        if (key_around(q)) return true;
    return false;
}

}  // namespace mtk::validators::text
