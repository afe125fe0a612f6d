#include "names/acronyms.hpp"

#include <algorithm>
#include <utility>

#include "mtk/ascii.hpp"
#include "names/listed_names.hpp"
#include "text/document_text.hpp"

namespace mtk::validators::names {
namespace {

using text::Word;

// Acronyms every English reader knows, and English words written in capitals ("ACTION: ALL
// to ..."); everything else comes from the documents.
constexpr std::string_view kUniversal[] = {
    "ALL", "AM",  "AN",  "AND", "ANY", "AOB", "ASAP", "AT", "BE", "BUT", "BY", "CEO", "CFO", "COO",
    "DO",  "EU",  "FOR", "FYI", "GO",  "GP",  "HR",   "ID", "IF", "IN",  "IS", "IT",  "KC",  "MP",
    "NB",  "NEW", "NO",  "NOT", "NOW", "OF",  "OK",   "ON", "OR", "PM",  "PS", "QC",  "SO",  "TBA",
    "TBC", "TBD", "THE", "TO",  "TV",  "UK",  "UN",   "UP", "US", "USA", "YES"};
// Small words that do not count in an acronym ("Police and Crime Plan" is PCP).
constexpr std::string_view kConnectors[] = {"of", "and", "for", "the", "on", "in", "to", "&"};
// Words after which a token names an organisation or a system, not a person: determiners
// ("the MPS", "a VRU") and prepositions of place ("across CJS", "within the CJS").
constexpr std::string_view kBeforeOrganisation[] = {
    "the", "a", "an", "its", "their", "our", "this", "each", "across", "within", "throughout"};
// Nouns that a label follows: "See Attachment AJ", "Appendix B", "Option AB", "Room GR".
constexpr std::string_view kLabelNouns[] = {
    "annex",  "appendix", "attachment", "block",    "class",   "enclosure", "exhibit",
    "figure", "form",     "grade",      "level",    "option",  "paper",     "phase",
    "plot",   "room",     "route",      "schedule", "section", "table",     "type",
    "unit",   "version",  "ward",       "zone"};
constexpr std::string_view kPluralVerbs[] = {"are", "were", "have", "do", "don't"};
// What minutes say people do: "JT noted", "KV said". A closed list, so that a verb in -ed
// after an acronym ("CCTV benefitted") does not make it a person.
constexpr std::string_view kReportingVerbs[] = {
    "acknowledged", "added",       "advised",    "agreed",     "asked",      "commented",
    "confirmed",    "emphasised",  "emphasized", "explained",  "expressed",  "felt",
    "gave",         "highlighted", "informed",   "introduced", "mentioned",  "noted",
    "outlined",     "presented",   "proposed",   "queried",    "questioned", "raised",
    "recognised",   "recognized",  "replied",    "reported",   "responded",  "said",
    "spoke",        "stated",      "stressed",   "suggested",  "summarised", "thanked",
    "thought",      "told",        "updated",    "welcomed"};

// The C locale's character classes, inline: the acronyms read every word of a set.
bool is_lower(char c) {
    return c >= 'a' && c <= 'z';
}
bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// True when `w` in lower case is in the list (of lower-case words).
template <std::size_t N>
bool in(const std::string_view (&list)[N], std::string_view w) {
    return std::any_of(std::begin(list), std::end(list),
                       [&](std::string_view l) { return ascii::iequals(w, l); });
}

// A plain loop: most gaps are one space, which std::all_of's unrolled search costs more for.
bool only_space(std::string_view gap) {
    for (const char c : gap)
        if (c != ' ' && c != '\t') return false;
    return !gap.empty();
}

bool alphabetic(std::string_view w) {
    return std::all_of(w.begin(), w.end(), [](char c) { return is_lower(c) || is_upper(c); });
}

// Stands in the initials of the set for a word that is not all letters, and ends each text.
constexpr char kNoInitial = '.';

char initial(std::string_view w) {
    return is_lower(w.front()) ? char(w.front() - 'a' + 'A') : w.front();
}

// 'A'..'Z' as 1..26 after the letters before: distinct for distinct runs of capitals, up to
// 6 of them in 32 bits and 12 in 64.
template <typename Code>
Code packed(Code before, char capital) {
    return before * 32 + Code(capital - 'A' + 1);
}

// Sorts packed codes (30 bits): a folder gives hundreds of thousands, which two passes of a
// 15-bit radix sort order in a third of std::sort's time.
void sort_codes(std::vector<std::uint32_t>& codes) {
    constexpr std::size_t kBits = 15, kBuckets = std::size_t{1} << kBits;
    if (codes.size() < 4096) {  // clearing the buckets would cost more than sorting
        std::sort(codes.begin(), codes.end());
        return;
    }
    std::vector<std::uint32_t> other(codes.size());
    std::vector<std::size_t> start(kBuckets);
    for (const std::size_t shift : {std::size_t{0}, kBits}) {
        std::fill(start.begin(), start.end(), 0);
        for (std::uint32_t c : codes) ++start[(c >> shift) & (kBuckets - 1)];
        std::size_t sum = 0;
        for (std::size_t& s : start) sum += std::exchange(s, sum);
        for (std::uint32_t c : codes) other[start[(c >> shift) & (kBuckets - 1)]++] = c;
        codes.swap(other);
    }
}

}  // namespace

void Acronyms::add_known(std::string_view token) {
    // Looked up first: most tokens are there already, and emplace would make a node for each.
    const auto at = known_.lower_bound(token);
    if (at == known_.end() || *at != token) known_.emplace_hint(at, token);
}

Acronyms::Acronyms(std::span<const Document> documents, const Config& config) {
    known_.insert(config.acronyms.begin(), config.acronyms.end());

    auto add_capitals = [&](std::span<const Word> words) {
        for (const Word& w : words)
            if (w.text.size() > 1 && text::is_capitals(w.text)) add_known(w.text);
    };
    // The capitalised words of the current phrase: one vector for every text of the set.
    std::vector<std::string_view> run;
    // "(XYZ)" after a capitalised word, and the initials of capitalised phrases.
    auto add_from_text = [&](std::string_view s, std::span<const Word> words) {
        for (std::size_t i = 1; i < words.size(); ++i) {
            const std::string_view before = s.substr(0, words[i].offset);
            if (text::is_capitals(words[i].text) && before.ends_with("(") &&
                text::gap_after(s, words, i).starts_with(")") &&
                text::is_capitalised(words[i - 1].text))
                add_known(words[i].text);
        }
        run.clear();
        auto close_run = [&] {
            if (run.size() >= 2) add_phrase(run);
            run.clear();
        };
        for (std::size_t i = 0; i < words.size(); ++i) {
            const std::string_view w = words[i].text;
            if (text::is_capitalised(w))
                run.push_back(w);
            else if (run.empty() || !in(kConnectors, w))
                close_run();
            if (i + 1 < words.size()) {
                const std::string_view gap = text::gap_after(s, words, i);
                if (!only_space(gap) && gap != " & ") close_run();
            }
        }
        close_run();
        // Any phrase, for acronyms of three letters or more ("anti-social behaviour"): the
        // words' initials in order, a phrase's being a substring.
        const std::size_t at = initials_.size();
        initials_.resize(at + words.size() + 1, kNoInitial);
        for (std::size_t i = 0; i < words.size(); ++i)
            if (alphabetic(words[i].text)) initials_[at + i] = initial(words[i].text);
    };

    for (const Document& d : documents) {
        const Minutes& m = d.minutes;
        for (const std::string* s : {&m.meta.body, &m.meta.group, &m.meta.venue})
            add_capitals(text::split_words(*s));
        for (const ListedPerson& lp : listed_names(d).people()) {
            add_capitals(text::split_words(lp.person->role));
            add_capitals(text::split_words(lp.person->organisation));
        }
        const text::DocumentText& doc_text = text::text_of(d);
        for (std::size_t r = 0; r < doc_text.runs.size(); ++r) {
            if (!text::is_running_text(doc_text.runs[r].part)) add_capitals(doc_text.words[r]);
            add_from_text(doc_text.runs[r].text, doc_text.words[r]);
        }
    }
    std::sort(phrases_.begin(), phrases_.end());
    phrases_.erase(std::unique(phrases_.begin(), phrases_.end()), phrases_.end());
}

void Acronyms::add_phrase(std::span<const std::string_view> words) {
    // The initials of capitalised words are capitals: up to 12 of them pack into a code.
    if (words.size() > kMaxPackedPhrase) {
        std::string all;
        for (std::string_view w : words) all += initial(w);
        known_.insert(all);
        known_.insert(all.substr(1));
        return;
    }
    std::uint64_t code = 0;
    for (std::string_view w : words) code = packed(code, initial(w));
    phrases_.push_back(code);
    // Without a sentence's first word: the code of the letters after the first.
    if (words.size() >= 3)
        phrases_.push_back(code & ((std::uint64_t{1} << 5 * (words.size() - 1)) - 1));
}

bool Acronyms::known(std::string_view token) const {
    // The universal ones are looked up in their sorted list: each set would copy them.
    static_assert(std::is_sorted(std::begin(kUniversal), std::end(kUniversal)));
    if (std::binary_search(std::begin(kUniversal), std::end(kUniversal), token) ||
        known_.contains(token))
        return true;
    if (!std::all_of(token.begin(), token.end(), is_upper)) return false;
    if (token.size() >= 2 && token.size() <= kMaxPackedPhrase) {
        std::uint64_t code = 0;
        for (char c : token) code = packed(code, c);
        if (std::binary_search(phrases_.begin(), phrases_.end(), code)) return true;
    }
    if (token.size() < 3 || token.size() > 6) return false;
    return from_any_phrase(token);
}

bool Acronyms::from_any_phrase(std::string_view token) const {
    // A set is asked about a few tokens (those nothing else explains): the first questions
    // search the initials, and only a set asked many times (an archive) is indexed, so that
    // the searches cost at most a few times the index.
    constexpr std::size_t kSearchesBeforeIndex = 16;
    if (!indexed_ && searches_ < kSearchesBeforeIndex) {
        ++searches_;
        return initials_.find(token) != std::string::npos;
    }
    if (!indexed_) {
        for (std::size_t i = 0; i < initials_.size(); ++i) {
            std::uint32_t letters = 0;
            for (std::size_t j = i; j < initials_.size() && j < i + 6 && initials_[j] != kNoInitial;
                 ++j) {
                letters = packed(letters, initials_[j]);
                if (j >= i + 2) from_any_phrase_.push_back(letters);
            }
        }
        sort_codes(from_any_phrase_);
        from_any_phrase_.erase(std::unique(from_any_phrase_.begin(), from_any_phrase_.end()),
                               from_any_phrase_.end());
        indexed_ = true;
    }
    std::uint32_t letters = 0;
    for (char c : token) letters = packed(letters, c);
    return std::binary_search(from_any_phrase_.begin(), from_any_phrase_.end(), letters);
}

bool SetAcronyms::known(std::string_view token) {
    if (!acronyms_)
        acronyms_ = ctx_.facts ? &ctx_.facts->acronyms(ctx_.documents, ctx_.config)
                               : &own_.emplace(ctx_.documents, ctx_.config);
    return acronyms_->known(token);
}

bool used_as_acronym(std::string_view s, std::span<const Word> words, std::size_t index) {
    // Walk back over a run of capitals ("the LCRB DMG") to the word before it.
    std::size_t first = index;
    while (first > 0 && text::is_capitals(words[first - 1].text) &&
           only_space(text::gap_after(s, words, first - 1)))
        --first;
    // Next to a number it is a unit or a label ("210 KB", "PDF 210"), not a person.
    auto number = [](std::string_view w) { return is_digit(w.front()); };
    if (first > 0 && only_space(text::gap_after(s, words, first - 1))) {
        const std::string_view before = words[first - 1].text;
        if (in(kBeforeOrganisation, before) || in(kLabelNouns, before) || number(before))
            return true;
    }
    if (index + 1 >= words.size()) return false;
    const std::string_view gap = text::gap_after(s, words, index);
    const std::string_view next = words[index + 1].text;
    // Hyphened to a number or a word in lower case: "CVE-2013-6480", "SVN-based".
    if (gap == "-" && (is_lower(next.front()) || is_digit(next.front()))) return true;
    if (!only_space(gap)) return false;
    return in(kPluralVerbs, next) || text::is_capitalised(next) || text::is_capitals(next) ||
           number(next);
}

bool used_as_person(std::string_view s, std::span<const Word> words, std::size_t index) {
    if (index + 1 >= words.size()) return false;
    const std::string_view gap = text::gap_after(s, words, index);
    const std::string_view next = words[index + 1].text;
    if ((gap == "'" || gap == "\u2019") && next == "s") return true;
    if (!only_space(gap)) return false;
    // "JM from the county": a person introduced by where they come from.
    return in(kReportingVerbs, next) || ascii::iequals(next, "from");
}

}  // namespace mtk::validators::names

namespace mtk::validators {

SetFacts::SetFacts() = default;
SetFacts::~SetFacts() = default;

const names::Acronyms& SetFacts::acronyms(std::span<const Document> documents,
                                          const Config& config) {
    if (!acronyms_) acronyms_ = std::make_unique<names::Acronyms>(documents, config);
    return *acronyms_;
}

}  // namespace mtk::validators
