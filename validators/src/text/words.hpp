// Words of running text, for rules that look at tokens (initials, acronyms, boilerplate).
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace mtk::validators::text {

struct Word {
    std::string_view text;  ///< a view into the text given to split_words
    std::size_t offset;     ///< byte offset in that text
};

/// Splits UTF-8 text into words: runs of letters and digits (any non-ASCII byte counts as
/// a letter, except typographic quotes, dashes and ellipses). Apostrophes, hyphens and
/// slashes separate words: "MR's" gives "MR" and "s", "LCRB/DMG" gives "LCRB" and "DMG".
/// Hand-written rather than ICU's word break iterator, which keeps "MR's" whole and works
/// in UTF-16 offsets; the rules only need ASCII tokens with byte offsets.
std::vector<Word> split_words(std::string_view text);

/// The words of split_words appended to `out`: for a caller that keeps the words of many
/// texts in one vector.
void append_words(std::string_view text, std::vector<Word>& out);

/// True when every character is an ASCII capital letter. Inline: the rules ask it of most
/// words of a document, and most fail on the first letter.
inline bool is_capitals(std::string_view w) {
    if (w.empty()) return false;
    for (char c : w)
        if (c < 'A' || c > 'Z') return false;
    return true;
}

/// True when the word starts with an ASCII capital and has a lower-case letter ("Board").
inline bool is_capitalised(std::string_view w) {
    if (w.size() < 2 || w.front() < 'A' || w.front() > 'Z') return false;
    for (char c : w.substr(1))
        if (c >= 'a' && c <= 'z') return true;
    return false;
}

/// True when `offset` starts a sentence: only spaces since the text start or since . ! ? :
bool starts_sentence(std::string_view text, std::size_t offset);

/// The text between the end of words[index] and the start of the next word (or the text's
/// end). Inline: the rules ask it around every token they look at.
inline std::string_view gap_after(std::string_view text, std::span<const Word> words,
                                  std::size_t index) {
    const std::size_t end = words[index].offset + words[index].text.size();
    const std::size_t next = index + 1 < words.size() ? words[index + 1].offset : text.size();
    return text.substr(end, next - end);
}

/// A quick test that rules run before costlier work: whether a text can contain one of some
/// keywords (two lower-case ASCII letters or more), in any case, by one pass over it. Text
/// with a non-ASCII byte always can, as folding may turn it into letters. The keywords are
/// views: they must outlive the scan.
class KeywordScan {
  public:
    explicit KeywordScan(std::span<const std::string_view> keys);

    bool may_contain(std::string_view text) const;
    /// may_contain of a text the caller knows to be ASCII or not (names::is_ascii).
    bool may_contain(std::string_view text, bool ascii) const;

  private:
    /// True when a key starts at text[start], in any case.
    bool key_at(std::string_view text, std::size_t start) const;

    std::array<std::vector<std::string_view>, 26> by_initial_;
    /// The scan reads the pair of bytes at every stride_-th position only: stride_ is the
    /// shortest key's length - 1 (at most 8), so every occurrence of a key has one of its
    /// first stride_ pairs of letters at a position read.
    std::size_t stride_ = 1;
    /// By a pair of bytes read as a number (the first byte low), bit j set when some key has
    /// that pair of letters, in any case, at offset j < stride_: one lookup a pair read.
    std::vector<std::uint8_t> offsets_ = std::vector<std::uint8_t>(256 * 256);
};

}  // namespace mtk::validators::text
