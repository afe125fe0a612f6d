#include "layout/people.hpp"

#include <algorithm>
#include <array>

#include "layout/text_util.hpp"

namespace mtk::converters::layout {
namespace {

// `w`, without the punctuation around it, in the list, in any case.
template <std::size_t N>
bool in_list(std::string_view w, const WordList<N>& list) {
    return list.contains(strip_chars(w, ".,;:"));
}

constexpr WordList kHonorifics({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir",
                                "dame", "lord", "lady", "baroness", "baron", "cllr", "councillor",
                                "rev", "revd", "reverend", "mayor", "commander", "dac", "ac", "dcs",
                                "dci", "supt", "inspector", "judge", "hon", "rt", "canon", "father",
                                "deputy", "alderman", "sheriff", "captain", "colonel", "major",
                                "councillors", "cllrs", "messrs",
                                // the civic titles of North American minutes
                                "councilmember", "councilmembers", "councilman", "councilwoman",
                                "councilor", "councilors", "commissioner", "commissioners",
                                "alderwoman", "aldermen", "selectman", "selectwoman", "selectmen",
                                "supervisor", "supervisors", "trustee", "trustees", "senator",
                                // Australia and New Zealand: "Cr Lisa Tran", "Crs Tran and Doyle"
                                "cr", "crs"});

constexpr WordList kParticles({"de", "da", "di", "del", "della", "van", "von", "der", "den", "du",
                               "la", "le", "bin", "al", "ten", "ter"});

constexpr WordList kPostNominals({"mp", "obe", "mbe", "cbe", "qc", "kc", "jp", "mep"});

// Capitalised words that start headings and sentences, never names.
constexpr WordList kNotNames(
    {"the",           "item",       "items",        "agenda",       "minutes",    "minute",
     "meeting",       "meetings",   "apologies",    "present",      "attendance", "attendees",
     "action",        "actions",    "date",         "next",         "notes",      "welcome",
     "introductions", "any",        "other",        "business",     "report",     "reports",
     "update",        "updates",    "matters",      "arising",      "previous",   "approval",
     "review",        "close",      "closed",       "declarations", "interest",   "interests",
     "finance",       "budget",     "contents",     "group",        "board",      "council",
     "committee",     "officers",   "guests",       "regrets",      "absent",     "public",
     "questions",     "summary",    "introduction", "aob",          "quorum",     "roll",
     "call",          "discussion", "overview",     "agreed",       "resolved",   "decision",
     "project",       "projects",   "status",       "strategy",     "plan",       "policy",
     "papers",        "paper",      "chair",        "officials",    "members",    "information"});

constexpr WordList kRoleWords({"chair",
                               "chairman",
                               "chairwoman",
                               "chairperson",
                               "co-chair",
                               "vice-chair",
                               "cochair",
                               "chairs",
                               "mayor",
                               "director",
                               "directors",
                               "ceo",
                               "coo",
                               "cfo",
                               "cto",
                               "cio",
                               "officer",
                               "head",
                               "advisor",
                               "adviser",
                               "commissioner",
                               "secretary",
                               "clerk",
                               "manager",
                               "deputy",
                               "president",
                               "treasurer",
                               "member",
                               "councillor",
                               "cllr",
                               "lead",
                               "chief",
                               "rep",
                               "representative",
                               "minister",
                               "governor",
                               "trustee",
                               "principal",
                               "headteacher",
                               "inspector",
                               "superintendent",
                               "commander",
                               "constable",
                               "prosecutor",
                               "analyst",
                               "consultant",
                               "coordinator",
                               "co-ordinator",
                               "executive",
                               "assistant",
                               "asst",
                               "vice",
                               "delegate",
                               "observer",
                               "scribe",
                               "attorney",
                               "engineer",
                               "planner",
                               "administrator",
                               "auditor",
                               "solicitor",
                               "counsel",
                               "controller",
                               "accountant",
                               "librarian",
                               "minute-taker",
                               "note-taker",
                               "editor",
                               "liaison",
                               "leader",
                               "convenor",
                               "convener",
                               "speaker",
                               "registrar",
                               "controller",
                               "auditor",
                               "solicitor",
                               "counsel",
                               "engineer",
                               "professor",
                               "founder",
                               "staff",
                               "student",
                               "parent",
                               "teacher",
                               "volunteer",
                               "guest",
                               "chairperson",
                               "proxy",
                               "secretariat",
                               "facilitator",
                               "sponsor",
                               "mp",
                               "vice-chairman",
                               "co-chairs"});

bool is_initial_token(std::string_view w) {
    // "T." or "E" (a middle initial), "D.A." or "R.J." (initials run together)
    if (w.size() == 1) return w[0] >= 'A' && w[0] <= 'Z';
    if (w.size() % 2 != 0 || w.size() > 8) return false;
    for (std::size_t i = 0; i < w.size(); i += 2)
        if (!(w[i] >= 'A' && w[i] <= 'Z') || w[i + 1] != '.') return false;
    return true;
}

bool has_digit(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The words of `name` that carry the person's initials (honorifics skipped).
std::vector<std::string_view> core_words(std::string_view name) {
    std::vector<std::string_view> out;
    for (std::string_view w : words(name))
        if (!is_honorific(w)) out.push_back(w);
    return out;
}

// The first of them (empty when there is none), without building the others.
std::string_view first_core_word(std::string_view name) {
    for (std::size_t at = 0;;) {
        const std::string_view w = next_word(name, at);
        if (w.empty() || !is_honorific(w)) return w;
    }
}

// Text made of views of collapsed text: its only white space is spaces, and collapse_ws
// squeezes their runs to one and drops them at the ends. This does the same without decoding.
std::string squeezed(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t at = 0;;) {
        const std::string_view w = next_word(s, at);
        if (w.empty()) return out;
        if (!out.empty()) out += ' ';
        out.append(w);
    }
}

// Removes "(...)" groups from `part`, a stretch of collapsed text, returning them in order in
// `parens`; the rest, white space collapsed, is `part` trimmed when that has no group (most),
// else made in `buffer`.
std::string_view take_parentheticals(std::string_view part, std::vector<std::string>& parens,
                                     std::string& buffer) {
    if (part.find('(') == std::string_view::npos) return trim(part);
    // the runs outside the outermost parentheses go to `out`, what each pair holds (nested
    // parentheses and all) to `parens`
    std::string out;
    int depth = 0;
    std::size_t run = 0, group = 0;  // where the current run and group start
    for (std::size_t i = 0; i < part.size(); ++i) {
        if (part[i] == '(') {
            if (depth++ > 0) continue;
            out.append(part.substr(run, i - run));
            group = i + 1;
        } else if (part[i] == ')' && depth > 0 && --depth == 0) {
            parens.push_back(squeezed(part.substr(group, i - group)));
            run = i + 1;
        }
    }
    if (depth > 0)
        out.append(part.substr(group - 1));  // unbalanced: kept as written, "(" and all
    else
        out.append(part.substr(run));
    return buffer = squeezed(out);
}

// The bytes first_separator stops at: brackets, a comma and a space.
constexpr std::array<bool, 256> kSeparatorBytes = [] {
    std::array<bool, 256> t{};
    for (const char c : {'(', '[', ')', ']', ',', ' '}) t[static_cast<unsigned char>(c)] = true;
    return t;
}();

// Earliest " - " / " – " / " — " / ", " outside parentheses: {position, length}.
std::pair<std::size_t, std::size_t> first_separator(std::string_view s) {
    int depth = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (!kSeparatorBytes[static_cast<unsigned char>(c)]) continue;  // most bytes
        if (c == '(' || c == '[')
            ++depth;
        else if ((c == ')' || c == ']') && depth > 0)
            --depth;
        if (depth > 0) continue;
        if (c == ',') return {i, 1};
        if (c == ' ') {
            const std::string_view r = s.substr(i);
            if (r.starts_with(" - ")) return {i, 3};
            if (r.starts_with(" \u2013 ") || r.starts_with(" \u2014 ")) return {i, 5};
        }
    }
    return {std::string_view::npos, 0};
}

// One organisation name and nothing else (see the file comment); `text` is a stretch of
// collapsed text.
bool is_organisation_like(std::string_view text) {
    std::vector<std::string> parens;
    std::string copy;
    const std::string_view bare = take_parentheticals(text, parens, copy);
    if (bare.empty() || !at_most_words(bare, 8)) return false;  // 1 to 8 words
    bool any = false;
    for (std::size_t at = 0;;) {
        const std::string_view w = next_word(bare, at);
        if (w.empty()) break;
        const std::string_view s = strip_chars(w, ".,;'\u2019");
        if (s == "&" || s == "of" || s == "and" || s == "for" || s == "the" || s == "on" ||
            s == "in" || s == "de")
            continue;
        if (is_role_word(s)) return false;
        if (is_capitalised_word(s) || is_upper_word(s, 10) || is_initial_token(s) ||
            (!s.empty() && s.find('&') != std::string_view::npos)) {
            any = true;
            continue;
        }
        // mixed-case brands and hyphenated names ("RStudio", "Meteo-France", "S&MPS")
        if (!s.empty() && is_upper(first_char(s)) && !has_digit(s)) {
            any = true;
            continue;
        }
        return false;
    }
    for (const std::string& p : parens)
        for (std::size_t at = 0;;) {
            const std::string_view w = next_word(p, at);
            if (w.empty()) break;
            if (is_role_word(w)) return false;
        }
    return any;
}

void assign_rest(ParsedPerson& p, std::string_view rest) {
    rest = strip_chars(trim(rest), ",;");
    if (rest.empty()) return;
    if (rest.find(',') == std::string_view::npos && is_organisation_like(rest))
        p.organisation = std::string(rest);
    else
        p.role = std::string(rest);
}

}  // namespace

