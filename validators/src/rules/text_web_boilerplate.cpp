#include "rules/text_web_boilerplate.hpp"

#include <algorithm>
#include <array>

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

// The words of the text, folded, one space apart. ASCII (most text) in one pass: its words
// are its runs of letters and digits, and folding is lower-casing.
std::string normalised(std::string_view s) {
    if (names::is_ascii(s)) {
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
    const std::string folded = names::fold(s);
    std::string out;
    for (const text::Word& w : text::split_words(folded))
        out += (out.empty() ? "" : " ") + std::string(w.text);
    return out;
}

// Whether an ASCII text can match at all, by one pass over it: every phrase and standalone
// text has a longest word (and the logo test needs "logo"), and normalising keeps a word's
// letters together, so a text that matches contains that word in some case. Most texts do
// not, and are not normalised.
class Prefilter {
  public:
    Prefilter() {
        auto add = [&](std::string_view text) {
            std::string_view longest;
            std::size_t start = 0;
            while (start < text.size()) {
                std::size_t end = start;
                while (end < text.size() && text[end] >= 'a' && text[end] <= 'z') ++end;
                if (end - start > longest.size()) longest = text.substr(start, end - start);
                start = end + 1;
            }
            by_initial_[std::size_t(longest.front() - 'a')].push_back(longest);
        };
        for (std::string_view p : kPhrases) add(p);
        for (std::string_view a : kAlone) add(a);
        add("logo");
    }

    bool may_match(std::string_view s) const {
        if (!names::is_ascii(s)) return true;  // folding may make letters of other text
        for (std::size_t i = 0; i < s.size(); ++i) {
            const char c = lower(s[i]);
            if (c < 'a' || c > 'z') continue;
            for (std::string_view key : by_initial_[std::size_t(c - 'a')])
                if (key.size() <= s.size() - i &&
                    std::equal(key.begin() + 1, key.end(), s.begin() + std::ptrdiff_t(i) + 1,
                               [](char k, char t) { return k == lower(t); }))
                    return true;
        }
        return false;
    }

  private:
    static char lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }
    std::array<std::vector<std::string_view>, 26> by_initial_;
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
    static const Prefilter prefilter;
    for (const text::TextRun& run : text::text_of(doc).runs) {
        if (!prefilter.may_match(run.text)) continue;
        const std::string t = normalised(run.text);
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
            out.report(doc, *run.origin, "web page furniture left in the text: '" + run.text + "'");
    }
}

}  // namespace mtk::validators
