#include "rules/names_undefined_initials.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>

#include "mtk/bytes8.hpp"
#include "names/acronyms.hpp"
#include "names/listed_names.hpp"
#include "names/person_name.hpp"
#include "text/document_text.hpp"
#include "text/words.hpp"

namespace mtk::validators {
namespace {

constexpr RuleOption kOptions[] = {
    {"maxLength", "4",
     "the longest all-capitals token taken for initials (2 to 4 letters by default)"},
};

using TokenSet = std::set<std::string, std::less<>>;

// A set of initials built once and then only searched. Initials of up to eight capitals (all
// that people have, in practice) are kept as integers, a byte a letter: no two such strings
// give the same integer, as no capital is a zero byte. Other strings are kept as they are.
class InitialsSet {
  public:
    void add(std::string_view s) {
        if (const auto p = packed(s)) {
            packed_.push_back(*p);
        } else {
            others_.emplace_back(s);
        }
    }
    /// Sorts the set and drops its duplicates; call it once, after the last add().
    void seal() {
        std::sort(packed_.begin(), packed_.end());
        packed_.erase(std::unique(packed_.begin(), packed_.end()), packed_.end());
        std::sort(others_.begin(), others_.end());
        others_.erase(std::unique(others_.begin(), others_.end()), others_.end());
    }
    bool contains(std::string_view s) const {
        if (const auto p = packed(s)) return std::binary_search(packed_.begin(), packed_.end(), *p);
        return std::binary_search(others_.begin(), others_.end(), s, std::less<>{});
    }

  private:
    static std::optional<std::uint64_t> packed(std::string_view s) {
        if (s.size() > 8) return std::nullopt;
        std::uint64_t v = 0;
        for (char c : s) {
            if (c < 'A' || c > 'Z') return std::nullopt;
            v = v << 8 | std::uint64_t(c);
        }
        return v;
    }

    std::vector<std::uint64_t> packed_;
    std::vector<std::string> others_;
};

// The plain initials of two letters of the listed names and of the roster's.
InitialsSet loose_initials(const names::ListedNames& listed, const Config& config) {
    InitialsSet out;
    auto add_name = [&](const names::PersonName& n) {
        const std::string plain = names::plain_initials(n);
        if (plain.size() == 2) out.add(plain);
    };
    for (std::size_t i = 0; i < listed.people().size(); ++i) add_name(listed.name(i));
    for (const RosterPerson& r : config.roster) {
        add_name(names::parse_name(r.name));
        for (const std::string& a : r.aliases) add_name(names::parse_name(a));
    }
    out.seal();
    return out;
}

// Initials the document or the roster gives a person: declared or read off a name (`exact`),
// and those that also allow for a middle name the list does not give (`loose_ends`: "JBR" for
// Joseph Rickert). Only exact ones decide whether a document writes people as initials: with
// 26 middle letters per person, a long list would match half the acronyms of a text.
struct KnownInitials {
    InitialsSet exact;
    const names::ListedNames* listed = nullptr;
    const Config* config = nullptr;
    /// "JR": loose initials are these with any capital between ("JBR"). Gathered on the first
    /// token of three capitals that is not exact: most documents ask none.
    mutable std::optional<InitialsSet> loose_ends;