bool is_honorific(std::string_view w) {
    return in_list(w, kHonorifics);
}
bool is_role_word(std::string_view w) {
    return in_list(w, kRoleWords);
}

bool owner_is_position(std::string_view owner) {
    for (std::string_view remit : {" of ", " for "})  // "Director of Finance"
        owner = owner.substr(0, owner.find(remit));
    const auto ws = words(owner);
    if (ws.empty() || ws.size() > 4) return false;
    std::string last = lowercase(strip_chars(ws.back(), ".,;:"));
    if (last == "staff" || is_role_word(last)) return true;
    if (last.size() > 3 && last.back() == 's') last.pop_back();  // "Officers", "Directors"
    return is_role_word(last);
}

std::string name_letters(std::string_view name) {
    std::string letters;
    for (std::string_view w : core_words(name))
        if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') letters += w[0];
    return letters;
}

bool owner_names(std::string_view owner, std::string_view name, std::string_view initials) {
    std::vector<std::string_view> ow = words(owner);
    if (!ow.empty() && (ow[0] == "The" || ow[0] == "the")) ow.erase(ow.begin());
    if (ow.empty()) return false;
    if (ow.size() == 1 && is_upper_word(ow[0], 5) && char_count(ow[0]) >= 2)
        return ow[0] == (initials.empty() ? name_letters(name) : initials);
    // every word of the owner that is no title is a word of the name, in order
    const auto core = core_words(name);
    std::size_t at = 0, matched = 0;
    for (std::string_view w : ow) {
        if (is_honorific(w)) continue;
        while (at < core.size() && core[at] != w) ++at;
        if (at == core.size()) return false;
        ++at;
        ++matched;
    }
    return matched > 0;
}

