#include "layout/decisions.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "layout/letter_search.hpp"
#include "layout/text_util.hpp"

namespace mtk::converters::layout {
namespace {

// s.starts_with(p), the first letters compared here first: most lists of openings are tried
// on sentences that open with none of them, and a call to compare costs more.
bool opens_with(std::string_view s, std::string_view p) {
    return p.empty() || (!s.empty() && s[0] == p[0] && s.starts_with(p));
}

// `l` (lower case) with the lead-ins of formal resolutions removed: "now, therefore, be it
// further resolved" -> "resolved", "it was unanimously agreed" -> "agreed".
std::string_view without_lead_in(std::string_view l) {
    for (std::string_view lead : {"now, therefore, ", "now therefore, ", "now therefore "})
        if (opens_with(l, lead)) l.remove_prefix(lead.size());
    for (std::string_view lead : {"be it ", "it was ", "it is "})
        if (opens_with(l, lead)) l.remove_prefix(lead.size());
    for (std::string_view adverb : {"further ", "also ", "unanimously ", "therefore "})
        if (opens_with(l, adverb)) l.remove_prefix(adverb.size());
    return l;
}

// The sentence states a resolution: it opens with "RESOLVED", "AGREED", "DECIDED", "VOTED"
// or "DECISION" (followed by a colon, a comma, "that", "to", a bracket or its end), or says
// "it was resolved/agreed/decided" ("The rent review was discussed and it was resolved to
// keep the rent"). `lowered` is the sentence in lower case.
bool states_resolution(std::string_view lowered) {
    const std::string_view l = trim(lowered.substr(0, 200));
    const std::string_view s = without_lead_in(l);
    for (std::string_view verb : {"resolved", "agreed", "decided", "decision", "voted"}) {
        if (!opens_with(s, verb)) continue;
        const std::string_view after = s.substr(verb.size());
        if (after.empty() || after[0] == ':' || after[0] == ',' || after[0] == '.' ||
            after.starts_with(" that") || after.starts_with(" to ") || after.starts_with(" (") ||
            after.starts_with(" -") || after.starts_with(" \u2013") ||
            (verb == "decision" && after.starts_with(" taken")))
            return true;
    }
    // " it was resolved", " it was agreed", " it was decided", " it was unanimously resolved",
    // " it was unanimously agreed": one search for their common start (through its 'w', far
    // rarer than a space), then their ends
    constexpr std::string_view kItWas = " it was ";
    for (std::size_t p = find_by_letter(l, kItWas, 4, false); p != std::string_view::npos;
         p = find_by_letter(l, kItWas, 4, false, p + 1)) {
        const std::string_view tail = l.substr(p + kItWas.size());
        for (std::string_view end :
             {"resolved", "agreed", "decided", "unanimously resolved", "unanimously agreed"})
            if (opens_with(tail, end)) return true;
    }
    return false;
}

// After a cue ("motion by ", "seconded by "), the name it gives: up to a comma, " to ",
// " that ", " and " or the end; empty unless it reads as a name (1 to 5 words, capitalised).
std::string name_after(std::string_view sentence, std::size_t at) {
    const std::string_view rest = sentence.substr(at);
    const std::string l = lowercase(rest);
    std::size_t end = rest.size();
    for (std::string_view stop : {",", ";", " to ", " that ", " and ", " with ", " for ", " (",
                                  ". ", " seconded", " moved"})
        end = std::min(end, l.find(stop));
    std::string_view name = strip_chars(trim(rest.substr(0, end)), ".");
    const auto ws = words(name);
    if (ws.empty() || ws.size() > 5 || !is_upper(first_char(name))) return {};
    return std::string(name);
}

// "RESOLUTION 2025/041", "Resolution No. 12", "Motion 3": the number a decision is filed
// under, written before it. Its length (with the space after it), 0 when there is none.
// `l` is the sentence in lower case.
std::size_t decision_number(std::string_view sentence, std::string_view l, std::string& number) {
    for (std::string_view label :
         {"resolution no. ", "resolution number ", "resolution ", "motion no. ", "motion "}) {
        if (!opens_with(l, label)) continue;
        const std::size_t end = std::min(l.find(' ', label.size()), l.size());
        const std::string_view n =
            strip_chars(sentence.substr(label.size(), end - label.size()), ":.");
        if (n.empty() ||
            !std::any_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return 0;
        number = std::string(n);
        return end < sentence.size() ? end + 1 : end;
    }
    return 0;
}

// A motion put to the meeting: the sentence opens with "Motion by", "Moved by", "It was
// moved by", "On a motion by", "Motion:", ..., or reads "<Name> moved to/that ..., seconded
// by ...". Fills the mover and the seconder. `l` is the sentence in lower case.
bool puts_motion(std::string_view sentence, std::string_view l, Decision& d) {
    static constexpr std::array<std::string_view, 17> kOpeners = {
        "motion by ",        "moved by ",
        "it was moved by ",  "on a motion by ",
        "on the motion of ", "on motion of ",
        "on motion by ",     "upon motion by ",
        "upon a motion by ", "a motion was made by ",
        "motion made by ",   "motion of ",
        "proposed by ",      "it was proposed by ",
        "moved: ",           "it was proposed and seconded by ",
        "moved by: "};
    bool motion = false;
    for (std::string_view o : kOpeners)
        if (opens_with(l, o)) {
            motion = true;
            d.mover = name_after(sentence, o.size());
            break;
        }
    // "Upon a motion duly made and seconded, the Board voted unanimously to ...", as New
    // England boards write it (each phrase has a "seconded", found through its 'c' first)
    if (find_by_letter(l, "seconded", 2, false) != std::string_view::npos)
        for (std::string_view o :
             {"duly made and seconded", "duly moved and seconded", "motion was made and seconded"})
            motion |= l.find(o) != std::string_view::npos;
    if (!motion) {
        for (std::string_view o :
             {"motion:", "motion to ", "it was moved and seconded", "it was moved that",
              "it was moved to", "proposed:", "it was proposed that", "it was proposed to"})
            motion |= opens_with(l, o);
        // "Proposed Cllr Smith, seconded Cllr Jones, that ...": proposer without "by"
        if (!motion && l.starts_with("proposed ") && l.find("second") != std::string_view::npos) {
            motion = true;
            d.mover = name_after(sentence, std::string_view("proposed ").size());
        }
        // "Councilmember Reyes moved to approve ..., seconded by ..."
        // the verb counts only when it starts before byte 60: the rest is not searched (each
        // verb is found through a letter far rarer than its space: the 'v', the first 'p')
        for (const auto& [verb, letter] :
             {std::pair{std::string_view(" moved to "), std::size_t{3}},
              std::pair{std::string_view(" moved that "), std::size_t{3}},
              std::pair{std::string_view(" proposed that "), std::size_t{1}},
              std::pair{std::string_view(" proposed to "), std::size_t{1}}}) {
            if (motion) break;
            if (const std::size_t at =
                    find_by_letter(l.substr(0, 59 + verb.size()), verb, letter, false);
                at != std::string_view::npos && l.find("second") != std::string_view::npos) {
                const std::string name(trim(sentence.substr(0, at)));
                if (at_most_words(name, 5) && is_upper(first_char(name))) {
                    motion = true;
                    d.mover = name;
                }
            }
        }
    }
    if (!motion) return false;
    for (std::string_view cue :
         {"seconded by: ", "seconded by ", "second by ", "seconded: ", "seconder: ", "seconded "})
        if (const std::size_t at = l.find(cue); at != std::string_view::npos) {
            d.seconder = name_after(sentence, at + cue.size());
            break;
        }
    return true;
}

bool digit(char c) {
    return c >= '0' && c <= '9';
}

// "5-0", "4-1-1", "5\u20132": votes for, against and abstaining, one to three digits each; not
// part of a longer number ("Ordinance 2024-07").
bool dashed_votes(std::string_view s, Decision& d) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!digit(s[i]) || (i > 0 && (digit(s[i - 1]) || s[i - 1] == '-'))) continue;
        std::array<int, 3> n{};
        std::size_t count = 0, j = i;
        while (count < 3) {
            std::size_t k = j;
            int v = 0;
            while (k < s.size() && k - j < 3 && digit(s[k])) v = v * 10 + (s[k++] - '0');
            if (k == j || (k < s.size() && digit(s[k]))) break;
            n[count++] = v;
            j = k;
            const std::size_t dash = s.substr(j).starts_with("-")        ? 1
                                     : s.substr(j).starts_with("\u2013") ? 3
                                                                         : 0;
            if (dash == 0 || j + dash >= s.size() || !digit(s[j + dash])) break;
            j += dash;
        }
        if (count >= 2) {
            d.votes_for = n[0];
            d.votes_against = n[1];
            if (count == 3) d.abstentions = n[2];
            return true;
        }
    }
    return false;
}

