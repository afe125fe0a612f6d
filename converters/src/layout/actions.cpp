#include "layout/actions.hpp"

#include <algorithm>
#include <array>
#include <span>
#include <vector>

#include "layout/dates.hpp"
#include "layout/letter_search.hpp"
#include "layout/people.hpp"
#include "layout/text_util.hpp"

namespace mtk::converters::layout {
namespace {

constexpr std::string_view kGenericSubjects[] = {
    "all",    "everyone", "members", "partners", "we",     "they", "it",     "this",
    "there",  "he",       "she",     "each",     "any",    "no",   "nobody", "someone",
    "action", "actions",  "a",       "an",       "report", "i",    "you",    "these"};

// A task-list box before an action ("- [ ] Bruno to ...", "- [x] Dana to ..."), as GitHub
// and most markdown editors write action items: its length with the space after it, or 0.
std::size_t task_box(std::string_view t) {
    return (t.starts_with("[ ] ") || t.starts_with("[x] ") || t.starts_with("[X] ")) ? 4 : 0;
}

// "@alice-nguyen": a handle, as chat and code-hosting tools name people.
bool handle_word(std::string_view w) {
    if (w.size() < 2 || w[0] != '@') return false;
    return std::all_of(w.begin() + 1, w.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '-' || c == '_' || c == '.';
    });
}

// One owner word: "Alan", "Alan/Mandy", "JR", "MDA/JT", "O'Brien", "Met", "@alice".
bool owner_word(std::string_view w) {
    if (w.empty()) return false;
    if (handle_word(w)) return true;
    std::size_t start = 0;
    while (start <= w.size()) {
        std::size_t slash = w.find('/', start);
        if (slash == std::string_view::npos) slash = w.size();
        const std::string_view part = w.substr(start, slash - start);
        if (!(is_capitalised_word(part) || initials_shape(part) || is_upper_word(part, 8)))
            return false;
        start = slash + 1;
    }
    return true;
}

// The first words of a text (as words() splits it), as many as an owner and the cue after it
// are read from: owner_run reads nine at most, the verb after its run two more.
using LeadWords = std::array<std::string_view, 12>;

std::span<const std::string_view> lead_words(std::string_view s, LeadWords& buffer) {
    std::size_t n = 0;
    for (std::size_t at = 0; n < buffer.size(); ++n) {
        buffer[n] = next_word(s, at);
        if (buffer[n].empty()) break;
    }
    return {buffer.data(), n};
}

// The run of owner words at the start of `ws` ("Cupid and John", "The Board"); its word count.
std::size_t owner_run(std::span<const std::string_view> ws) {
    std::size_t i = 0;
    if (!ws.empty() && (ws[0] == "The" || ws[0] == "the") && ws.size() > 1 && owner_word(ws[1]))
        i = 1;
    std::size_t last_good = 0;
    while (i < ws.size() && i < 8) {
        std::string_view w = ws[i];
        const bool comma = !w.empty() && w.back() == ',';
        const bool colon = !w.empty() && w.back() == ':';
        if (comma || colon) w.remove_suffix(1);
        // "The Director of Finance", "Head of Planning": a position named by its remit
        if ((w == "of" || w == "for") && last_good == i && i > 0 && is_role_word(ws[i - 1]) &&
            i + 1 < ws.size() && owner_word(ws[i + 1])) {
            ++i;
            continue;
        }
        if (owner_word(w) || is_honorific(w)) {
            // "Cllr Peter Brown", "Sian Evans": the words of one name
            last_good = i + 1;
            ++i;
            if (colon) break;
            if (comma) continue;
            if (i < ws.size() && (ws[i] == "and" || ws[i] == "&")) {
                ++i;
                continue;
            }
            continue;
        }
        break;
    }
    if (last_good == 0) return 0;
    // (the words are compared without regard to case: no lower-case copy)
    const std::string_view first = strip_chars(ws[0], ",:");
    if (std::any_of(std::begin(kGenericSubjects), std::end(kGenericSubjects),
                    [&](std::string_view g) { return iequals(first, g); }))
        return 0;
    if (month_number(ws[0]) != 0) return 0;
    // "Introduction to IMD", "Development of ...": a noun, not an owner
    if (last_good == 1) {
        for (std::string_view suffix :
             {"tion", "sion", "ment", "ance", "ence", "ing", "ity", "ness", "ure", "ism"})
            if (first.size() > suffix.size() + 2 && iends_with(first, suffix)) return 0;
    }
    return last_good;
}

std::string join(std::span<const std::string_view> ws, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0) out += ' ';
        out += ws[i];
    }
    return std::string(strip_chars(out, ","));
}