bool is_person_name(std::string_view name, bool allow_single) {
    // its words, 1 to 7 of them
    std::array<std::string_view, 7> ws;
    std::size_t n = 0;
    for (std::size_t at = 0;;) {
        const std::string_view w = next_word(name, at);
        if (w.empty()) break;
        if (n == ws.size()) return false;
        ws[n++] = w;
    }
    if (n == 0 || has_digit(name)) return false;
    int core = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::string_view w = ws[i];
        const std::string_view key = strip_chars(w, ".,;:");  // the word as in_list reads it
        if (kNotNames.contains(key)) return false;
        // "Mrs.", "Dr.": the full stop of an abbreviated title is no part of the word
        if (const std::string_view bare = strip_chars(w, ".");
            kHonorifics.contains(key) && (is_capitalised_word(bare) || is_upper_word(bare, 4)))
            continue;
        if (i > 0 && kParticles.contains(key)) continue;
        if (is_initial_token(w)) continue;
        if (i + 1 == n && i > 1 && kPostNominals.contains(key) && is_upper_word(w, 4)) continue;
        if (!is_capitalised_word(w)) return false;
        // ALL-CAPS words are headings ("MINUTES OF LAST MEETING"), not names.
        if (is_upper_word(w, 64) && char_count(w) > 2) return false;
        ++core;
    }
    return core >= (allow_single ? 1 : 2) || (core == 1 && n >= 2);
}