// "CARRIED 4/1", "LOST 2/5": votes after the result, as councils in Australia write them
// (a slash elsewhere is a date or a fraction).
bool slashed_votes(std::string_view s, Decision& d) {
    const std::string l = lowercase(s);
    for (std::string_view result : {"carried ", "lost "}) {
        const std::size_t at = l.find(result);
        if (at == std::string::npos) continue;
        std::size_t i = at + result.size();
        int n[2] = {0, 0};
        for (int k = 0; k < 2; ++k) {
            const std::size_t from = i;
            while (i < l.size() && i - from < 3 && digit(l[i])) n[k] = n[k] * 10 + (l[i++] - '0');
            if (i == from || (i < l.size() && digit(l[i]))) return false;
            if (k == 0 && (i >= l.size() || l[i++] != '/')) return false;
        }
        if (i < l.size() && (l[i] == '/' || digit(l[i]))) return false;
        d.votes_for = n[0];
        d.votes_against = n[1];
        return true;
    }
    return false;
}

// "5 for, 2 against, 1 abstention", "For: 5, Against: 2, Abstentions: 1", "Ayes 5, Noes 2".
void worded_votes(std::string_view sentence, Decision& d) {
    const std::string l = lowercase(sentence);
    const auto ws = words(l);
    auto number = [](std::string_view w) -> std::optional<int> {
        w = strip_chars(w, ",.;:()");
        if (w.empty() || w.size() > 3 ||
            !std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return std::nullopt;
        return std::stoi(std::string(w));
    };
    auto kind = [](std::string_view w) -> int {  // 0 for, 1 against, 2 abstain, -1 none
        w = strip_chars(w, ",.;:()");
        if (w == "for" || w == "favour" || w == "favor" || w == "aye" || w == "ayes" ||
            w == "yes" || w == "yeas")
            return 0;
        if (w == "against" || w == "opposed" || w == "nay" || w == "nays" || w == "noes" ||
            w == "no")
            return 1;
        if (w.starts_with("abstain") || w.starts_with("abstention")) return 2;
        return -1;
    };
    std::array<std::optional<int>*, 3> slots = {&d.votes_for, &d.votes_against, &d.abstentions};
    for (std::size_t i = 0; i < ws.size(); ++i) {
        const int k = kind(ws[i]);
        if (k < 0) continue;
        std::optional<int> n;
        if (i > 0) n = number(ws[i - 1]);                             // "5 for"
        if (!n && i > 1 && ws[i - 1] == "in") n = number(ws[i - 2]);  // "5 in favour"
        if (!n && i + 1 < ws.size()) n = number(ws[i + 1]);           // "For: 5"
        if (n && !*slots[std::size_t(k)]) *slots[std::size_t(k)] = n;
    }
}

// "Recorded Vote: Yes: Mayor Morrison, Councillor Leblanc No: Councillor O'Brien": the names
// after each side's label, counted.
void named_votes(std::string_view s, Decision& d) {
    const std::string l = lowercase(s);
    struct Side {
        std::string_view label;
        std::optional<int>* slot;
    };
    const Side sides[] = {{"yes:", &d.votes_for},      {"yea:", &d.votes_for},
                          {"aye:", &d.votes_for},      {"ayes:", &d.votes_for},
                          {"no:", &d.votes_against},   {"nay:", &d.votes_against},
                          {"nays:", &d.votes_against}, {"abstain:", &d.abstentions}};
    std::vector<std::pair<std::size_t, const Side*>> found;  // where each label starts
    for (const Side& side : sides)
        for (std::size_t at = l.find(side.label); at != std::string::npos;
             at = l.find(side.label, at + 1))
            if (at == 0 || l[at - 1] == ' ') found.emplace_back(at, &side);
    std::sort(found.begin(), found.end());
    for (std::size_t k = 0; k < found.size(); ++k) {
        const std::size_t from = found[k].first + found[k].second->label.size();
        std::size_t to = k + 1 < found.size() ? found[k + 1].first : s.size();
        for (std::string_view stop : {" carried", " lost", " defeated", ". "})
            to = std::min(to, l.find(stop, from));
        int n = 0;
        for (const std::string_view part :
             split_views_outside_parens(s.substr(from, to - from), ","))
            for (const std::string_view name : split_views_outside_parens(part, " and "))
                n += is_upper(first_char(trim(name)));
        if (n > 0 && !*found[k].second->slot) *found[k].second->slot = n;
    }
}

// Votes in any of the shapes minutes use.
void read_votes(std::string_view s, Decision& d) {
    if (dashed_votes(s, d) || slashed_votes(s, d)) return;
    worded_votes(s, d);
    if (!d.votes_for && !d.votes_against) named_votes(s, d);
}

// What a sentence says of the motion's fate: carried, lost, withdrawn, deferred; empty when
// it says nothing of it.
std::string result_of(std::string_view sentence) {
    const std::string l = lowercase(sentence);
    const bool about_motion = l.find("motion") != std::string::npos ||
                              l.find("vote") != std::string::npos ||
                              l.find("unanimous") != std::string::npos;
    const auto ws = words(l);
    if (ws.empty()) return {};
    const std::string first(strip_chars(ws[0], ",.;:()"));
    auto says = [&](std::initializer_list<std::string_view> keys) {
        for (std::string_view k : keys) {
            if (first == k) return true;
            if (about_motion)
                for (std::string_view w : ws)
                    if (strip_chars(w, ",.;:()") == k) return true;
        }
        return false;
    };
    if (l.find("not carried") != std::string::npos ||
        l.find("did not carry") != std::string::npos ||
        says({"failed", "defeated", "lost", "fails", "fell"}))
        return "lost";
    if (says({"withdrawn", "withdrew"})) return "withdrawn";
    if (says({"tabled", "deferred", "postponed"})) return "deferred";
    if (says({"carried", "passed", "adopted", "approved", "passes", "carries"}) ||
        l.find("all in favour") != std::string::npos || l.find("all in favor") != std::string::npos)
        return "carried";
    return {};
}

}  // namespace

