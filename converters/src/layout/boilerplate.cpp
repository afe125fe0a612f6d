#include "layout/boilerplate.hpp"

#include <array>

#include "layout/text_util.hpp"

namespace mtk::converters::layout {
namespace {

// The line's last letter or digit is known without may_end_with's walk, and no "logo" ends
// there: the line ends in a letter or digit, or in one and a full stop, that is no 'o'.
bool cannot_end_in_logo(std::string_view s) {
    std::size_t e = s.size();
    if (e > 0 && s[e - 1] == '.') --e;
    return e > 0 && is_ascii_alnum(s[e - 1]) && (s[e - 1] | 0x20) != 'o';
}

}  // namespace

bool is_boilerplate(std::string_view raw) {
    // the first words of the phrases below; the other rule is a trailing "logo"
    static constexpr WordList kFirstWords({"skip", "home", "menu", "search", "back", "key", "print",
                                           "share", "main", "you", "breadcrumb", "toggle", "return",
                                           "we", "this", "publication"});
    // Every line is asked: most start with a letter no first word has and end in a plain letter,
    // which rules them out at a glance; a line that ends so is not asked for its "logo" again.
    const bool no_logo = cannot_end_in_logo(raw);
    if (!may_start_with_word(raw, kFirstWords, ".|>") &&
        (no_logo || !may_end_with(raw, "logo", ".|>")))
        return false;
    const std::string l = lowercase(strip_chars(collapse_ws(raw), " .|>"));
    static constexpr std::string_view exact[] = {"skip to main content",
                                                 "skip to content",
                                                 "skip to navigation",
                                                 "home",
                                                 "menu",
                                                 "search",
                                                 "back to top",
                                                 "back to table of contents",
                                                 "key information",
                                                 "print",
                                                 "share",
                                                 "share this page",
                                                 "print this page",
                                                 "main navigation",
                                                 "you are here",
                                                 "breadcrumb",
                                                 "toggle navigation",
                                                 "return to top"};
    for (std::string_view e : exact)
        if (l == e) return true;
    if (l.starts_with("publication date") && l.find_first_of("0123456789") == std::string::npos)
        return true;
    if (l.starts_with("we use cookies") || l.starts_with("this website uses cookies")) return true;
    // "Mayor of London logo London Assembly logo"
    // (l is collapsed: its last word is "logo" when it is or ends with " logo")
    return (l == "logo" || l.ends_with(" logo")) && at_most_words(l, 12);
}

std::string publication_type(std::string_view text) {
    static constexpr WordList kFirstWord({"publication"});
    if (!may_start_with_word(text, kFirstWord)) return {};
    const std::string t = collapse_ws(text);
    if (!istarts_with(t, "publication type:")) return {};
    return std::string(trim(std::string_view(t).substr(17)));
}

}  // namespace mtk::converters::layout