bool initials_fit(std::string_view cand, std::string_view name) {
    cand = trim(cand);
    const std::string_view first = first_core_word(name);
    if (first.empty() || cand.empty()) return false;
    std::size_t at = 0;
    const std::string_view c0 = next_word(cand, at), c1 = next_word(cand, at);
    const bool more = !next_word(cand, at).empty();
    if (!c1.empty() && !more) {
        // "Kris V": a first name of the person and a surname initial
        return c0 == first && is_initial_token(c1);
    }
    if (!c1.empty() || !initials_shape(cand)) return false;  // not one word
    const char32_t f = first_char(first);
    return f < 0x80 && (char(f) == cand[0]);
}

std::optional<ParsedPerson> parse_attendee(std::string_view text,
                                           const std::vector<std::string>& cells,
                                           bool allow_single) {
    ParsedPerson p;
    // the name part and the rest are views of the collapsed text (the line or the cells, or
    // their collapsed copies): each part is collapsed as it is
    std::string line, first, second;
    std::string_view name_part, rest, lead_initials;
    if (cells.size() >= 2) {
        name_part = collapsed(cells[0], first);
        if (cells.size() >= 3) {
            p.role = std::string(strip_chars(collapse_ws(cells[1]), ",; "));
            p.organisation = std::string(strip_chars(collapse_ws(cells[2]), ",; "));
        } else {
            rest = collapsed(cells[1], second);
        }
    } else {
        std::string_view t = strip_chars(collapsed(text, line), ",;");
        if (!t.empty() && t.back() == '.' &&
            !(t.size() >= 2 && t[t.size() - 2] >= 'A' && t[t.size() - 2] <= 'Z' &&
              (t.size() == 2 || t[t.size() - 3] == ' ')))
            t.remove_suffix(1);
        // "MDA - Matteo Dell'Aqua, Meteo-France": initials first
        std::size_t at = 0;
        const std::string_view w0 = next_word(t, at), w1 = next_word(t, at);
        if (!next_word(t, at).empty() && (w1 == "-" || w1 == "\u2013") && initials_shape(w0)) {
            lead_initials = w0;
            t = trim(t.substr(w0.size() + w1.size() + 2));
        }
        const auto [pos, len] = first_separator(t);
        if (pos == std::string::npos) {
            name_part = t;
        } else {
            name_part = t.substr(0, pos);
            rest = t.substr(pos + len);
        }
    }
    // "Chief Executive Officer – Mark Jennings": the role first, then the name
    bool role_first = false;
    if (cells.empty() && !rest.empty()) {
        const auto role_word = [](std::string_view w) {
            return is_role_word(w) && !is_honorific(w);
        };
        // at most five words before, one a role, none after
        std::size_t before = 0;
        bool role_before = false;
        for (std::size_t at = 0; before <= 5;) {
            const std::string_view w = next_word(name_part, at);
            if (w.empty()) break;
            ++before;
            role_before = role_before || role_word(w);
        }
        if (before <= 5 && role_before) {
            role_first = true;
            for (std::size_t at = 0; role_first;) {
                const std::string_view w = next_word(rest, at);
                if (w.empty()) break;
                role_first = !role_word(w);
            }
            role_first = role_first && is_person_name(trim(rest), false);
        }
        if (role_first) std::swap(name_part, rest);
    }
    // the name without its parentheticals
    std::vector<std::string> parens;
    std::string bare;
    std::string_view name = take_parentheticals(name_part, parens, bare);
    // "Ojesh Upandhyay GSK": a trailing acronym that is not the person's initials
    if (rest.empty() && parens.empty()) {
        const auto ws = words(name);
        if (ws.size() >= 3 && is_upper_word(ws.back(), 6) && !is_honorific(ws.back()) &&
            !initials_fit(ws.back(), name)) {
            rest = ws.back();
            name = trim(name.substr(0, name.size() - ws.back().size()));
        }
    }
    // "City Manager Robert Lindqvist", "Planning Director Mark Feldman": a job title before
    // the name is its role (a title such as "Mayor" or "Councilmember" stays in the name)
    if (rest.empty() && parens.empty() && cells.empty()) {
        const auto ws = words(name);
        for (std::size_t k = std::min<std::size_t>(ws.size(), 4); k-- > 0;) {
            if (!is_role_word(ws[k]) || is_honorific(ws[k])) continue;
            const std::size_t cut = std::size_t(ws[k].data() - name.data()) + ws[k].size();
            const std::string_view after = trim(name.substr(cut));
            const std::size_t left = ws.size() - k - 1;
            bool title_cased = true;
            for (std::size_t j = 0; j <= k; ++j) title_cased &= is_capitalised_word(ws[j]);
            if (title_cased && left >= 2 && left <= 4 && is_person_name(after, false)) {
                p.role = std::string(trim(name.substr(0, cut)));
                name = after;
            }
            break;
        }
    }
    if (!is_person_name(name, allow_single)) return std::nullopt;
    p.name = std::string(name);
    if (!lead_initials.empty()) {
        if (!initials_fit(lead_initials, name)) return std::nullopt;
        p.initials = std::string(lead_initials);
    }
    // "Sarah Burke, Chief Executive (SB)": initials after the role, when they fit the name
    // (a trailing "(MPS)" names an organisation and stays in the role).
    if (const std::string_view r = trim(rest); r.ends_with(')') && p.initials.empty()) {
        const std::size_t open = r.rfind('(');
        const std::string_view par =
            open == std::string_view::npos ? "" : r.substr(open + 1, r.size() - open - 2);
        if (!par.empty() && initials_shape(par) && initials_fit(par, name)) {
            p.initials = std::string(par);
            rest = trim(r.substr(0, open));
        }
    }
    std::string paren_rest;
    for (const std::string& par : parens) {
        if (p.initials.empty() && initials_fit(par, name)) {
            p.initials = par;
            continue;
        }
        paren_rest += (paren_rest.empty() ? "" : ", ") + par;
    }
    if (!paren_rest.empty()) {
        if (rest.empty()) {
            assign_rest(p, paren_rest);
        } else {
            p.role = paren_rest;
            ParsedPerson tmp;
            assign_rest(tmp, rest);
            if (!tmp.organisation.empty())
                p.organisation = tmp.organisation;
            else
                p.role += ", " + tmp.role;
        }
    } else if (role_first) {
        p.role = std::string(strip_chars(trim(rest), ",;"));
    } else {
        assign_rest(p, rest);
    }
    return p;
}

