#include "rules/text_web_boilerplate.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <stdexcept>

#include "mtk/ascii.hpp"
#include "names/fold.hpp"
#include "text/document_text.hpp"
#include "text/words.hpp"

namespace mtk::validators {
namespace {

// Phrases of web page furniture, folded. A text that contains one is page chrome, not minutes.
constexpr std::string_view kPhrases[] = {
    "skip to main content",      "skip to content", "back to table of contents",
    "back to contents",          "back to top",     "accept all cookies",
    "reject all cookies",        "we use cookies",  "cookie settings",
    "share this page",           "print this page", "was this page helpful",
    "sign up to our newsletter", "you are here:"};
// Texts that are furniture when they stand alone.
constexpr std::string_view kAlone[] = {"home", "menu", "search", "main navigation", "breadcrumb"};

// The words of an ASCII text, folded, one space apart, in one pass: its words are its runs
// of letters and digits, and folding is lower-casing.
std::string normalised(std::string_view s) {
    std::string out;
    bool gap = false;
    for (char c : s) {
        const bool upper = c >= 'A' && c <= 'Z';
        if (!upper && !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) {
            gap = true;
            continue;
        }
        if (gap && !out.empty()) out += ' ';
        gap = false;
        out += upper ? char(c - 'A' + 'a') : c;
    }
    return out;
}

// The words of another text's folded form, one space apart.
std::string joined(std::span<const text::Word> words) {
    std::string out;
    for (const text::Word& w : words) out += (out.empty() ? "" : " ") + std::string(w.text);
    return out;
}

// A letter's number in the alphabet, in any case; 63 for another byte, which no mask below
// has a bit for.
constexpr auto kLetterNumbers = [] {
    std::array<unsigned char, 256> t{};
    for (int c = 0; c < 256; ++c)
        t[std::size_t(c)] = c >= 'a' && c <= 'z'   ? (unsigned char)(c - 'a')
                            : c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A')
                                                   : 63;
    return t;
}();
unsigned letter_number(char c) {
    return kLetterNumbers[static_cast<unsigned char>(c)];
}

// A quick test on the words of a normalised text (an ASCII text's words as split_words gives
// them, which normalised() only lower-cases and joins, or a folded text's): false when the text
// cannot match, so that most texts are never normalised. In the normalised text, a phrase's last
// two words ("all cookies") are a word whose end is the first (or all of it, for a phrase of three
// words or more) and a word that starts with the second; a text standing alone has one or two
// words, the first a standalone text's; a text ending in "logo" ends with that word.
class WordPrefilter {
  public:
    WordPrefilter() {
        for (std::string_view p : kPhrases) {
            // The phrases are lower-case words one space apart (a colon may end the last), two
            // words or more.
            const std::size_t last = p.find_last_of(' ');
            const std::size_t before = p.find_last_of(' ', last - 1);
            const bool whole = before != std::string_view::npos;
            const std::size_t from = whole ? before + 1 : 0;
            const Pair pair{p.substr(from, last - from), trimmed(p.substr(last + 1))};
            if (whole) {
                if (pair.first.size() < 2)
                    throw std::logic_error("WordPrefilter: a first word of two letters or more");
                const std::size_t length = std::min(pair.first.size(), kLengths - 1);
                const char a = pair.first[0], b = pair.first[1];
                for (const char x : {a, char(a - 'a' + 'A')})
                    for (const char y : {b, char(b - 'a' + 'A')})
                        lengths_by_start_[start_of(std::array{x, y}.data())] |=
                            std::uint16_t(1u << length);
                whole_by_length_[length].push_back(pair);
            } else {
                last_letters_ |= std::uint64_t{1} << letter_number(pair.first.back());
                shortest_end_ = std::min(shortest_end_, pair.first.size());
                ends_.push_back(pair);
            }
        }
        for (std::string_view a : kAlone) alone_.push_back(a.substr(0, a.find(' ')));
    }

    /// False when the text normalised to these words (in any case) cannot contain furniture.
    bool may_match(std::span<const text::Word> words) const {
        const std::size_t n = words.size();
        if (n == 0) return false;
        if (n <= 8 && ascii::iequals(words.back().text, "logo")) return true;
        if (n <= 2 && std::any_of(alone_.begin(), alone_.end(), [&](std::string_view a) {
                return ascii::iequals(words.front().text, a);
            }))
            return true;
        auto starts = [](std::string_view next, const Pair& p) {
            return ascii::iequals(next.substr(0, p.second.size()), p.second);
        };
        for (std::size_t i = 0; i + 1 < n; ++i) {
            // Most words fail on their first two letters and length, and on their last letter.
            const std::string_view w = words[i].text;
            const std::size_t length = std::min(w.size(), kLengths - 1);
            if (length >= 2 && (lengths_by_start_[start_of(w.data())] >> length & 1) != 0)
                for (const Pair& p : whole_by_length_[length])
                    if (ascii::iequals(w, p.first) && starts(words[i + 1].text, p)) return true;
            if (w.size() >= shortest_end_ && (last_letters_ >> letter_number(w.back()) & 1))
                for (const Pair& p : ends_)
                    if (ascii::iends_with(w, p.first) && starts(words[i + 1].text, p)) return true;
        }
        return false;
    }