// What ends a speaker prefix: a hyphen, an en or an em dash between spaces.
constexpr std::string_view kSpeakerSeparators[] = {" - ", " \u2013 ", " \u2014 "};

// Where `sep` (a mark between two spaces) first starts in `t`, at byte 40 or before (a later
// one does not count: the rest is not searched), or npos. The mark is searched, with the space
// after it, and the space before it checked: a space is too common to search for.
std::size_t separator_at(std::string_view t, std::string_view sep) {
    const std::string_view window = t.substr(0, 40 + sep.size());
    const std::string_view mark = sep.substr(1);
    for (std::size_t q = window.find(mark, 1); q != std::string_view::npos;
         q = window.find(mark, q + 1))
        if (window[q - 1] == ' ') return q - 1;
    return std::string_view::npos;
}

// "XX - rest" / "Name – rest": a speaker prefix. Returns {speaker, rest}.
std::pair<std::string, std::string_view> speaker_prefix(std::string_view t) {
    for (std::string_view sep : kSpeakerSeparators) {
        const std::size_t p = separator_at(t, sep);
        if (p == std::string_view::npos) continue;
        LeadWords buffer;
        const auto ws = lead_words(t.substr(0, p), buffer);
        if (ws.empty() || ws.size() > 4 || owner_run(ws) != ws.size()) continue;
        return {std::string(t.substr(0, p)), trim(t.substr(p + sep.size()))};
    }
    return {{}, t};
}

bool word_at(std::string_view l, std::size_t p, std::string_view w) {
    // whole word: no ASCII letter on either side
    if (l.compare(p, w.size(), w) != 0) return false;
    const bool left = p == 0 || !((l[p - 1] >= 'a' && l[p - 1] <= 'z'));
    const std::size_t e = p + w.size();
    const bool right = e >= l.size() || !((l[e] >= 'a' && l[e] <= 'z'));
    return left && right;
}

// The last word (a run of bytes other than a space) of s[0, at): what words(s.substr(0, at))
// ends with. `at` moves to its start, or to npos when there is none.
std::string_view word_before(std::string_view s, std::size_t& at) {
    std::size_t end = at;
    while (end > 0 && s[end - 1] == ' ') --end;
    std::size_t begin = end;
    while (begin > 0 && s[begin - 1] != ' ') --begin;
    at = begin < end ? begin : std::string_view::npos;
    return s.substr(begin, end - begin);
}

// The owner of a sentence that opens with one and a task ("TB to contact ..."), or empty.
std::string task_owner(std::string_view sentence) {
    LeadWords buffer;
    const auto ws = lead_words(sentence, buffer);
    const std::size_t n = owner_run(ws);
    if (n == 0 || n >= ws.size() || ws[n - 1].back() == ':') return {};
    const std::string_view cue = ws[n];  // (compared without regard to case)
    std::size_t verb = n + 1;
    if ((iequals(cue, "agreed") || iequals(cue, "undertook") || iequals(cue, "is")) &&
        verb < ws.size() && iequals(ws[verb], "to"))
        ++verb;
    else if (!iequals(cue, "to") && !iequals(cue, "will"))
        return {};
    if (verb >= ws.size()) return {};
    const std::string_view v = ws[verb];
    static constexpr std::string_view kNoVerbs[] = {"be",  "the", "a",     "an",  "this", "that",
                                                    "his", "her", "their", "its", "all"};
    if (!(v[0] >= 'a' && v[0] <= 'z') ||
        std::find(std::begin(kNoVerbs), std::end(kNoVerbs), v) != std::end(kNoVerbs))
        return {};
    return join(ws, n);
}