std::optional<std::vector<ParsedPerson>> parse_name_list(std::string_view text) {
    std::string t = collapse_ws(text);
    while (!t.empty() && (t.back() == '.' || t.back() == ';' || t.back() == ',')) t.pop_back();
    // each part is parsed as it is split off (a part that is no name ends the list)
    std::vector<ParsedPerson> out;
    for (const std::string_view piece : split_views_outside_parens(t, ",")) {
        for (const std::string_view a : split_views_outside_parens(piece, ";")) {
            std::string_view v = trim(a);
            if (istarts_with(v, "and ")) v.remove_prefix(4);
            // "Councillors Mrs. E. Baxter, T. Cole and H. Webb": the plural title covers them
            // all; the first keeps it in the singular unless a title of its own follows
            std::string own;
            static constexpr std::pair<std::string_view, std::string_view> kPlurals[] = {
                {"Councillors ", "Councillor "},
                {"Cllrs ", "Cllr "},
                {"Messrs ", "Mr "},
                {"Councilmembers ", "Councilmember "},
                {"Councilors ", "Councilor "},
                {"Commissioners ", "Commissioner "},
                {"Aldermen ", "Alderman "},
                {"Selectmen ", "Selectman "},
                {"Supervisors ", "Supervisor "},
                {"Trustees ", "Trustee "},
                {"Crs ", "Cr "}};
            for (const auto& [plural, singular] : kPlurals)
                if (istarts_with(v, plural)) {
                    const std::string after(v.substr(plural.size()));
                    const auto next = words(after);
                    own = !next.empty() && is_honorific(next.front())
                              ? after
                              : std::string(singular) + after;
                    v = own;
                }
            for (const std::string_view b : split_views_outside_parens(v, " and "))
                for (const std::string_view part : split_views_outside_parens(b, " & ")) {
                    if (trim(part).empty()) continue;
                    auto p = parse_attendee(part, {}, true);
                    if (!p) return std::nullopt;
                    out.push_back(std::move(*p));
                }
        }
    }
    if (out.empty()) return std::nullopt;
    return out;
}

