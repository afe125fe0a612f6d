#include "text/words.hpp"

#include <algorithm>
#include <array>
#include <cctype>

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

bool word_byte(unsigned char c) {
    return kWordByte[c];
}

}  // namespace

std::vector<Word> split_words(std::string_view text) {
    std::vector<Word> out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!word_byte(static_cast<unsigned char>(text[i])) || punctuation_at(text, i)) {
            i += std::max<std::size_t>(1, punctuation_at(text, i));
            continue;
        }
        const std::size_t start = i;
        while (i < text.size() && word_byte(static_cast<unsigned char>(text[i])) &&
               !punctuation_at(text, i))
            ++i;
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

KeywordScan::KeywordScan(std::span<const std::string_view> keys) {
    for (std::string_view key : keys) by_initial_[std::size_t(key.front() - 'a')].push_back(key);
}

bool KeywordScan::may_contain(std::string_view text) const {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (static_cast<unsigned char>(text[i]) >= 0x80) return true;
        const char c = lower(text[i]);
        if (c < 'a' || c > 'z') continue;
        for (std::string_view key : by_initial_[std::size_t(c - 'a')])
            if (key.size() <= text.size() - i &&
                std::equal(key.begin() + 1, key.end(), text.begin() + std::ptrdiff_t(i) + 1,
                           [&](char k, char t) { return k == lower(t); }))
                return true;
    }
    return false;
}

}  // namespace mtk::validators::text
