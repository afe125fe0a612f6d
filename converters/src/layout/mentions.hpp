// Mentions of people in running text. Listed people are found by their initials
// ("LO spoke"), full names ("Claire Wiggins"), names without honorifics and, where only one
// listed person has it, first names ("Kris noted"); these get @ref. Other 2-3 capital words
// become a mention without ref only when they read as a person: the subject of a verb
// ("JT noted", "MR's statement"), the object of "asked"/"thanked", or a speaker prefix
// ("JT - ..."), in a document that writes people as initials, and never when the document uses them
// as an acronym (in a role, organisation, heading or title, spelled out as "(MOPAC)", or after
// "the"/"a"). A false mention is worse than a missed one.
#pragma once

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "mtk/model.hpp"

namespace mtk::converters::layout {

class MentionIndex {
  public:
    /// A word of a text: runs of letters and digits, with inner hyphens.
    struct Token {
        std::string_view text;  ///< into the text read
        std::size_t begin, end;
    };
    /// A paragraph's or list item's text and its words that start with an ASCII capital
    /// (those that may be a name or an acronym, when the names start with one).
    struct RunningText {
        std::string_view text;            ///< its one run, in the model, or `joined`
        std::span<const Token> capitals;  ///< held by the caller (all texts' in one)
        std::string joined;               ///< its runs joined, when it has several (or none)
    };

    /// Learns people and acronyms from the model (attendance, meta, headings, actions,
    /// decisions) and from its paragraphs and list items, given in `running`.
    /// The index views the people's names, initials and ids in `m`: they must outlive it.
    MentionIndex(const Minutes& m, std::span<const RunningText> running);
    // Not copied: the index's names view the letters it holds.
    MentionIndex(const MentionIndex&) = delete;
    MentionIndex& operator=(const MentionIndex&) = delete;
    /// Replaces `runs`, the runs `running` was read from, with the text split into runs and
    /// mentions; false, `runs` left as they are, when the text has no mention.
    bool annotate(const RunningText& running, std::vector<Inline>& runs) const;

  private:
    struct Name {
        std::uint64_t key = 0;            // word_key of its first word
        std::size_t first = 0, size = 0;  // its words: words_[first, first + size)
        std::string_view id;              // empty: ambiguous
        bool initials = false;            // one word, someone's listed initials
    };
    // The words of the names: views of the people's names and initials, and of `letters_`.
    std::vector<std::string_view> words_;
    std::string letters_;  // "GL" for Gareth Lloyd, listed without initials, and so on
    // By first word (its key, then its bytes); names with the same first word in the order
    // they were learnt.
    std::vector<Name> names_;
    // The first byte and length (15: longer) of the names' first words, by shape(): most
    // words of a text have no name's.
    std::bitset<256 * 16> first_shapes_;
    static std::size_t shape(std::string_view w) {
        return std::size_t(static_cast<unsigned char>(w[0])) * 16 +
               std::min<std::size_t>(w.size(), 15);
    }
    // A 2-3 capital word (a caps candidate, the only words looked up) used as an acronym,
    // by acronym_code.
    std::bitset<27 * 27 * 27> acronyms_;
    std::vector<std::string_view> listed_initials_;  // sorted, each once
    // Undefined initials count only when the document writes people as initials: it
    // declares initials, lists nobody, or the letters fit a listed name ("JR" for Joseph
    // Rickert, "JBR" too: first and last letters).
    bool initials_style_ = false;
    // By first and last capital (only caps candidates are looked up): 26 * first + last
    std::bitset<26 * 26> name_letters_;
    static std::size_t letters_code(char first, char last) {
        return std::size_t(first - 'A') * 26 + std::size_t(last - 'A');
    }
    /// A listed name has the first and last letters of `w`, a caps candidate.
    bool name_letters(std::string_view w) const {
        return name_letters_.test(letters_code(w.front(), w.back()));
    }

    // The first words of all names start with an ASCII capital: only the words that do are
    // looked up (the caps candidates do too).
    bool capital_names_ = true;

    std::string_view first_word(const Name& n) const { return words_[n.first]; }
    /// The first seven bytes of `w` and its length, as a number: words are ordered by it
    /// first (an integer comparison), by their bytes only when it is the same.
    static std::uint64_t word_key(std::string_view w);
    /// The order of names_: by first word, then as learnt (the words of a name learnt later
    /// come later in words_).
    bool before(const Name& a, const Name& b) const {
        if (a.key != b.key) return a.key < b.key;
        // (a key holds a word of up to seven bytes whole: the bytes of longer ones decide)
        const int words = first_word(a).size() <= 7 ? 0 : first_word(a).compare(first_word(b));
        return words != 0 ? words < 0 : a.first < b.first;
    }
    /// Appends the name of words_[first, first + size), `key` the word_key of its first word.
    void push_name(std::size_t first, std::size_t size, std::string_view id, std::uint64_t key) {
        names_.push_back({key, first, size, id, false});
    }
    /// The names whose first word is `w` (its key `key`) among names_[from, to), which are
    /// in order.
    std::span<const Name> starting_with(std::string_view w, std::uint64_t key, std::size_t from,
                                        std::size_t to) const;
    bool listed_initials(std::string_view w) const {
        return std::binary_search(listed_initials_.begin(), listed_initials_.end(), w);
    }
    /// Appends the words of `text` to words_.
    void add_words(std::string_view text);
    /// Appends a name of the words of `text` (none: nothing).
    void add_name(std::string_view text, std::string_view id);
    /// Keeps the first of the names with the same words, ambiguous when their ids differ;
    /// sorts the names by first word.
    void merge_names();
    /// Learns the caps candidates of `text` used as acronyms: all of them when
    /// `all_upper_words` (a role, organisation, heading or title), else those spelled out or
    /// after an article.
    void learn_acronyms(std::string_view text, bool all_upper_words);
    /// Likewise for `w`, a word of `text`.
    void learn_acronym(std::string_view text, const Token& w, bool all_upper_words);
};

/// Annotates every paragraph and list item of the model in place.
void annotate_mentions(Minutes& m);

}  // namespace mtk::converters::layout