  private:
    struct Pair {
        std::string_view first;  ///< the phrase's last word but one
        std::string_view second;
    };
    static constexpr std::size_t kLengths = 16;

    // "you are here:" normalises to "you are here".
    static std::string_view trimmed(std::string_view w) {
        while (!w.empty() && letter_number(w.back()) == 63) w.remove_suffix(1);
        return w;
    }
    // The first two bytes of a word as a number, the first byte low.
    static std::size_t start_of(const char* w) {
        return std::size_t(static_cast<unsigned char>(w[0])) |
               std::size_t(static_cast<unsigned char>(w[1])) << 8;
    }

    /// The pairs whose first word is a whole word of the text, by its length (the last entry:
    /// that length or more).
    std::array<std::vector<Pair>, kLengths> whole_by_length_;
    /// By the first two bytes of a word (start_of): bit n set when one of those first words
    /// of length n as above starts so, in any case.
    std::vector<std::uint16_t> lengths_by_start_ = std::vector<std::uint16_t>(256 * 256);
    /// The pairs whose first word may end a word of the text (a phrase of two words).
    std::vector<Pair> ends_;
    /// Bit c set when one of those first words ends with 'a' + c.
    std::uint64_t last_letters_ = 0;
    std::size_t shortest_end_ = std::string_view::npos;  ///< of those first words
    std::vector<std::string_view> alone_;                ///< the standalone texts' first words
};

}  // namespace

const RuleInfo& TextWebBoilerplateRule::info() const {
    static const RuleInfo i{
        "text/web-boilerplate", Severity::warning,
        "Web page furniture (skip links, logos, back-to-contents links, cookie text) is left in "
        "the minutes.",
        R"doc(Web page furniture (skip links, logos, back-to-contents links, cookie text) is left in the minutes.

Why: minutes copied from a web page bring the page's chrome with them: "Skip to main
content", "Mayor of London logo", "Home", "Back to table of contents", cookie banners.
It is not part of the record, and it ends up in headings and paragraphs where it
confuses readers and tools. Converters drop what they recognise; this rule reports what
is left. Looked for: known phrases anywhere in a text, words such as "Home" or "Menu"
standing alone, and a short text (eight words or fewer) that ends in "logo".

Bad:

    Skip to main content
    Mayor of London logo London Assembly logo
    London Crime Reduction Board meeting minutes - 24 January 2022

Good:

    London Crime Reduction Board meeting minutes - 24 January 2022

Options: none.)doc"};
    return i;
}

void TextWebBoilerplateRule::check(const Document& doc, const RuleContext&, Reporter& out) const {
    static const std::vector<std::string> phrases = [] {
        std::vector<std::string> v;
        for (std::string_view p : kPhrases) v.push_back(normalised(p));
        return v;
    }();
    static const WordPrefilter prefilter;
    const text::DocumentText& doc_text = text::text_of(doc);
    for (std::size_t r = 0; r < doc_text.runs.size(); ++r) {
        const text::TextRun& run = doc_text.runs[r];
        // The words of the normalised text: an ASCII text's are its own, lower-cased.
        std::span<const text::Word> words = doc_text.words[r];
        std::string folded;
        std::vector<text::Word> folded_words;
        if (!run.ascii) {
            folded = names::fold(run.text);
            folded_words = text::split_words(folded);
            words = folded_words;
        }
        if (!prefilter.may_match(words)) continue;
        const std::string t = run.ascii ? normalised(run.text) : joined(words);
        std::string found;
        for (const std::string& p : phrases)
            if (t.find(p) != std::string::npos) found = p;
        for (std::string_view a : kAlone)
            if (t == a) found = std::string(a);
        // Eight words or fewer ending in "logo" (t has its words one space apart).
        if (found.empty() && (t == "logo" || t.ends_with(" logo")) &&
            std::count(t.begin(), t.end(), ' ') <= 7)
            found = "logo";
        if (!found.empty())
            out.report(doc, *run.origin,
                       "web page furniture left in the text: '" + std::string(run.text) + "'");
    }
}

}  // namespace mtk::validators