bool read_result(std::string_view text, Decision& d) {
    std::string_view first = text.substr(0, sentence_end(text, 0));
    // "Final Resolution: Motion Carries", "Result: carried": a label before the result
    for (std::string_view label : {"final resolution:", "result:", "outcome:", "vote:"})
        if (lowercase(first.substr(0, label.size())) == label)
            first = trim(first.substr(label.size()));
    const std::string l = lowercase(trim(first));
    // "CARRIED", "Carried unanimously", "LOST (2 for, 5 against)", "Defeated"; not "Carried
    // forward ...", "Approved as a correct record"
    bool opens = l.starts_with("the motion") || l.starts_with("motion ") ||
                 l.starts_with("all in favo") || l.starts_with("on being put to the vote");
    for (std::string_view word : {"carried", "lost", "withdrawn", "deferred", "defeated", "failed",
                                  "passed", "approved", "adopted", "tabled", "postponed"})
        if (opens_with(l, word)) {
            const auto ws = words(std::string_view(l).substr(word.size()));
            const std::string next = ws.empty() ? "" : std::string(strip_chars(ws[0], ".,;:()"));
            opens =
                next.empty() || next == "unanimously" || digit(next[0]) || ws[0].starts_with("(");
        }
    if (!opens || l.starts_with("motion by") || l.starts_with("motion to")) return false;
    std::string result = result_of(first);
    if (result.empty()) return false;
    d.result = std::move(result);
    read_votes(first, d);
    if (!d.votes_for && !d.votes_against) worded_votes(text, d);
    return true;
}