// What `l` (lower case) says of an action, open phrases aside: carried ("carried forward",
// "carried over", "carry forward"), closed ("closed", "done", ... as a word, not after "not ",
// "to be ", "un" or "in"), or else open.
ActionStatus carried_or_closed(std::string_view l) {
    // `w` stands at `p` as a word that closes: not after "not ", "to be ", "un" or "in"
    const auto closes = [&](std::size_t p, std::string_view w) {
        if (!word_at(l, p, w)) return false;
        const std::string_view before = l.substr(0, p);
        return !(before.ends_with("not ") || before.ends_with("yet to be ") ||
                 before.ends_with("to be ") || before.ends_with("un") || before.ends_with("in"));
    };
    // One search for each letter the phrases are found by, rather than one for each phrase:
    // the three carried phrases share "carr", and "closed" and "complete(d)" their 'c'.
    // Carried outweighs closed wherever either stands.
    bool closed = false;
    for (std::size_t p = l.find('c'); p != std::string_view::npos; p = l.find('c', p + 1)) {
        const std::string_view at = l.substr(p);
        if (at.starts_with("carr")) {
            const std::string_view tail = at.substr(4);
            if (tail.starts_with("ied forward") || tail.starts_with("ied over") ||
                tail.starts_with("y forward"))
                return ActionStatus::carried;
        } else if (!closed) {
            closed =
                (at.starts_with("closed") && closes(p, "closed")) ||
                (at.starts_with("complete") && (closes(p, "completed") || closes(p, "complete")));
        }
    }
    if (closed) return ActionStatus::closed;
    for (std::size_t p = l.find('d'); p != std::string_view::npos; p = l.find('d', p + 1))
        if ((l.substr(p).starts_with("done") && closes(p, "done")) ||
            (l.substr(p).starts_with("discharged") && closes(p, "discharged")))
            return ActionStatus::closed;
    // "resolved" by its 'v'
    for (std::size_t p = l.find('v', 5); p != std::string_view::npos; p = l.find('v', p + 1))
        if (l.substr(p - 5).starts_with("resolved") && closes(p - 5, "resolved"))
            return ActionStatus::closed;
    return ActionStatus::open;
}

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> action_sentences(
    std::string_view text, const std::function<bool(std::string_view)>& known) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    // every task reads "<owner> to ..." or "<owner> will ...": most paragraphs have none
    // (the cues are found through their 'o' and 'w': far fewer stops than at every space)
    constexpr auto npos = std::string_view::npos;
    if (find_by_letter(text, " to ", 2, false) == npos &&
        find_by_letter(text, " will ", 1, false) == npos)
        return out;
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t end = sentence_end(text, start);
        const std::string_view sentence = text.substr(start, end - start);
        // the cue ("to", "will", "agreed to") is a word of its own
        if (find_by_letter(sentence, " to ", 2, true) == npos &&
            find_by_letter(sentence, " will ", 1, true) == npos) {
            start = end;
            continue;
        }
        if (const std::string owner = task_owner(sentence); !owner.empty() && known(owner))
            out.emplace_back(start, end);
        start = end;
    }
    return out;
}

std::string find_owner(std::string_view text) {
    std::string_view t = trim(text);
    t.remove_prefix(task_box(t));
    // "2016-07: MDA – ..." : a reference number first
    if (!t.empty() && t[0] >= '0' && t[0] <= '9') {
        const std::size_t c = t.find(": ");
        if (c != std::string_view::npos && c < 12) t = trim(t.substr(c + 1));
    }
    if (auto [speaker, rest] = speaker_prefix(t); !speaker.empty()) return speaker;
    LeadWords buffer;
    const auto ws = lead_words(t, buffer);
    const std::size_t n = owner_run(ws);
    if (n == 0) return {};
    if (ws[n - 1].back() == ':')
        return n <= 4 ? std::string(strip_chars(join(ws, n), ":")) : std::string();
    if (n >= ws.size()) return {};
    const std::string_view next = ws[n];  // (compared without regard to case)
    static constexpr std::string_view verbs[] = {"to",     "will", "takes", "agreed", "is",
                                                 "should", "must", "needs", "shall"};
    if (std::none_of(std::begin(verbs), std::end(verbs),
                     [&](std::string_view v) { return iequals(next, v); }))
        return {};
    if ((iequals(next, "is") || iequals(next, "agreed") || iequals(next, "needs")) &&
        !(n + 1 < ws.size() && iequals(ws[n + 1], "to")))
        return {};
    return join(ws, n);
}

