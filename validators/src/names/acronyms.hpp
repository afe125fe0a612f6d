// Telling organisations' acronyms ("MPS", "MOPAC", "VAWG") from people's initials ("SK").
//
// Nothing in a capitalised token says which it is; what the documents do with it does.
// A token is an acronym when the set of documents (or the config) says so:
//  - the config's "acronyms" allowlist, or a tiny built-in list of universal ones (UK, AOB)
//    and of English words written in capitals (ALL, NO, TBC);
//  - it appears in a role, an organisation, the body, group, title, a heading, a contents
//    entry or a next meeting's title or venue (people's initials are not agenda topics);
//  - it is spelled out: "(XYZ)" after a capitalised phrase;
//  - it can be read off a capitalised phrase of the documents ("Delivery Management Group"
//    gives DMG), or, for three letters or more, off any phrase ("anti-social behaviour"
//    gives ASB).
// One occurrence is also taken for an organisation when it is used as one: after a
// determiner or a preposition of place ("the MPS", "a VRU", "across CJS"), before a plural
// verb ("MPS are"), before a capitalised name ("HMP Pentonville"), next to a number (a unit
// or a label: "PDF 210 KB"), or in the plural ("LAs").
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "mtk/validators/rule.hpp"
#include "text/words.hpp"

namespace mtk::validators::names {

class Acronyms {
  public:
    /// Gathers the evidence of every document of the set and of the config.
    Acronyms(std::span<const Document> documents, const Config& config);

    /// True when the set or the config shows `token` (capitals) to be an acronym.
    bool known(std::string_view token) const;

  private:
    /// Adds `token` to known_.
    void add_known(std::string_view token);
    /// Adds the initials of a capitalised phrase (two words or more), and those of the phrase
    /// without its first word (from three words: it may be a sentence's first word).
    void add_phrase(std::span<const std::string_view> words);

    /// The longest phrase whose initials are kept as a code in phrases_.
    static constexpr std::size_t kMaxPackedPhrase = 12;
    /// True when `token` (3 to 6 capitals) is the initials of a phrase of the set.
    bool from_any_phrase(std::string_view token) const;

    std::set<std::string, std::less<>> known_;
    /// The initials of the capitalised phrases, packed 5 bits a letter, sorted: a folder's
    /// documents give thousands of phrases, too many for a node of known_ each. Longer
    /// phrases' initials are in known_.
    std::vector<std::uint64_t> phrases_;
    /// The initials of every word of the set's texts in order, a capital each ('.' for a word
    /// not all letters and after each text): a phrase's initials are a substring.
    std::string initials_;
    /// Once the set has been asked many questions: the substrings of 3 to 6 capitals of
    /// initials_, packed 5 bits a letter, sorted. Built on a question, so known() (like the
    /// set's documents) serves one thread at a time.
    mutable std::vector<std::uint32_t> from_any_phrase_;
    mutable bool indexed_ = false;
    mutable std::size_t searches_ = 0;  ///< questions answered by searching initials_
};

/// The acronyms of a rule's set (ctx.documents and ctx.config, which must outlive it),
/// gathered on the first question: gathering reads every word of the set, and most sets
/// never ask one (a rule asks only about a token that nothing else explains). Shared
/// through ctx.facts when the engine gives them, else gathered for this object alone.
class SetAcronyms {
  public:
    explicit SetAcronyms(const RuleContext& ctx) : ctx_(ctx) {}

    /// Acronyms::known of the set's acronyms.
    bool known(std::string_view token);

  private:
    const RuleContext& ctx_;
    std::optional<Acronyms> own_;
    const Acronyms* acronyms_ = nullptr;
};

/// True when the occurrence words[index] of `text` is used as an organisation, a modifier
/// or a unit rather than as a person: after a determiner or a preposition of place, before
/// a plural verb or a capitalised word, next to a number, after a label noun ("Attachment
/// AJ", "Option B") or hyphened to a number or a lower-case word ("CVE-2013", "SVN-based").
bool used_as_acronym(std::string_view text, std::span<const text::Word> words, std::size_t index);

/// True when words[index] is used as a person: followed by "'s", by a verb of reporting
/// ("noted", "said", "emphasised"; a closed list) or by "from" ("JM from the county").
bool used_as_person(std::string_view text, std::span<const text::Word> words, std::size_t index);

}  // namespace mtk::validators::names
