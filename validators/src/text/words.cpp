#include "text/words.hpp"

#include <algorithm>
#include <array>

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

// ASCII letters and digits (the C locale's isalnum) and every non-ASCII byte, by table: the
// rules split the same texts many times.
constexpr std::array<bool, 256> kWordByte = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 256; ++c)
        t[std::size_t(c)] =
            (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
    return t;
}();

}  // namespace

std::vector<Word> split_words(std::string_view text) {
    std::vector<Word> out;
    out.reserve(text.size() / 6 + 1);  // about one word per six bytes: few texts grow it
    const std::size_t n = text.size();
    // True when text[i] belongs to a word: a word byte that does not start typographic
    // punctuation.
    auto in_word = [&](std::size_t i) {
        const auto c = static_cast<unsigned char>(text[i]);
        return kWordByte[c] && (c != 0xE2 || punctuation_at(text, i) == 0);
    };
    std::size_t i = 0;
    while (i < n) {
        if (!in_word(i)) {
            i += std::max<std::size_t>(1, punctuation_at(text, i));
            continue;
        }
        const std::size_t start = i;
        while (i < n && in_word(i)) ++i;
        out.push_back({text.substr(start, i - start), start});
    }
    return out;
}

bool is_capitals(std::string_view w) {
    return !w.empty() &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool is_capitalised(std::string_view w) {
    return w.size() > 1 && w.front() >= 'A' && w.front() <= 'Z' &&
           std::any_of(w.begin() + 1, w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool starts_sentence(std::string_view text, std::size_t offset) {
    std::size_t i = offset;
    while (i > 0 &&
           (text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '(' || text[i - 1] == '"'))
        --i;
    return i == 0 || text[i - 1] == '.' || text[i - 1] == '!' || text[i - 1] == '?' ||
           text[i - 1] == ':';
}

std::string_view gap_after(std::string_view text, const std::vector<Word>& words,
                           std::size_t index) {
    const std::size_t end = words[index].offset + words[index].text.size();
    const std::size_t next = index + 1 < words.size() ? words[index + 1].offset : text.size();
    return text.substr(end, next - end);
}

namespace {

// A byte as KeywordScan reads it: a letter in any case as 0 to 25, other ASCII as kOther,
// non-ASCII as kNonAscii.
constexpr unsigned char kOther = 26, kNonAscii = 27;
constexpr std::array<unsigned char, 256> kLetterOf = [] {
    std::array<unsigned char, 256> t{};
    for (int c = 0; c < 256; ++c)
        t[std::size_t(c)] = c >= 'a' && c <= 'z'   ? (unsigned char)(c - 'a')
                            : c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A')
                            : c >= 0x80            ? kNonAscii
                                                   : kOther;
    return t;
}();

unsigned letter_of(char c) {
    return kLetterOf[static_cast<unsigned char>(c)];
}

}  // namespace

// Flags of KeywordScan::step_, above the byte's class.
constexpr std::uint8_t kStartsKey = 0x20, kNonAsciiByte = 0x40, kClassMask = 0x1F;

KeywordScan::KeywordScan(std::span<const std::string_view> keys) {
    std::array<std::uint32_t, 26> second_letters{};  // bit b of [a]: a key starts with a, b
    for (std::string_view key : keys) {
        by_initial_[letter_of(key[0])].push_back(key);
        second_letters[letter_of(key[0])] |= std::uint32_t{1} << letter_of(key[1]);
    }
    for (unsigned before = 0; before <= kOther; ++before)
        for (unsigned byte = 0; byte < 256; ++byte) {
            const unsigned c = letter_of(char(byte));
            std::uint8_t& step = step_[before * 256 + byte];
            if (c == kNonAscii)
                step = kNonAsciiByte;
            else if (before < kOther && c < kOther && (second_letters[before] >> c & 1) != 0)
                step = std::uint8_t(c | kStartsKey);
            else
                step = std::uint8_t(c);
        }
}

bool KeywordScan::may_contain(std::string_view text) const {
    // One table step a byte; the keys are compared only where a pair of letters starts one
    // (rarely: most texts have none of the keys).
    unsigned before = kOther;  // the class of text[i - 1]
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned step = step_[before * 256 + static_cast<unsigned char>(text[i])];
        if ((step & (kStartsKey | kNonAsciiByte)) != 0) {
            if ((step & kNonAsciiByte) != 0) return true;
            const std::size_t start = i - 1;
            for (std::string_view key : by_initial_[before])
                if (key.size() <= text.size() - start &&
                    std::equal(key.begin() + 1, key.end(), text.begin() + std::ptrdiff_t(start) + 1,
                               [](char k, char t) { return letter_of(t) == unsigned(k - 'a'); }))
                    return true;
        }
        before = step & kClassMask;
    }
    return false;
}

}  // namespace mtk::validators::text