    bool contains(std::string_view t) const {
        if (exact.contains(t)) return true;
        if (t.size() != 3 || t[1] < 'A' || t[1] > 'Z') return false;
        if (!loose_ends) loose_ends = loose_initials(*listed, *config);
        return loose_ends->contains(std::string{t[0], t[2]});
    }
};

KnownInitials person_initials(const Document& doc, const Config& config) {
    KnownInitials out;
    auto add_name = [&](const names::PersonName& n) {
        names::for_each_initials_variant(n, [&](std::string_view v) { out.exact.add(v); });
    };
    const names::ListedNames& listed = names::listed_names(doc);
    for (std::size_t i = 0; i < listed.people().size(); ++i) {
        const Person& p = *listed.people()[i].person;
        if (!p.initials.empty()) out.exact.add(p.initials);
        add_name(listed.name(i));
    }
    for (const RosterPerson& r : config.roster) {
        if (!r.initials.empty()) out.exact.add(r.initials);
        add_name(names::parse_name(r.name));
        for (const std::string& a : r.aliases) add_name(names::parse_name(a));
    }
    out.exact.seal();
    out.listed = &listed;
    out.config = &config;
    return out;
}

// True when the document refers to people by initials: it declares some, lists nobody, or
// uses the initials of a listed name in its text. `known()` gives the KnownInitials, derived
// only if the text has to be read.
template <typename Known>
bool writes_people_as_initials(const Document& doc, Known&& known) {
    const std::vector<ListedPerson>& people = names::listed_names(doc).people();
    if (people.empty()) return true;
    for (const ListedPerson& lp : people)
        if (!lp.person->initials.empty()) return true;
    const text::DocumentText& doc_text = text::text_of(doc);
    for (std::size_t r = 0; r < doc_text.runs.size(); ++r) {
        if (!text::is_running_text(doc_text.runs[r].part)) continue;
        for (const text::Word& w : doc_text.words[r])
            if (w.text.size() >= 2 && text::is_capitals(w.text) && known().exact.contains(w.text))
                return true;
    }
    return false;
}

// A list label at the start of a text ("VII. Analyst relations", "AB) ..."), not a person.
bool is_label(std::string_view s, std::span<const text::Word> words, std::size_t i) {
    const std::string_view gap = text::gap_after(s, words, i);
    return i == 0 && words[i].offset == s.find_first_not_of(" \t") &&
           (gap.starts_with(".") || gap.starts_with(")"));
}

// Shouted text (mostly capitals) is not scanned: every word of it would look like initials.
// The letters are counted eight bytes at a time: a paragraph is read whole for its first
// capitals token, and most paragraphs have one.
bool shouted(std::string_view s) {
    std::ptrdiff_t upper_minus_lower = 0;
    std::size_t i = 0;
    while (i + 8 <= s.size()) {
        // Per byte: 1 when it is a capital (a lower-case letter); at most 31 blocks, so that
        // the eight counts add up within a byte.
        std::uint64_t upper = 0, lower = 0;
        for (int block = 0; block < 31 && i + 8 <= s.size(); ++block, i += 8) {
            const std::uint64_t eight = bytes8::load(s, i);
            upper += bytes8::in_range(eight, 'A', 'Z') >> 7;
            lower += bytes8::in_range(eight, 'a', 'z') >> 7;
        }
        upper_minus_lower += std::ptrdiff_t((upper * bytes8::kOnes) >> 56) -
                             std::ptrdiff_t((lower * bytes8::kOnes) >> 56);
    }
    for (; i < s.size(); ++i)
        upper_minus_lower += (s[i] >= 'A' && s[i] <= 'Z') - (s[i] >= 'a' && s[i] <= 'z');
    return upper_minus_lower > 0;
}

// A token among three or more capitals words ("WHY HAVEN'T YOU ALL READ IT YET"): shouting.
bool in_capitals_run(std::string_view s, std::span<const text::Word> words, std::size_t i) {
    auto joined = [&](std::size_t k) {  // words k and k+1 are separated by spaces or ' or -
        const std::string_view gap = text::gap_after(s, words, k);
        return !gap.empty() && gap.find_first_not_of(" \t'-\u2019") == std::string_view::npos;
    };
    auto capitals = [&](std::size_t k) { return text::is_capitals(words[k].text); };
    std::size_t first = i, last = i;
    while (first > 0 && capitals(first - 1) && joined(first - 1)) --first;
    while (last + 1 < words.size() && capitals(last + 1) && joined(last)) ++last;
    return last - first >= 2;
}

}  // namespace

const RuleInfo& NamesUndefinedInitialsRule::info() const {
    static const RuleInfo i{"names/undefined-initials", Severity::warning,
                            "Initials are used in the text that no listed person carries.",
                            R"doc(Initials are used in the text that no listed person carries.

Why: "MR said..." is only a record if the reader can tell who MR is. Initials must be
declared in the attendance list ("Sadiq Khan (SK)"), be readable off a listed name, or
be known to the roster (`--roster`).

What counts as initials: a mention the converter could not resolve, and an all-capitals
token of 2 to `maxLength` letters in running text (paragraphs, list items, actions).
Tokens of four letters or more count only where they are used as a person (before "'s", a verb of
reporting such as "noted", "said", "emphasised", or "from": "JM from the county"), and so do all tokens in a document that
does not write people as initials (it declares none, and uses none of its listed people's
initials). Text in capitals throughout and list labels ("VII. Analyst relations") are
skipped.

Initials readable off a name: the first letters of its words, middle names optional,
hyphenated parts and inner capitals (see names/initials-mismatch), and three letters whose
first and last are the first and last name's ("JBR" for Joseph Rickert: a middle name the
list does not give).

What is an acronym instead (a general method, no list of organisations):
- the config's "acronyms" allowlist, a few universal ones (UK, EU, AOB, CEO...) and
  English words written in capitals (ALL, NO, TBC...);
- a token that appears in a role, an organisation, the body, the group, the title, a
  heading, a contents entry or a next meeting, anywhere in the documents checked;
- a token spelled out in brackets after a capitalised phrase: "Right Care, Right
  Person (RCRP)";
- a token that is the initials of a capitalised phrase of the documents ("Delivery
  Management Group" for DMG) or, from three letters, of any phrase ("anti-social
  behaviour" for ASB);
- an occurrence used as an organisation: after "the", "a", "their"... ("the MPS", "a
  VRU", "the LCRB DMG") or "across", "within", "throughout" ("across CJS"), before a
  plural verb ("MPS are"), before a capitalised word ("HMP Pentonville"), next to a
  number ("PDF 210 KB"), after a label noun ("See Attachment AJ", "Option B"), or
  hyphened to a number or a lower-case word ("CVE-2013-6480", "SVN-based"); plurals
  ("LAs") are never initials. A token used so once is an acronym throughout the document.
- three capitals words in a row are shouting, not initials ("READ IT YET").
Each undefined token is reported once per document, at its first use.

Bad:

    Present
    - Dame Lynne Owens (LO) - Deputy Commissioner
    Item 1
    LO emphasised MR's previous statement.

Good:

    Present
    - Dame Lynne Owens (LO) - Deputy Commissioner
    Item 1
    LO emphasised the Commissioner's previous statement.

Options:
- `maxLength` (default 4): the longest all-capitals token taken for initials.)doc",
                            kOptions};
    return i;
}

void NamesUndefinedInitialsRule::check_set(const RuleContext& ctx, Reporter& out) const {
    // The set's acronyms are gathered once (per document they would cost the set's size
    // each), and only when a token needs them.
    names::SetAcronyms acronyms(ctx);
    for (const Document& doc : ctx.documents) check_document(doc, ctx, acronyms, out);
}

void NamesUndefinedInitialsRule::check_document(const Document& doc, const RuleContext& ctx,
                                                names::SetAcronyms& acronyms, Reporter& out) const {
    const std::size_t max_length = std::size_t(std::max(2, ctx.option_int("maxLength", 4)));
    // The people's initials, and whether the document writes people as initials, are derived
    // only when a token needs them: most documents have no candidate.
    std::optional<KnownInitials> known_people;
    auto known = [&]() -> const KnownInitials& {
        if (!known_people) known_people = person_initials(doc, ctx.config);
        return *known_people;
    };
    std::optional<bool> initials_style;
    auto writes_initials = [&] {
        if (!initials_style) initials_style = writes_people_as_initials(doc, known);
        return *initials_style;
    };
    // Candidates in document order: unresolved mentions, then capitals tokens of running text.
    struct Candidate {
        std::string_view token;
        const Origin* where;
    };
    std::vector<Candidate> candidates;
    auto scan_mentions = [&](const std::vector<Inline>& content, const Origin& where) {
        for (const Inline& in : content)
            if (in.mention && in.ref.empty() && in.text.size() >= 2 && text::is_capitals(in.text))
                candidates.push_back({in.text, &where});
    };
    for_each_block(doc.minutes, [&](const Block& b, const Item&) {
        if (const auto* p = std::get_if<Paragraph>(&b)) scan_mentions(p->content, p->origin);
        if (const auto* l = std::get_if<BulletList>(&b))
            for (const ListItem& li : l->items) scan_mentions(li.content, text::origin_of(li, *l));
    });
    // In a document that does not write people as initials, only a token used as a person
    // counts ("TW reported"); so do tokens of 4 letters or more. A token used as an acronym
    // anywhere in the document ("an XR session", "the TC") is an acronym everywhere in it.
    const text::DocumentText& doc_text = text::text_of(doc);
    TokenSet acronym_use;
    for (std::size_t r = 0; r < doc_text.runs.size(); ++r) {
        const text::TextRun& run = doc_text.runs[r];
        if (!text::is_running_text(run.part)) continue;
        const std::span<const text::Word> words = doc_text.words[r];
        // The run's tokens: a search by a plain predicate, which most words fail at once.
        auto is_token = [max_length](const text::Word& w) {
            return w.text.size() >= 2 && w.text.size() <= max_length && text::is_capitals(w.text);
        };
        bool unshouted = false;  // the run is known not to be shouted
        for (auto at = std::find_if(words.begin(), words.end(), is_token); at != words.end();
             at = std::find_if(at + 1, words.end(), is_token)) {
            const std::size_t i = std::size_t(at - words.begin());
            const std::string_view w = at->text;
            if (!unshouted && shouted(run.text)) break;  // asked at the run's first token only
            unshouted = true;
            if (is_label(run.text, words, i) || in_capitals_run(run.text, words, i) ||
                names::used_as_acronym(run.text, words, i)) {
                acronym_use.emplace(w);
                continue;
            }
            if ((w.size() >= 4 || !writes_initials()) && !names::used_as_person(run.text, words, i))
                continue;
            candidates.push_back({w, run.origin});
        }
    }
    TokenSet reported;
    for (const Candidate& c : candidates) {
        // The document's own answers first: the set's acronyms are gathered only for a token
        // they leave open.
        if (acronym_use.contains(c.token) || known().contains(c.token) || acronyms.known(c.token) ||
            !reported.emplace(c.token).second)
            continue;
        out.report(doc, *c.where,
                   "'" + std::string(c.token) +
                       "' looks like a person's initials, but no listed person has them");
    }
}

}  // namespace mtk::validators