std::string find_due(std::string_view text, std::string_view meeting_iso) {
    // The words are compared without regard to case: lowercase(text) would give the same words.
    const std::vector<DateMatch> dates = find_dates(text);
    // A date after a deadline cue.
    for (const DateMatch& d : dates) {
        std::size_t at = d.begin;  // the words before the date, from the last
        for (std::size_t k = 0; k < 3; ++k) {
            const std::string_view w = strip_chars(word_before(text, at), ",:(");
            if (at == std::string_view::npos) break;
            if (iequals(w, "by") || iequals(w, "before") || iequals(w, "until") ||
                iequals(w, "till") || iequals(w, "due") || iequals(w, "deadline") ||
                iequals(w, "end") || iequals(w, "on")) {
                const std::string iso = to_iso(infer_year(d, meeting_iso));
                if (!iso.empty()) return iso;
            }
        }
    }
    // "to the June 3, 2024 meeting": the day of that meeting.
    for (const DateMatch& d : dates) {
        std::size_t at = d.begin;
        const std::string_view before = word_before(text, at);
        if (at == std::string_view::npos || !iequals(before, "the")) continue;
        // "the June 3, 2024 meeting", "the May 7, 2025 City Council meeting"
        const auto after = words(text.substr(d.end));
        if (std::any_of(after.begin(), after.begin() + std::min<std::size_t>(after.size(), 4),
                        [](std::string_view w) { return istarts_with(w, "meeting"); })) {
            const std::string iso = to_iso(infer_year(d, meeting_iso));
            if (!iso.empty()) return iso;
        }
    }
    // "the December LCRB meeting": month precision.
    const auto ws = words(text);
    for (std::size_t i = 1; i + 1 < ws.size(); ++i) {
        const int m = month_number(ws[i]);
        if (m == 0 || !iequals(ws[i - 1], "the")) continue;
        for (std::size_t k = i + 1; k < ws.size() && k <= i + 4; ++k) {
            if (istarts_with(ws[k], "meeting")) {
                DateMatch d;
                d.month = m;
                const std::string iso = to_iso(infer_year(d, meeting_iso));
                if (!iso.empty()) return iso;
                break;
            }
        }
    }
    // "in April", "by end of April", "before June": month precision.
    for (std::size_t i = 1; i < ws.size(); ++i) {
        const std::string_view month = strip_chars(ws[i], ".,;:()");
        const int m = month_number(month);
        if (m == 0 || !is_upper(first_char(month))) continue;                // "may" is a verb
        if (i + 1 < ws.size() && is_digit(first_char(ws[i + 1]))) continue;  // "April 3"
        std::string_view cue = strip_chars(ws[i - 1], ",:(");  // (compared without case)
        if (iequals(cue, "of") && i >= 2) cue = ws[i - 2];     // "the end of April"
        for (std::string_view c :
             {"in", "by", "before", "until", "during", "end", "early", "late", "mid"})
            if (iequals(cue, c)) {
                DateMatch d;
                d.month = m;
                const std::string iso = to_iso(infer_year(d, meeting_iso));
                if (!iso.empty()) return iso;
            }
    }
    return {};
}

ActionStatus find_status(std::string_view text) {
    if (const std::string_view t = trim(text); task_box(t) > 0)
        return t[1] == ' ' ? ActionStatus::open : ActionStatus::closed;
    const std::string l = lowercase(text);
    const ActionStatus said = carried_or_closed(l);
    // an open phrase ("still open", "not yet") outweighs either; most text says neither, and
    // then the answer is open without them
    if (said == ActionStatus::open) return said;
    for (std::string_view open :
         {"ongoing", "still open", "remains open", "remain open", "not yet"})
        if (l.find(open) != std::string::npos) return ActionStatus::open;
    return said;
}

ParsedAction action_from_text(std::string_view text, std::string_view meeting_iso) {
    ParsedAction a;
    a.text = collapse_ws(text);
    std::string_view t = a.text;
    if (!t.empty() && t[0] >= '0' && t[0] <= '9') {
        const std::size_t c = t.find(": ");
        if (c != std::string_view::npos && c < 12 &&
            t.substr(0, c).find(' ') == std::string_view::npos)
            a.number = std::string(t.substr(0, c));
    }
    a.owner = find_owner(t);
    a.due = find_due(t, meeting_iso);
    a.status = find_status(t);
    return a;
}

namespace {

// Every action line's marker starts with an 'a' ("Action", "AI", "AP"), at the start or after
// a speaker prefix: most paragraphs are ruled out before their speaker is parsed.
bool may_be_action_line(std::string_view t) {
    auto a_led = [](std::string_view s) { return !s.empty() && (s[0] == 'a' || s[0] == 'A'); };
    if (a_led(t)) return true;
    for (std::string_view sep : kSpeakerSeparators)
        if (const std::size_t p = separator_at(t, sep);
            p != std::string_view::npos && a_led(trim(t.substr(p + sep.size()))))
            return true;
    return false;
}

}  // namespace

