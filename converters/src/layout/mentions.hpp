// Mentions of people in running text. Listed people are found by their initials
// ("LO spoke"), full names ("Claire Wiggins"), names without honorifics and, where only one
// listed person has it, first names ("Kris noted"); these get @ref. Other 2-3 capital words
// become a mention without ref only when they read as a person: the subject of a verb
// ("JT noted", "MR's statement"), the object of "asked"/"thanked", or a speaker prefix
// ("JT - ..."), in a document that writes people as initials, and never when the document uses them
// as an acronym (in a role, organisation, heading or title, spelled out as "(MOPAC)", or after
// "the"/"a"). A false mention is worse than a missed one.
#pragma once

#include <bitset>
#include <map>
#include <set>
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
        std::string_view text;  ///< into the tokenised text
        std::size_t begin, end;
    };
    /// A paragraph's or list item's text and its words (tokens point into `text`).
    struct RunningText {
        std::string text;
        std::vector<Token> tokens;
    };

    /// Learns people and acronyms from the model (attendance, meta, headings, actions,
    /// decisions) and from its paragraphs and list items, given tokenised in `running`.
    MentionIndex(const Minutes& m, std::span<const RunningText> running);
    // Not copied: the index's keys view the names it holds.
    MentionIndex(const MentionIndex&) = delete;
    MentionIndex& operator=(const MentionIndex&) = delete;
    /// The text split into runs and mentions.
    std::vector<Inline> annotate(const RunningText& running) const;

  private:
    struct Name {
        std::vector<std::string> tokens;
        std::string id;  // empty: ambiguous
    };
    // By first token, a view of the name's own (its vector's buffer stays put in the node).
    std::multimap<std::string_view, Name, std::less<>> names_;
    std::bitset<256> first_bytes_;  // of the names' first tokens: most words start none
    std::set<std::string, std::less<>> acronyms_;
    std::set<std::string, std::less<>> listed_initials_;
    // Undefined initials count only when the document writes people as initials: it
    // declares initials, lists nobody, or the letters fit a listed name ("JR" for Joseph
    // Rickert, "JBR" too: first and last letters).
    bool initials_style_ = false;
    std::bitset<128 * 128> name_letters_;  // ASCII first letter * 128 + ASCII last letter
    /// A listed name has the first and last letters of `w` (ASCII, not empty).
    bool name_letters(std::string_view w) const {
        return name_letters_.test(std::size_t(w.front()) * 128 + std::size_t(w.back()));
    }

    std::vector<Token> scratch_;  // the words of a name or heading being learnt

    void add_name(const std::string& text, const std::string& id);
    /// Indexes `n` (non-empty tokens) by its first token.
    void index_name(Name n);
    void learn_acronyms(std::string_view text, bool all_upper_words);
    void learn_acronyms(std::string_view text, std::span<const Token> toks, bool all_upper_words);
};

/// Annotates every paragraph and list item of the model in place.
void annotate_mentions(Minutes& m);

}  // namespace mtk::converters::layout