bool read_seconder(std::string_view text, Decision& d) {
    const std::string l = lowercase(text.substr(0, 20));
    for (std::string_view cue : {"seconded by: ", "seconded by ", "second by ", "seconder: "})
        if (opens_with(l, cue)) {
            if (d.seconder.empty()) d.seconder = name_after(text, cue.size());
            return true;
        }
    return false;
}

bool read_vote_line(std::string_view text, Decision& d) {
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon > 20) return false;
    const std::string label = lowercase(trim(text.substr(0, colon)));
    std::optional<int>* slot = nullptr;
    for (std::string_view w : {"aye", "ayes", "yes", "yea", "yeas", "for", "in favour", "in favor"})
        if (label == w) slot = &d.votes_for;
    for (std::string_view w : {"nay", "nays", "no", "noes", "against", "opposed"})
        if (label == w) slot = &d.votes_against;
    for (std::string_view w : {"abstain", "abstained", "abstaining", "abstention", "abstentions"})
        if (label == w) slot = &d.abstentions;
    if (!slot) return false;
    // "Aye: 4 - Rivera, O'Neill, ...": the count; "For: Crs Tran, Mulligan": the names
    const std::string_view rest = trim(text.substr(colon + 1));
    int n = 0;
    std::size_t i = 0;
    while (i < rest.size() && i < 3 && digit(rest[i])) n = n * 10 + (rest[i++] - '0');
    if (i == 0) {
        if (rest.empty() || lowercase(rest).starts_with("nil") ||
            lowercase(rest).starts_with("none"))
            n = 0;
        else
            for (const std::string_view part : split_views_outside_parens(rest, ","))
                for (const std::string_view name : split_views_outside_parens(part, " and "))
                    n += !trim(name).empty();
    }
    if (!*slot) *slot = n;
    return true;
}

