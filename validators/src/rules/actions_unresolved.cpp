#include "rules/actions_unresolved.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include "mtk/ascii.hpp"
#include "names/fold.hpp"
#include "text/dates.hpp"
#include "text/document_text.hpp"
#include "text/words.hpp"

namespace mtk::validators {
namespace {

constexpr std::string_view kClosing[] = {"closed",   "complete", "completed", "discharged",
                                         "resolved", "done",     "finished",  "cleared",
                                         "no",       "none",     "nil"};
constexpr std::string_view kReporting[] = {
    "noted",   "received",    "covered",  "discussed", "reviewed",  "considered", "updated",
    "update",  "updates",     "reported", "tabled",    "presented", "circulated", "agreed",
    "through", "outstanding", "ongoing",  "carried",   "remain",    "remains",    "open"};
constexpr std::string_view kClauseBreaks[] = {" and ", " but ", ", while ", ", whereas "};

template <std::size_t N>
bool in(const std::string_view (&list)[N], std::string_view w) {
    return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

// False when no clause of the run can be about actions: judge() needs "action" or "matters
// arising" in the folded clause, and ASCII folds to lower case. Most texts are ruled out
// here, before they are split into clauses.
bool may_be_about_actions(const text::TextRun& run) {
    static constexpr std::string_view kKeys[] = {"action", "arising"};
    static const text::KeywordScan scan(kKeys);
    return scan.may_contain(run.text, run.ascii);
}

// Splits a paragraph into clauses: sentences, then the parts joined by "and", "but"...
// The clauses are views of `text`.
std::vector<std::string_view> clauses(std::string_view text) {
    std::vector<std::string_view> out;
    for (std::size_t from = 0;;) {
        const std::size_t end = std::min(text.find_first_of(".;!?", from), text.size());
        const std::string_view sentence = text.substr(from, end - from);
        for (std::size_t start = 0;;) {
            std::size_t cut = std::string_view::npos, len = 0;
            for (std::string_view b : kClauseBreaks)
                if (const auto at = sentence.find(b, start); at < cut) cut = at, len = b.size();
            out.push_back(
                sentence.substr(start, cut == std::string_view::npos ? cut : cut - start));
            if (cut == std::string_view::npos) break;
            start = cut + len;
        }
        if (end == text.size()) return out;
        from = end + 1;
    }
}

enum class Verdict { not_about_actions, closed, left_open, silent };

// What a clause says about previous actions or matters arising.
Verdict judge(std::string_view clause) {
    const std::string folded = names::fold(clause);
    bool about = folded.find("matters arising") != std::string::npos;
    // Only the words "action" and "actions" make a clause about actions otherwise: most
    // clauses are ruled out without splitting them into words.
    if (!about && folded.find("action") == std::string::npos) return Verdict::not_about_actions;
    const std::vector<text::Word> words = text::split_words(folded);
    bool closed = false, reported = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string_view w = words[i].text;
        const bool plan = i + 1 < words.size() && words[i + 1].text.starts_with("plan");
        if ((w == "action" || w == "actions") && !plan) about = true;
        closed = closed || in(kClosing, w);
        reported = reported || in(kReporting, w);
    }
    if (!about) return Verdict::not_about_actions;
    if (closed) return Verdict::closed;
    return reported ? Verdict::left_open : Verdict::silent;
}

// The clause as quoted in a message: trimmed, and cut at a word when long.
std::string trimmed(std::string_view clause) {
    const auto b = clause.find_first_not_of(" \t");
    if (b == std::string_view::npos) return "";
    const std::string_view s = clause.substr(b, clause.find_last_not_of(" \t") - b + 1);
    if (s.size() <= 80) return std::string(s);
    const auto cut = s.rfind(' ', 77);
    return std::string(s.substr(0, cut == std::string_view::npos ? 77 : cut)) + "...";
}

std::string action_name(const Action& a) {
    return "action" + (a.number.empty() ? "" : " " + a.number);
}

// The meeting each document is of: body and group, folded.
std::string body_key(const Minutes& m) {
    return names::fold(m.meta.body) + "\n" + names::fold(m.meta.group);
}

// True when the minutes have an action that is not closed.
bool has_open_action(const Minutes& m) {
    bool open = false;
    for_each_block(m, [&](const Block& b, const Item&) {
        if (const auto* a = std::get_if<Action>(&b); a && a->status != ActionStatus::closed)
            open = true;
    });
    return open;
}

// True when the minutes say that the previous actions were closed ("all actions closed").
bool reports_actions_closed(const Document& doc) {
    for (const text::TextRun& run : text::text_of(doc).runs)
        if (text::is_running_text(run.part) && may_be_about_actions(run))
            for (const std::string_view c : clauses(run.text))
                if (judge(c) == Verdict::closed) return true;
    return false;
}

// The actions of a meeting, to find the one that continues an earlier action (same number
// or same folded text). ASCII folds to lower case: only texts with other bytes are folded,
// and folded texts are compared ignoring case.
class FollowUps {
  public:
    explicit FollowUps(const Minutes& m) {
        for_each_block(m, [&](const Block& b, const Item&) {
            if (const auto* a = std::get_if<Action>(&b))
                actions_.push_back({a, names::is_ascii(a->text)
                                           ? std::nullopt
                                           : std::optional<std::string>(names::fold(a->text))});
        });
    }