std::optional<ParsedAction> parse_action_line(std::string_view text, std::string_view meeting_iso) {
    // the same test on the text as written, before it is collapsed: an 'a' first, or a dash
    if (!may_start_with_one_of(text, "a") && text.find('-') == std::string_view::npos &&
        text.find("\u2013") == std::string_view::npos &&
        text.find("\u2014") == std::string_view::npos)
        return std::nullopt;
    std::string buffer;  // (most paragraphs are collapsed already: read in place)
    const std::string_view full = collapsed(text, buffer);
    if (!may_be_action_line(full)) return std::nullopt;
    std::string_view t = full;
    auto [speaker, after_speaker] = speaker_prefix(t);
    if (!speaker.empty()) t = after_speaker;
    ParsedAction a;
    std::string_view rest;
    if (istarts_with(t, "action-") && t.size() > 7) {
        // "Action-BM-2018-4 Check amount ..."
        std::size_t e = 7;
        while (e < t.size() && t[e] != ' ' && t[e] != ':') ++e;
        a.number = std::string(t.substr(7, e - 7));
        rest = trim(t.substr(e));
        if (!rest.empty() && rest[0] == ':') rest = trim(rest.substr(1));
    } else {
        std::string_view r;
        bool matched = false;
        for (std::string_view p :
             {"action point", "action item", "actions", "action", "ai", "ap"}) {
            if (!istarts_with(t, p)) continue;
            r = t.substr(p.size());
            if (!r.empty() && ((r[0] >= 'a' && r[0] <= 'z') || (r[0] >= 'A' && r[0] <= 'Z')))
                continue;
            matched = true;
            break;
        }
        if (!matched) return std::nullopt;
        r = trim(r);
        // optional number: "Action 1 –", "Action 2016-07", "Action 3:"
        std::size_t n = 0;
        while (n < r.size() && ((r[n] >= '0' && r[n] <= '9') ||
                                ((r[n] == '.' || r[n] == '-' || r[n] == '/') && n > 0 &&
                                 n + 1 < r.size() && r[n + 1] >= '0' && r[n + 1] <= '9')))
            ++n;
        if (n > 0) {
            a.number = std::string(r.substr(0, n));
            r = trim(r.substr(n));
        }
        // optional owner in parentheses: "Action (John): ..."
        std::string paren_owner;
        if (!r.empty() && r[0] == '(') {
            const std::size_t close = r.find(')');
            if (close != std::string_view::npos && close < 60) {
                paren_owner = std::string(trim(r.substr(1, close - 1)));
                r = trim(r.substr(close + 1));
            }
        }
        bool sep = false;
        for (std::string_view s : {":", "\u2013", "\u2014", "-", "."})
            if (r.starts_with(s)) {
                r = trim(r.substr(s.size()));
                sep = true;
                break;
            }
        if (!sep && a.number.empty()) return std::nullopt;
        if (!sep && !a.number.empty() && !r.empty() && !is_upper(first_char(r)))
            return std::nullopt;
        if (r.empty()) return std::nullopt;
        rest = r;
        if (!paren_owner.empty()) a.owner = paren_owner;
    }
    if (rest.empty()) return std::nullopt;
    a.text = std::string(rest);
    // "Action 2016-07 CLOSED.": a numbered action's status alone (the words compared in any
    // case, without a lower-case copy)
    if (const std::string_view bare = strip_chars(rest, ". ");
        !a.number.empty() &&
        (iequals(bare, "closed") || iequals(bare, "complete") || iequals(bare, "completed") ||
         iequals(bare, "done") || iequals(bare, "carried forward"))) {
        a.status_only = true;
        a.status = find_status(bare);
        return a;
    }
    if (a.owner.empty()) a.owner = speaker.empty() ? find_owner(rest) : speaker;
    a.due = find_due(rest, meeting_iso);
    a.status = find_status(rest);
    return a;
}

std::string lead_in_owner(std::string_view text) {
    const std::string_view t = trim(text);
    if (t.empty() || t.back() != ':') return {};
    LeadWords buffer;
    const auto ws = lead_words(t, buffer);
    const std::size_t n = owner_run(ws);
    if (n == 0 || n >= ws.size()) return {};
    const std::string_view next = ws[n];  // (compared without regard to case)
    if (iequals(next, "to") || iequals(next, "will") || iequals(next, "takes") ||
        iequals(next, "agreed") || iequals(next, "took"))
        return join(ws, n);
    return {};
}

}  // namespace mtk::converters::layout
