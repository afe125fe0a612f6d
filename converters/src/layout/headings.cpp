#include "layout/headings.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "layout/text_util.hpp"

namespace mtk::converters::layout {
namespace {

template <std::size_t N, std::size_t K>
bool vocabulary_label(const std::vector<std::string_view>& ws, const WordList<N>& vocab,
                      const WordList<K>& keys) {
    if (ws.empty()) return false;
    bool key = false;
    for (std::string_view w : ws) {
        const bool is_key = keys.contains(w);
        if (!is_key && !vocab.contains(w)) return false;
        key |= is_key;
    }
    return key;
}

// The bytes of a label's words: ASCII letters and digits, '-', '&' and every non-ASCII byte (a
// table: every byte of a line's first word is asked).
constexpr std::array<bool, 256> kLabelChars = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 256; ++c)
        t[std::size_t(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '&' || c >= 0x80;
    return t;
}();

bool is_label_char(char c) {
    return kLabelChars[static_cast<unsigned char>(c)];
}

// True when the first word label_words gives is in one of the lists. Most lines are prose,
// which their first word rules out before every word of the paragraph is built.
template <std::size_t N, std::size_t K>
bool first_word_in(std::string_view label, const WordList<N>& vocab, const WordList<K>& keys) {
    std::size_t begin = 0;
    while (begin < label.size() && !is_label_char(label[begin])) ++begin;
    std::size_t end = begin;
    while (end < label.size() && is_label_char(label[end])) ++end;
    const std::string_view w = label.substr(begin, end - begin);
    return !w.empty() && (vocab.contains(w) || keys.contains(w));
}

bool is_digits(std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
bool all_upper_letters(std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}
bool all_lower_letters(std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// A minute reference: "23/45", "F/34/04" (a committee letter, minute and year). Returns its
// length, 0 when none.
std::size_t minute_reference(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && i < 3 && s[i] >= 'A' && s[i] <= 'Z') ++i;
    const bool lettered = i > 0;
    if (lettered && (i >= s.size() || s[i] != '/')) return 0;
    if (lettered) ++i;
    int groups = 0;
    for (;;) {
        const std::size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        if (i == start || i - start > 4) return 0;
        ++groups;
        if (i < s.size() && s[i] == '/' && groups < 2) {
            ++i;
            continue;
        }
        break;
    }
    if (groups < (lettered ? 1 : 2) || (i < s.size() && s[i] != ' ')) return 0;
    return i;
}

// A number token at the start of `s`: digits with dotted or lettered parts ("2", "2.a",
// "2.1.3", "12a"), or a minute reference ("23/45", "F/34/04"). Returns its length, 0 when
// none.
std::size_t number_token(std::string_view s) {
    if (const std::size_t m = minute_reference(s)) return m;
    std::size_t i = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    if (i == 0 || i > 4) return 0;
    if (i < s.size() && s[i] == '/') return 0;
    if (i < s.size() && s[i] >= 'a' && s[i] <= 'z' &&
        (i + 1 == s.size() || s[i + 1] == ' ' || s[i + 1] == '.' || s[i + 1] == ')'))
        return i + 1;  // "12a"
    while (i + 1 < s.size() && s[i] == '.') {
        std::size_t j = i + 1;
        if (s[j] >= '0' && s[j] <= '9') {
            while (j < s.size() && s[j] >= '0' && s[j] <= '9' && j - i <= 3) ++j;
        } else if (s[j] >= 'a' && s[j] <= 'z' &&
                   (j + 1 == s.size() || !(s[j + 1] >= 'a' && s[j + 1] <= 'z'))) {
            ++j;
        } else {
            break;
        }
        i = j;
    }
    return i;
}

// After a number: a separator and the title. `strict` wants a real separator (".", ")",
// ":", " - "); otherwise a plain space is enough (dotted numbers, "Item 3 Title").
std::optional<std::string_view> title_after(std::string_view rest, bool strict) {
    if (rest.empty()) return std::string_view();
    std::string_view r = rest;
    bool sep = false;
    if (r[0] == '.' || r[0] == ')' || r[0] == ':') {
        r.remove_prefix(1);
        sep = true;
        if (!r.empty() && r[0] != ' ' && r[0] != '\t') return std::nullopt;  // "2.5m", "3:30"
    }
    r = trim(r);
    // (the dashes start with '-' or the lead byte of U+2013 and U+2014)
    if (!r.empty() && (r[0] == '-' || r[0] == '\xE2'))
        for (std::string_view d : {"- ", "\u2013 ", "\u2014 ", "-\t"})
            if (r.starts_with(d)) {
                r = trim(r.substr(d.size()));
                sep = true;
                break;
            }
    if (r.empty() && sep) return std::string_view();
    if (!sep && (strict || rest[0] != ' ')) return std::nullopt;
    return r;
}

// A necessary condition for parse_numbered_heading to find a number without prefix: the
// text starts with a digit or "(", or with a letter and ".", ")" or "/" within the next
// three characters ("A.", "aa)", "F/34/04").
bool may_be_numbered(std::string_view text) {
    const std::string_view t = trim(text);
    if (t.empty()) return false;
    if ((t[0] >= '0' && t[0] <= '9') || t[0] == '(') return true;
    if (!((t[0] >= 'a' && t[0] <= 'z') || (t[0] >= 'A' && t[0] <= 'Z'))) return false;
    for (std::size_t k = 1; k < 4 && k < t.size(); ++k)
        if (t[k] == '.' || t[k] == ')' || t[k] == '/') return true;
    return false;
}

constexpr std::string_view kPrefixes[] = {"agenda item", "agenda no", "item no",
                                          "item",        "minute no", "minute",
                                          "attachment",  "appendix",  "annex"};

}  // namespace

std::vector<std::string_view> label_words(std::string_view label) {
    std::vector<std::string_view> out;
    for (std::size_t i = 0; i < label.size();) {
        if (!is_label_char(label[i])) {
            ++i;
            continue;
        }
        const std::size_t begin = i;
        while (i < label.size() && is_label_char(label[i])) ++i;
        out.push_back(label.substr(begin, i - begin));
    }
    return out;
}

Group attendance_group(std::string_view label) {
    static constexpr WordList vocab(
        {"and",      "the",        "of",       "for",       "in",       "also",      "executive",
         "voting",   "non-voting", "view",     "list",      "not",      "who",       "were",
         "invited",  "others",     "other",    "via",       "remote",   "remotely",  "by",
         "online",   "received",   "call",     "board",     "group",    "committee", "advisors",
         "advisers", "member",     "members",  "directors", "trustees", "governors", "councillors",
         "director", "at",         "meeting",  "this",      "person",   "in-person", "attendance",
         "from",     "none",       "accepted", "noted",     "sent",     "given",     "tendered",
         "leave",    "with"});
    static constexpr WordList keys(
        {"present",      "attending", "attendees", "attendee",    "attendance",
         "participants", "roll",      "members",   "board",       "group",
         "directors",    "trustees",  "governors", "councillors", "apologies",
         "apology",      "regrets",   "absent",    "absence",     "absentees",
         "officers",     "officials", "guests",    "observers",   "staff"});
    // the label is the title after a number without prefix ("3. Present"); a number is looked
    // for only where one can stand, and most lines are then ruled out by their first word
    const std::string_view stripped = strip_colon(label);
    std::optional<NumberedHeading> n;
    if (may_be_numbered(stripped)) n = parse_numbered_heading(stripped);
    const bool titled = n && n->prefix.empty() && !n->title.empty();
    // (stripped again only where a colon is left: it is trimmed already)
    const std::string_view l = titled                    ? strip_colon(n->title)
                               : stripped.ends_with(':') ? strip_colon(stripped)
                                                         : stripped;
    if (!first_word_in(l, vocab, keys)) return Group::none;
    const auto ws = label_words(l);
    if (!vocabulary_label(ws, vocab, keys)) return Group::none;
    auto has = [&](std::string_view w) {
        return std::any_of(ws.begin(), ws.end(), [&](std::string_view x) { return iequals(x, w); });
    };
    const bool presence = has("present") || has("attending") || has("attendees") ||
                          has("attendee") || has("participants") || has("roll") ||
                          (has("attendance") && !has("in"));
    if (!presence && (has("apologies") || has("apology") || has("regrets") || has("absent") ||
                      has("absence") || has("absentees")))
        return Group::apologies;
    if (has("officers") || has("officials") || has("guests") || has("observers") || has("staff") ||
        (has("in") && has("attendance")) ||
        (has("also") && (has("present") || has("attending") || has("attendance"))))
        return Group::in_attendance;
    return Group::present;
}

bool is_minute_taker_label(std::string_view label) {
    if (!may_start_with_one_of(label, "csbmng")) return false;
    const std::string l = lowercase(strip_colon(collapse_ws(label)));
    static constexpr std::string_view kLabels[] = {"clerk",
                                                   "clerk to the council",
                                                   "clerk to the governors",
                                                   "clerk to the board",
                                                   "committee clerk",
                                                   "secretary",
                                                   "company secretary",
                                                   "board secretary",
                                                   "minute taker",
                                                   "minute-taker",
                                                   "minutes taken by",
                                                   "note taker",
                                                   "notes taken by",
                                                   "minute secretary",
                                                   "governance officer",
                                                   "minuting"};
    return std::find(std::begin(kLabels), std::end(kLabels), l) != std::end(kLabels);
}

std::optional<Group> attendance_status(std::string_view cell) {
    if (!may_start_with_one_of(cell, "payirvosnd", ".:;,!*")) return std::nullopt;
    const std::string c = lowercase(strip_chars(collapse_ws(cell), ".:;,!* "));
    static constexpr std::string_view kPresent[] = {"present",
                                                    "attended",
                                                    "attending",
                                                    "yes",
                                                    "in person",
                                                    "remote",
                                                    "remotely",
                                                    "virtual",
                                                    "online",
                                                    "present (remote)",
                                                    "present - remote",
                                                    "present remotely",
                                                    "present virtually",
                                                    "attended remotely",
                                                    "attended virtually"};
    static constexpr std::string_view kApologies[] = {"apologies",
                                                      "apology",
                                                      "apologies received",
                                                      "apologies sent",
                                                      "sent apologies",
                                                      "absent",
                                                      "not present",
                                                      "did not attend",
                                                      "absent with apologies",
                                                      "no",
                                                      "apologies given"};
    auto in = [&](const auto& list) {
        return std::find(std::begin(list), std::end(list), c) != std::end(list);
    };
    if (in(kPresent)) return Group::present;
    if (in(kApologies)) return Group::apologies;
    if (c == "in attendance") return Group::in_attendance;
    return std::nullopt;
}

std::optional<NumberedHeading> parse_numbered_heading(std::string_view text) {
    std::string_view t = trim(text);
    NumberedHeading h;
    // every prefix starts with 'a', 'i' or 'm'
    const char first = t.empty() ? '\0' : char(t[0] | 0x20);
    for (std::string_view p : kPrefixes) {
        if (first != 'a' && first != 'i' && first != 'm') break;
        if (!istarts_with(t, p) || t.size() <= p.size()) continue;
        const char after = t[p.size()];
        if (after != ' ' && after != '.' && after != '\t') continue;
        std::string_view r = trim(t.substr(p.size()));
        if (!r.empty() && r[0] == '.') r = trim(r.substr(1));  // "Item no. 3"
        std::size_t n = number_token(r);
        if (n == 0) {
            // lettered: "Attachment B:", "Appendix AA."
            std::size_t k = 0;
            while (k < r.size() && k < 2 && r[k] >= 'A' && r[k] <= 'Z') ++k;
            if (k > 0 && (k == r.size() || r[k] == ':' || r[k] == '.' || r[k] == ' ')) n = k;
        }
        if (n == 0) continue;
        auto title = title_after(r.substr(n), false);
        if (!title) continue;
        h.prefix = t.substr(0, p.size());
        h.number = r.substr(0, n);
        h.title = *title;
        h.style = is_digits(h.number.substr(0, 1)) ? NumberStyle::digits : NumberStyle::upper_alpha;
        return h;
    }
    std::size_t n = number_token(t);
    if (n > 0) {
        const std::string_view num = t.substr(0, n);
        const bool compound = num.find_first_of("./") != std::string_view::npos || !is_digits(num);
        auto title = title_after(t.substr(n), !compound);
        if (!title) return std::nullopt;
        h.number = num;
        h.title = *title;
        h.style = NumberStyle::digits;
    } else {
        // "A. Title", "AA. Title", "a) title", "(b) Title"
        std::string_view r = t;
        const bool paren = !r.empty() && r[0] == '(';
        if (paren) r.remove_prefix(1);
        std::size_t k = 0;
        while (k < r.size() && k < 2 &&
               ((r[k] >= 'A' && r[k] <= 'Z') || (r[k] >= 'a' && r[k] <= 'z')))
            ++k;
        if (k == 0 || k >= r.size()) return std::nullopt;
        const std::string_view letters = r.substr(0, k);
        if (!(all_upper_letters(letters) || all_lower_letters(letters))) return std::nullopt;
        if (k == 2 && letters[0] != letters[1] && !all_upper_letters(letters)) return std::nullopt;
        const char sep = r[k];
        if (!(sep == ')' || (sep == '.' && !paren))) return std::nullopt;
        if (k + 1 >= r.size() || r[k + 1] != ' ') return std::nullopt;
        h.number = letters;
        h.title = trim(r.substr(k + 1));
        if (h.title.size() >= 2 && h.title[1] == '.' && h.title[0] >= 'A' && h.title[0] <= 'Z')
            return std::nullopt;  // "A. N. Other": initials, not a lettered heading
        h.style = all_upper_letters(letters) ? NumberStyle::upper_alpha : NumberStyle::lower_alpha;
        if (h.title.empty()) return std::nullopt;
    }
    // "2. Item 3 - Title": the item's own number wins over a list counter (a prefix starts with
    // 'a', 'i' or 'm': a title that does not is not read again).
    const std::string_view inner_text = trim(h.title);
    const char inner_first = inner_text.empty() ? '\0' : char(inner_text[0] | 0x20);
    if (inner_first != 'a' && inner_first != 'i' && inner_first != 'm') return h;
    if (auto inner = parse_numbered_heading(h.title);
        inner && !inner->prefix.empty() && !istarts_with(inner->prefix, "attach") &&
        !istarts_with(inner->prefix, "appendix") && !istarts_with(inner->prefix, "annex")) {
        inner->list_number = h.number;
        return inner;
    }
    return h;
}

bool title_like(std::string_view title, std::size_t max_words) {
    const std::string_view t = trim(title);
    if (t.empty()) return false;
    // the ends first: they rule out most sentences before their words are counted
    const char32_t l = last_char(t);
    if (l == '.' || l == '?' || l == ',' || l == ';' || l == ':' || l == '!') return false;
    const char32_t f = first_char(t);
    if (!(is_upper(f) || is_digit(f) || f == '"' || f == '\'' || f == U'\u2018' || f == U'\u201C'))
        return false;
    if (!at_most_words(t, max_words) || char_count(t) > 120) return false;
    for (std::string_view stop : {". ", "? ", "! "})
        if (t.find(stop) != std::string_view::npos) {
            // "St. Albans" or "Mr. Smith" are not sentence breaks; two sentences are.
            const std::size_t p = t.find(stop);
            if (p >= 3 && is_lower(last_char(t.substr(0, p)))) return false;
        }
    return true;
}

bool is_actions_label(std::string_view label) {
    static constexpr WordList vocab(
        {"items",   "item",   "points",  "point", "review",  "outstanding", "previous",
         "open",    "new",    "of",      "from",  "the",     "last",        "meeting",
         "arising", "log",    "tracker", "and",   "summary", "list",        "agreed",
         "status",  "update", "updates", "taken", "board"});
    static constexpr WordList keys({"action", "actions", "ais", "ai"});
    return first_word_in(strip_colon(label), vocab, keys) &&
           vocabulary_label(label_words(strip_colon(label)), vocab, keys);
}

bool is_next_meeting_label(std::string_view label) {
    static constexpr WordList kFirstWords({"date", "dates", "date,", "next", "future", "time"});
    if (!may_start_with_word(label, kFirstWords, ":")) return false;
    const std::string l = lowercase(collapse_ws(strip_colon(label)));
    if (!at_most_words(l, 9)) return false;
    for (std::string_view p :
         {"date of next", "dates of next", "date of the next", "dates of the next", "next meeting",
          "dates of future", "future meeting", "date and time of next", "time and date of next",
          "date, time and place of next"})
        if (l.starts_with(p)) return true;
    return false;
}

bool is_contents_label(std::string_view label) {
    static constexpr WordList kFirstWords({"contents", "table", "on", "in"});
    if (!may_start_with_word(label, kFirstWords, ":")) return false;
    const std::string l = lowercase(collapse_ws(strip_colon(label)));
    return l == "contents" || l == "table of contents" || l == "on this page" ||
           l == "in this document";
}

bool is_appendix_label(std::string_view label) {
    static constexpr WordList kWords({"attachments", "appendices", "annexes", "appendix", "annex"});
    if (!may_start_with_one_of(label, "a") || !may_start_with_word(label, kWords, ":"))
        return false;
    const std::string l = lowercase(collapse_ws(strip_colon(label)));
    return l == "attachments" || l == "appendices" || l == "annexes" || l == "appendix" ||
           l == "annex";
}

bool is_structure_heading(std::string_view label) {
    static constexpr WordList vocab({"agenda", "the", "of", "meeting"});
    static constexpr WordList keys({"items", "minutes", "diagnostics"});
    if (!first_word_in(strip_colon(label), vocab, keys)) return false;
    const auto ws = label_words(strip_colon(label));
    // a lone "Minutes" heading may head the body as an item of its own (R Markdown notes)
    return vocabulary_label(ws, vocab, keys) && !(ws.size() == 1 && iequals(ws[0], "minutes"));
}

bool is_summary_label(std::string_view label) {
    static constexpr WordList vocab({"summary", "of", "the", "new", "and", "items", "item"});
    static constexpr WordList keys(
        {"action", "actions", "resolutions", "resolution", "decisions", "decision"});
    if (!first_word_in(strip_colon(label), vocab, keys)) return false;
    const auto ws = label_words(strip_colon(label));
    return vocabulary_label(ws, vocab, keys) &&
           (iequals(ws.front(), "summary") || iequals(ws.back(), "summary"));
}

bool is_doc_type_label(std::string_view label) {
    static constexpr WordList vocab({"of", "the", "public", "draft", "approved", "unconfirmed",
                                     "confirmed", "final", "and", "meeting", "&", "a", "official",
                                     "signed"});
    static constexpr WordList keys({"minutes", "record", "notes", "minute", "proceedings"});
    return first_word_in(label, vocab, keys) && vocabulary_label(label_words(label), vocab, keys);
}

}  // namespace mtk::converters::layout