    const Action* of(const Action& a) const {
        const bool ascii = names::is_ascii(a.text);
        const std::string folded = ascii ? std::string() : names::fold(a.text);
        const std::string_view text = ascii ? std::string_view(a.text) : folded;
        for (const Entry& n : actions_)
            if ((!a.number.empty() && n.action->number == a.number) ||
                ascii::iequals(n.text(), text))
                return n.action;
        return nullptr;
    }

  private:
    struct Entry {
        const Action* action;
        std::optional<std::string> folded;  ///< the folded text, when it is not ASCII
        std::string_view text() const { return folded ? *folded : action->text; }
    };
    std::vector<Entry> actions_;
};

}  // namespace

const RuleInfo& ActionsUnresolvedRule::info() const {
    static const RuleInfo i{"actions/unresolved", Severity::warning,
                            "Actions, or matters arising, that the minutes leave open.",
                            R"doc(Actions, or matters arising, that the minutes leave open.

Why: the minutes of a meeting are where the actions of the previous one are closed. A
record that says only that actions were "noted" or that "updates were received" leaves
the reader unable to tell which actions are done; an action "carried" forward is still
open. This rule flags:
- a sentence about previous actions or matters arising that reports them (noted,
  received, covered, discussed, went through, ongoing...) without saying they were
  closed, completed or that there were none;
- an action whose status is `carried`;
- across documents checked together, an open or carried action of one meeting that the
  next meeting of the same body (the one the minutes announce, else the next by date in
  the set) neither closes (same action number or text with status `closed`) nor reports
  closed with the other actions.

Bad:

    MINUTES OF LAST MEETING/ACTIONS
    The minutes were agreed. Action updates were received.

Good:

    MINUTES OF LAST MEETING/ACTIONS
    The minutes were agreed. Actions 1 and 2 were completed and are closed.

Options: none.)doc"};
    return i;
}

void ActionsUnresolvedRule::check(const Document& doc, const RuleContext&, Reporter& out) const {
    for (const text::TextRun& run : text::text_of(doc).runs) {
        if (!text::is_running_text(run.part) || run.part == text::Part::action ||
            !may_be_about_actions(run))
            continue;
        for (const std::string_view c : clauses(run.text))
            if (judge(c) == Verdict::left_open) {
                out.report(doc, *run.origin,
                           "'" + trimmed(c) +
                               "': previous actions are reported without saying they were closed");
                break;
            }
    }
    for_each_block(doc.minutes, [&](const Block& b, const Item&) {
        if (const auto* a = std::get_if<Action>(&b); a && a->status == ActionStatus::carried)
            out.report(doc, a->origin, action_name(*a) + " is carried forward: it is still open");
    });
}

void ActionsUnresolvedRule::check_set(const RuleContext& ctx, Reporter& out) const {
    // Documents of one body with a full date, in date order.
    std::map<std::string, std::vector<std::pair<text::IsoDate, const Document*>>> meetings;
    for (const Document& d : ctx.documents) {
        const auto date = text::parse_iso(d.minutes.meta.date);
        if (date && date->day != 0) meetings[body_key(d.minutes)].emplace_back(*date, &d);
    }
    for (auto& [key, docs] : meetings) {
        std::stable_sort(docs.begin(), docs.end(), [](const auto& a, const auto& b) {
            return text::compare(a.first, b.first) < 0;
        });
        for (std::size_t i = 0; i + 1 < docs.size(); ++i) {
            const Document& prev = *docs[i].second;
            // The next meeting is the one the minutes announce, when they announce one.
            const Document* next = nullptr;
            bool announced = false;
            for (const NextMeeting& nm : prev.minutes.next_meetings) {
                const auto when = text::parse_iso(nm.date);
                if (!when) continue;
                announced = true;
                for (std::size_t j = i + 1; j < docs.size() && !next; ++j)
                    if (text::compare(docs[j].first, *when) == 0) next = docs[j].second;
            }
            if (!announced) next = docs[i + 1].second;
            // Only open actions are followed up: without any, the next minutes are not read.
            if (!next || !has_open_action(prev.minutes) || reports_actions_closed(*next)) continue;
            const FollowUps follow_ups(next->minutes);
            for_each_block(prev.minutes, [&](const Block& b, const Item&) {
                const auto* a = std::get_if<Action>(&b);
                if (!a || a->status == ActionStatus::closed) return;
                const Action* later = follow_ups.of(*a);
                if (later && later->status == ActionStatus::closed) return;
                out.report(prev, a->origin,
                           action_name(*a) + " is not reported closed at the next meeting (" +
                               next->path + ", " + next->minutes.meta.date + ")");
            });
        }
    }
}

}  // namespace mtk::validators