ProseCues prose_cues(std::string_view text) {
    // The stems of deciding are found through their rarest letters ('v', 'g', 'c', 'p', 'm'),
    // " to " through its 'o', " will " through its 'w' and "next" through its 'x': the pass
    // stops at those letters only (a table tells them) and compares in place (the text needs
    // no lower-case copy). (Most paragraphs are a sentence or two: a search for each letter
    // and case would cost more in calls than the bytes it skips.)
    struct Stem {
        std::string_view text;
        std::size_t anchor;  // where the letter stopped at stands in it
    };
    struct Anchor {
        std::size_t count;  // stems
        std::array<Stem, 3> stems;
    };
    static constexpr Anchor kAnchors[] = {{3, {{{"resolv", 5}, {"move", 2}, {"vote", 0}}}},
                                          {1, {{{"agree", 1}}}},
                                          {2, {{{"decid", 2}, {"decision", 2}}}},
                                          {1, {{{"propos", 0}}}},
                                          {1, {{{"motion", 0}}}}};
    // per byte: 1 + the index of the stems' anchor it is (in either case), or what else it
    // may start, or 0; a table for each set of cues still looked for (a cue found, its letters
    // are passed over as the others: most paragraphs have a " to " early, and 'o' is common)
    enum : unsigned char { kPlain = 0, kTo = 6, kWill, kNext };
    enum : unsigned { kSeekTask = 1, kSeekNext = 2 };
    static constexpr auto kClasses = [] {
        std::array<std::array<unsigned char, 256>, 4> tables{};
        for (unsigned seek = 0; seek < tables.size(); ++seek) {
            std::array<unsigned char, 256>& t = tables[seek];
            const char letters[] = {'v', 'g', 'c', 'p', 'm'};
            for (std::size_t k = 0; k < std::size(letters); ++k) {
                t[static_cast<unsigned char>(letters[k])] = static_cast<unsigned char>(k + 1);
                t[static_cast<unsigned char>(letters[k] - 'a' + 'A')] =
                    static_cast<unsigned char>(k + 1);
            }
            if (seek & kSeekTask) {
                t['o'] = kTo;
                t['w'] = kWill;
            }
            if (seek & kSeekNext) t['x'] = t['X'] = kNext;
        }
        return tables;
    }();
    ProseCues cues;
    unsigned seek = kSeekTask | kSeekNext;
    const unsigned char* classes = kClasses[seek].data();
    const auto found = [&](unsigned cue) {
        seek &= ~cue;
        classes = kClasses[seek].data();
    };
    const std::size_t n = text.size();
    for (std::size_t p = 0; p < n; ++p) {
        const unsigned c = classes[static_cast<unsigned char>(text[p])];
        if (c == kPlain) continue;
        if (c == kTo) {
            if (p >= 2 && p + 1 < n && text[p - 1] == 't' && text[p - 2] == ' ' &&
                text[p + 1] == ' ') {
                cues.task = true;
                found(kSeekTask);
            }
            continue;
        }
        if (c == kWill) {
            if (p >= 1 && text.substr(p - 1, 6) == " will ") {
                cues.task = true;
                found(kSeekTask);
            }
            continue;
        }
        if (c == kNext) {
            if (p >= 2 && iequals(text.substr(p - 2, 4), "next")) {
                cues.next = true;
                found(kSeekNext);
            }
            continue;
        }
        const Anchor& anchor = kAnchors[c - 1];
        for (std::size_t k = 0; k < anchor.count; ++k) {
            const Stem& s = anchor.stems[k];
            // the stem's first letter is compared first: most places fail there
            if (p >= s.anchor && char(text[p - s.anchor] | 0x20) == s.text[0] &&
                istarts_with(text.substr(p - s.anchor), s.text))
                cues.stems.emplace_back(p - s.anchor, p - s.anchor + s.text.size());
        }
    }
    return cues;
}