namespace {

// Letters of any script: "Zoë_Bowie" and "Samuel_Müller" are as much names as "Ege_Korkan".
bool nick_token(std::string_view w) {
    if (w.empty() || w.size() > 40 || !is_letter(first_char(w))) return false;
    for (std::size_t i = 0; i < w.size();) {
        if (const char b = w[i]; static_cast<unsigned char>(b) < 0x80) {  // without decoding
            if (!is_ascii_alnum(b) && b != '_' && b != '-' && b != '.') return false;
            ++i;
            continue;
        }
        if (!is_letter(decode_at(w, i))) return false;
    }
    return true;
}

// Words that can sit in an attendance field without naming anyone.
constexpr WordList kNotNicks({"present", "regrets", "apologies", "absent", "attendees", "chair",
                              "scribe", "all", "everyone", "everybody", "various", "others", "tbc",
                              "tba", "tbd", "unknown", "nobody", "quorum"});

}  // namespace

std::optional<std::vector<ParsedPerson>> parse_nick_list(std::string_view text) {
    std::string t = collapse_ws(text);
    while (!t.empty() && (t.back() == '.' || t.back() == ',')) t.pop_back();
    std::vector<ParsedPerson> out;
    for (const std::string_view part : split_views_outside_parens(t, ",")) {
        const std::string_view w = trim(part);
        if (w.empty()) continue;
        if (!nick_token(w)) return std::nullopt;
        if (in_list(w, kNotNicks)) continue;
        out.push_back({std::string(w), {}, {}, {}});
    }
    if (out.empty()) return std::nullopt;
    return out;
}

bool is_head_count(std::string_view text) {
    if (const std::size_t n = words_up_to(text, 6); n < 2 || n > 6) return false;
    static constexpr WordList kCounts({"a", "one", "two", "three", "four", "five", "six", "seven",
                                       "eight", "nine", "ten", "no", "several", "some", "many"});
    static constexpr WordList kWho({"member", "members", "person", "persons", "people", "resident",
                                    "residents", "observer", "observers", "visitor", "visitors",
                                    "parishioner", "parishioners"});
    // (the lists match in any case)
    std::size_t at = 0;
    const std::string_view first = next_word(text, at), second = next_word(text, at);
    const bool count = is_digit(first_char(first)) || in_list(first, kCounts);
    return count && in_list(second, kWho);
}

std::string without_head_counts(std::string_view text) {
    std::string out;
    for (const std::string_view part : split_views_outside_parens(text, ",")) {
        std::string kept;
        for (const std::string_view piece : split_views_outside_parens(part, " and "))
            if (!is_head_count(strip_chars(piece, ". "))) {
                if (!kept.empty()) kept += " and ";
                kept += trim(piece);
            }
        if (!kept.empty()) {
            if (!out.empty()) out += ", ";
            out += kept;
        }
    }
    return out;
}

bool is_none_marker(std::string_view text) {
    if (!may_start_with_one_of(text, "n-", ".!;:")) return false;
    std::string copy;
    const std::string l = lowercase(strip_chars(collapsed(text, copy), ".!;: "));
    return l == "none" || l == "nil" || l == "n/a" || l == "-" || l == "no apologies" ||
           l == "none received" || l == "no apologies received" || l == "none noted";
}

}  // namespace mtk::converters::layout
