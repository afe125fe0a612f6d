#include "rules/text_glued_acronym.hpp"

#include <algorithm>
#include <set>

#include "names/acronyms.hpp"
#include "names/listed_names.hpp"
#include "text/document_text.hpp"
#include "text/words.hpp"

namespace mtk::validators {

const RuleInfo& TextGluedAcronymRule::info() const {
    static const RuleInfo i{
        "text/glued-acronym", Severity::warning,
        "A word starts with a known acronym glued to lower-case letters, as a find-and-replace "
        "leaves it.",
        R"doc(A word starts with a known acronym glued to lower-case letters, as a find-and-replace leaves it.

Why: replacing "Met" by "MPS" across a document also rewrites every word that contains
"Met": "Metropolitan" becomes "MPSropolitan". Such words read as typing errors in the
published record. A word is flagged when it starts with three capitals or more that the
document also writes as a word of their own (in its text, roles or organisations) and uses as an acronym (see
names/undefined-initials for how acronyms are recognised), followed by two lower-case
letters or more. Each such word is reported once per document. Plurals ("LAs", "BCUs")
and product names ("JBoss", "OAuth", "PRNewswire" where PRN is not written alone) are not
flagged.

Bad:

    It was noted that the MPSropolitan Police had taken positive steps.

Good:

    It was noted that the Metropolitan Police had taken positive steps.

Options: none.)doc"};
    return i;
}

void TextGluedAcronymRule::check_set(const RuleContext& ctx, Reporter& out) const {
    // The set's acronyms are gathered once (per document they would cost the set's size
    // each), and only when a token needs them.
    names::SetAcronyms acronyms(ctx);
    for (const Document& doc : ctx.documents) check_document(doc, acronyms, out);
}

void TextGluedAcronymRule::check_document(const Document& doc, names::SetAcronyms& acronyms,
                                          Reporter& out) const {
    const text::DocumentText& doc_text = text::text_of(doc);
    // Words that start with three capitals or more followed by two lower-case letters or
    // more, in document order: few documents have any, and only those need the rest.
    struct Glued {
        std::string_view word, acronym;
        const Origin* where;
    };
    std::vector<Glued> glued;
    const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    const auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
    // Most words fail on their length or first three bytes: a search by a plain predicate.
    const auto may_be_glued = [&](const text::Word& w) {
        return w.text.size() >= 5 && upper(w.text[0]) && upper(w.text[1]) && upper(w.text[2]);
    };
    for (std::size_t r = 0; r < doc_text.runs.size(); ++r) {
        const std::span<const text::Word> words = doc_text.words[r];
        for (auto at = std::find_if(words.begin(), words.end(), may_be_glued); at != words.end();
             at = std::find_if(at + 1, words.end(), may_be_glued)) {
            const std::string_view w = at->text;
            const std::size_t caps =
                std::size_t(std::find_if_not(w.begin(), w.end(), upper) - w.begin());
            const std::string_view rest = w.substr(caps);
            if (caps >= 3 && rest.size() >= 2 && std::all_of(rest.begin(), rest.end(), lower))
                glued.push_back({w, w.substr(0, caps), doc_text.runs[r].origin});
        }
    }
    if (glued.empty()) return;
    // Acronyms the document itself writes as words: a product name such as "JBoss" or
    // "OAuth" does not start with one.
    std::set<std::string, std::less<>> standalone;
    auto add_words = [&](std::span<const text::Word> words) {
        for (const text::Word& w : words)
            if (w.text.size() >= 3 && text::is_capitals(w.text)) standalone.emplace(w.text);
    };
    add_words(doc_text.all_words);
    for (const ListedPerson& lp : names::listed_names(doc).people()) {
        add_words(text::split_words(lp.person->role));
        add_words(text::split_words(lp.person->organisation));
    }
    std::set<std::string, std::less<>> reported;
    for (const Glued& g : glued) {
        if (!standalone.contains(g.acronym) || !acronyms.known(g.acronym)) continue;
        if (!reported.emplace(g.word).second) continue;
        out.report(doc, *g.where,
                   "'" + std::string(g.word) + "' is the acronym '" + std::string(g.acronym) +
                       "' glued to '" + std::string(g.word.substr(g.acronym.size())) +
                       "': a find-and-replace may have mangled a word");
    }
}

}  // namespace mtk::validators