std::vector<DecisionSpan> find_decisions(std::string_view text) {
    return find_decisions(text, prose_cues(text).stems);
}

std::vector<DecisionSpan> find_decisions(
    std::string_view text, std::span<const std::pair<std::size_t, std::size_t>> stems) {
    std::vector<DecisionSpan> out;
    // Most sentences decide nothing: those without a word of deciding are passed over.
    if (stems.empty()) return out;  // no sentence to split then
    const auto may_decide = [&](std::size_t begin, std::size_t end) {
        return std::any_of(stems.begin(), stems.end(),
                           [&](const auto& s) { return s.first >= begin && s.second <= end; });
    };
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t end = sentence_end(text, start);
        if (!may_decide(start, end)) {
            start = end;
            continue;
        }
        DecisionSpan span;
        span.begin = start;
        const std::string_view whole = text.substr(start, end - start);
        const std::string lowered = lowercase(whole);  // read by each test below
        const std::size_t number = decision_number(whole, lowered, span.decision.number);
        const std::string_view sentence = whole.substr(number);
        const std::string_view l = std::string_view(lowered).substr(number);
        if (states_resolution(l)) {
            span.decision.kind = DecisionKind::resolution;
            span.end = text.size();
            read_votes(sentence, span.decision);
            out.push_back(std::move(span));
            break;
        }
        if (puts_motion(sentence, l, span.decision)) {
            span.decision.kind = DecisionKind::motion;
            span.end = end;
            // the result: in this sentence or one of the next two
            std::size_t s = start, e = end;
            for (int k = 0; k < 3 && s < text.size(); ++k) {
                const std::string_view part = text.substr(s, e - s);
                if (std::string r = result_of(part); !r.empty()) {
                    span.decision.result = std::move(r);
                    read_votes(part, span.decision);
                    span.end = e;
                    break;
                }
                s = e;
                e = sentence_end(text, s);
            }
            // "Proposed by A, seconded by B and RESOLVED that ...", "... the Board voted 4-1 to
            // approve": decided in one sentence
            if (span.decision.result.empty()) {
                const std::string l = lowercase(sentence);
                if (l.find(" resolved") != std::string::npos ||
                    l.find(" agreed") != std::string::npos ||
                    l.find(" voted") != std::string::npos) {
                    span.decision.result = "carried";
                    read_votes(sentence, span.decision);
                }
            }
            const std::size_t next = span.end;
            out.push_back(std::move(span));
            start = next;
            continue;
        }
        start = end;
    }
    return out;
}

}  // namespace mtk::converters::layout
