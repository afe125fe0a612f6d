#include "rules/names_inconsistent_spelling.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <optional>
#include <set>

#include "names/listed_names.hpp"
#include "names/person_name.hpp"
#include "names/similarity.hpp"
#include "text/document_text.hpp"
#include "text/words.hpp"

namespace mtk::validators {
namespace {

// One place a person's name is written.
struct Occurrence {
    std::string_view written;       ///< a listed person's name, or a window of a text run
    const names::PersonName* name;  ///< held by the document's listed names or by Occurrences
    const Origin* origin;
    bool listed;  ///< in the attendance lists (else in running text)
};

// The names of a document, listed and in its text: the text's parsed here (the listed ones
// are the document's listed names), in a deque so that the occurrences can point at them.
struct Occurrences {
    std::deque<names::PersonName> text_names;
    std::vector<Occurrence> all;
};

// True when a and b are spelled differently but name one person: a short form of the first
// name, an initial for it, or a slip (Damerau-Levenshtein within the bound for its length)
// in the surname with the same first name, or in the first name with the same surname.
bool one_person_two_ways(const names::PersonName& a, const names::PersonName& b) {
    const bool same_first_name = names::same_first_name(a, b);
    // Every way below needs one surname or one first name (equal or of one row of short
    // forms): most pairs of names have neither, and are ruled out by these alone.
    if (a.surname() != b.surname() && !same_first_name) return false;
    if (a.empty() || b.empty() || a.words == b.words) return false;  // one spelling
    if (names::same_person(a, b)) return true;
    if (a.given().empty() || b.given().empty()) return false;
    if (same_first_name && names::is_slip(a.surname(), b.surname())) return true;
    return a.surname() == b.surname() && names::is_slip(a.given(), b.given());
}

// Candidate names in running text: windows of two and three capitalised words.
void add_text_names(std::string_view s, std::span<const text::Word> words, const Origin* origin,
                    Occurrences& out) {
    std::size_t i = 0;
    while (i < words.size()) {
        if (!text::is_capitalised(words[i].text)) {
            ++i;
            continue;
        }
        std::size_t end = i + 1;  // the run of capitalised words [i, end), one space apart
        while (end < words.size() && text::is_capitalised(words[end].text) &&
               text::gap_after(s, words, end - 1) == " ")
            ++end;
        for (std::size_t a = i; a < end; ++a)
            for (std::size_t len = 2; len <= 3 && a + len <= end; ++len) {
                const std::size_t from = words[a].offset;
                const std::size_t to = words[a + len - 1].offset + words[a + len - 1].text.size();
                const std::string_view w = s.substr(from, to - from);
                names::PersonName n = names::parse_name(w);
                if (n.words.size() < 2) continue;
                out.text_names.push_back(std::move(n));
                out.all.push_back({w, &out.text_names.back(), origin, false});
            }
        i = end;
    }
}

Occurrences occurrences(const Document& doc) {
    Occurrences out;
    const names::ListedNames& listed = names::listed_names(doc);
    for (std::size_t i = 0; i < listed.people().size(); ++i) {
        const Person& p = *listed.people()[i].person;
        out.all.push_back({p.name, &listed.name(i), &p.origin, true});
    }
    const text::DocumentText& doc_text = text::text_of(doc);
    for (std::size_t r = 0; r < doc_text.runs.size(); ++r) {
        const text::TextRun& run = doc_text.runs[r];
        if (text::is_running_text(run.part))
            add_text_names(run.text, doc_text.words[r], run.origin, out);
    }
    return out;
}

// The roster's spellings (canonical names and aliases).
std::set<std::string> roster_spellings(const Config& config) {
    std::set<std::string> out;
    for (const RosterPerson& r : config.roster) {
        out.insert(names::parse_name(r.name).spelling());
        for (const std::string& a : r.aliases) out.insert(names::parse_name(a).spelling());
    }
    return out;
}

// True when the text name is just part of a listed name written exactly ("Sophie Linden"
// of "Sophie Linden opened").
bool is_listed_spelling(const Occurrence& o, const std::vector<Occurrence>& all) {
    for (const Occurrence& l : all)
        if (l.listed && l.name->words == o.name->words) return true;
    return false;
}

std::string where(const Document& doc, const Origin& o) {
    const std::string l = line_ref(doc, o);
    return l.empty() ? "" : ", " + l;
}

}  // namespace

const RuleInfo& NamesInconsistentSpellingRule::info() const {
    static const RuleInfo i{
        "names/inconsistent-spelling", Severity::warning,
        "One person is written two ways: in a document, across the documents checked, or against "
        "the roster.",
        R"doc(One person is written two ways: in a document, across the documents checked, or against the roster.

Why: a name spelled two ways ("Claudia Sturt" and "Claudia Strut") is wrong at least
once, and breaks every search of the archive for that person.

How names are compared: honorifics, ranks and middle initials are dropped and names are
folded with ICU (see attendance/duplicate-person). Two spellings name one person when
- the first names are equal or short forms of one name ("Steve"/"Stephen", a small
  built-in table; or an initial, "J Garvan") and the surnames are equal; or
- the first names match and the surnames differ by a slip: a Damerau-Levenshtein
  distance (insertions, deletions, substitutions, adjacent transpositions) of 0 for
  names of up to 4 letters, 1 up to 8 letters, 2 beyond ("Sturt"/"Strut" is 1); or
- the surnames are equal and the first names differ by such a slip ("Racheal"/"Rachael").
Different first names with one surname ("Gareth Roberts", "Stephanie Bibby Roberts")
are different people and are never merged.

Compared: the attendance lists with each other and with names in the running text
(two or three capitalised words); across the documents checked together, the
attendance lists of each with the others (reported once per pair of spellings, in the
later document); and, with a roster, every name with the roster's names and aliases
(the roster's spelling is taken as right).

Bad:

    Apologies
    - Claudia Sturt (CS) - CEO, YJB
    Item 1
    Claudia Strut presented the report.

Good:

    Apologies
    - Claudia Sturt (CS) - CEO, YJB
    Item 1
    Claudia Sturt presented the report.

Options: none.)doc"};
    return i;
}

void NamesInconsistentSpellingRule::check(const Document& doc, const RuleContext& ctx,
                                          Reporter& out) const {
    std::vector<names::PersonName> roster_names;  // the roster's canonical names, parsed once
    for (const RosterPerson& r : ctx.config.roster)
        roster_names.push_back(names::parse_name(r.name));
    const Occurrences found = occurrences(doc);
    const std::vector<Occurrence>& all = found.all;
    const std::set<std::string> roster = roster_spellings(ctx.config);
    std::set<std::string> reported;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Occurrence& o = all[i];
        if (!o.listed && is_listed_spelling(o, all)) continue;
        // The spelling is made only when a set is asked about it: without a roster and before
        // a first report, none is.
        std::optional<std::string> spelling_made;
        auto spelling = [&]() -> const std::string& {
            if (!spelling_made) spelling_made = o.name->spelling();
            return *spelling_made;
        };
        auto in = [&](const std::set<std::string>& set) {
            return !set.empty() && set.contains(spelling());
        };
        // Against the roster: its spelling is right.
        if (!roster_names.empty() && !roster.contains(spelling())) {
            for (std::size_t r = 0; r < roster_names.size(); ++r)
                if (one_person_two_ways(*o.name, roster_names[r]) &&
                    reported.insert(spelling()).second) {
                    out.report(doc, *o.origin,
                               "'" + std::string(o.written) + "' is written '" +
                                   ctx.config.roster[r].name + "' in the roster");
                    break;
                }
        }
        if (in(reported)) continue;
        // Against the names written before it in this document.
        for (std::size_t j = 0; j < i; ++j) {
            const Occurrence& e = all[j];
            if (!e.listed && !o.listed) continue;  // two text windows: too weak to tell
            if (in(roster) && roster.contains(e.name->spelling())) continue;
            if (!one_person_two_ways(*o.name, *e.name) || !reported.insert(spelling()).second)
                continue;
            out.report(doc, *o.origin,
                       "'" + std::string(o.written) + "' and '" + std::string(e.written) + "'" +
                           where(doc, *e.origin) + " look like one person written two ways");
            break;
        }
    }
}

void NamesInconsistentSpellingRule::check_set(const RuleContext& ctx, Reporter& out) const {
    const std::set<std::string> roster = roster_spellings(ctx.config);
    // The first place each spelling is listed, blocked by the first letter of the surname: a
    // slip keeps it, and an archive is compared in near-linear time. A spelling is listed once:
    // its block holds it if it was seen (one spelling, one surname).
    struct Seen {
        const names::PersonName* name;  ///< the document's listed name
        std::string spelling;
        const Document* doc;
        const Person* person;
    };
    std::map<char, std::vector<Seen>> blocks;
    std::set<std::pair<std::string, std::string>> reported;
    for (const Document& doc : ctx.documents) {
        const names::ListedNames& names_of = names::listed_names(doc);
        for (std::size_t i = 0; i < names_of.people().size(); ++i) {
            const ListedPerson& lp = names_of.people()[i];
            const names::PersonName& parsed = names_of.name(i);
            if (parsed.empty()) continue;
            std::string spelling = parsed.spelling();
            std::vector<Seen>& block = blocks[parsed.surname().front()];
            for (const Seen& other : block) {
                if (other.doc == &doc) continue;  // compared with earlier documents only
                const std::string& other_spelling = other.spelling;
                if (roster.contains(spelling) && roster.contains(other_spelling)) continue;
                if (!one_person_two_ways(parsed, *other.name)) continue;
                if (!reported
                         .emplace(std::min(spelling, other_spelling),
                                  std::max(spelling, other_spelling))
                         .second)
                    continue;
                out.report(doc, lp.person->origin,
                           "'" + lp.person->name + "' is written '" + other.person->name + "' in " +
                               other.doc->path + where(*other.doc, other.person->origin));
                break;
            }
            if (std::none_of(block.begin(), block.end(),
                             [&](const Seen& s) { return s.spelling == spelling; }))
                block.push_back({&parsed, std::move(spelling), &doc, lp.person});
        }
    }
}

}  // namespace mtk::validators
