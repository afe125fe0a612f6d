#include "rules/text_web_boilerplate.hpp"

#include <algorithm>

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

// A text can match only if it contains the longest word of a phrase or standalone text (or
// "logo") in some case: normalising keeps a word's letters together. Most texts do not, and
// are not normalised.
text::KeywordScan longest_words() {
    std::vector<std::string_view> keys;
    auto add = [&](std::string_view text) {
        std::string_view longest;
        std::size_t start = 0;
        while (start < text.size()) {
            std::size_t end = start;
            while (end < text.size() && text[end] >= 'a' && text[end] <= 'z') ++end;
            if (end - start > longest.size()) longest = text.substr(start, end - start);
            start = end + 1;
        }
        keys.push_back(longest);
    };
    for (std::string_view p : kPhrases) add(p);
    for (std::string_view a : kAlone) add(a);
    add("logo");
    return text::KeywordScan(keys);
}

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
    static const text::KeywordScan prefilter = longest_words();
    for (const text::TextRun& run : text::text_of(doc).runs) {
        if (!prefilter.may_contain(run.text, run.ascii)) continue;
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
            out.report(doc, *run.origin,
                       "web page furniture left in the text: '" + std::string(run.text) + "'");
    }
}

}  // namespace mtk::validators
