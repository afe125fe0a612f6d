#include "layout/assemble.hpp"

#include <algorithm>
#include <utility>

#include "layout/actions.hpp"
#include "layout/assembler.hpp"
#include "layout/boilerplate.hpp"
#include "layout/dates.hpp"
#include "layout/decisions.hpp"
#include "layout/mentions.hpp"
#include "layout/next_meeting.hpp"
#include "layout/tables.hpp"
#include "layout/text_util.hpp"

namespace mtk::converters {

ConvertResult assemble_minutes(std::span<const SourceLine> lines) {
    return layout::Assembler(lines).run();
}

namespace layout {
namespace {

using Kind = SourceLine::Kind;

// Items nest at most this deep; deeper headings become siblings (the XML writer and the
// model's visitors recurse, so depth must stay bounded whatever the input).
constexpr std::size_t kMaxDepth = 8;

bool is_ordered(const SourceLine& l) {
    return l.kind == Kind::list_item && !l.marker.empty() &&
           ((l.marker[0] >= '0' && l.marker[0] <= '9') ||
            (l.marker[0] >= 'A' && l.marker[0] <= 'Z') ||
            (l.marker[0] >= 'a' && l.marker[0] <= 'z'));
}

// "6." and "7)" number alike; "6." and "a." or "(a)" do not.
bool same_numbering(std::string_view a, std::string_view b) {
    const auto style = [](std::string_view m) {
        const char c = m.starts_with('(') && m.size() > 1 ? m[1] : m.empty() ? '\0' : m[0];
        return c >= '0' && c <= '9' ? 0 : c >= 'A' && c <= 'Z' ? 1 : 2;
    };
    return style(a) == style(b);
}

// "K." before "Walsh": a marker that may be a person's initial.
bool initial_marker(const SourceLine& l) {
    return l.kind == Kind::list_item && l.marker.size() == 2 && l.marker[0] >= 'A' &&
           l.marker[0] <= 'Z' && l.marker[1] == '.';
}

int key_of(const SourceLine& l) {
    return l.kind == Kind::list_item ? std::max(l.indent, (l.level - 1) * 4) : l.indent;
}

int rank_of(NumberStyle s) {
    return s == NumberStyle::digits ? 0 : s == NumberStyle::upper_alpha ? 1 : 2;
}

std::string_view strip_topic(std::string_view t) {
    for (std::string_view p : {"topic:", "topic -", "topic \u2013"})
        if (istarts_with(t, p)) return trim(t.substr(p.size()));
    return t;
}

bool numbered_compound(std::string_view number) {
    return number.find_first_of("./") != std::string_view::npos;
}

bool is_attachment_prefix(std::string_view p) {
    return istarts_with(p, "attachment") || istarts_with(p, "appendix") || istarts_with(p, "annex");
}

// Whether text that starts with `start` can be an apologies sentence (take_prose_attendance:
// "Apologies ...", "There were no apologies", "No apologies ..."), by its first letter: the
// wrapped lines of a line are read for one that can.
bool may_open_apologies(std::string_view start) {
    const char c = start.empty() ? '\0' : char(start[0] | 0x20);
    return c == 'a' || c == 't' || c == 'n';
}

std::string line_text(const SourceLine& l) {
    if (l.kind == Kind::table_row) {
        std::string t;
        for (const std::string& c : l.cells)
            if (!c.empty()) t += (t.empty() ? "" : " | ") + c;
        return t;
    }
    return l.text;
}

}  // namespace

ConvertResult Assembler::run() {
    markup_headings_ = std::any_of(lines_.begin(), lines_.end(),
                                   [](const SourceLine& l) { return l.kind == Kind::heading; });
    m_.items.reserve(16);  // (as an item's blocks: see open_item)
    for (std::size_t i = 0; i < lines_.size(); ++i) line(i);
    close_all_items();
    finish();
    ConvertResult r;
    const bool has_attendance =
        m_.attendance.present || m_.attendance.apologies || m_.attendance.in_attendance;
    const bool has_date = !m_.meta.date.empty();
    const bool titled = ifind(m_.meta.title, "minutes") != std::string::npos ||
                        ifind(m_.meta.title, "meeting") != std::string::npos;
    bool has_actions = !m_.next_meetings.empty();
    for_each_block(
        m_, [&](const Block& b, const Item&) { has_actions |= std::holds_alternative<Action>(b); });
    if (!has_attendance && !(has_date && recognised_headings_ > 0) &&
        !(titled && recognised_headings_ > 0 && has_actions)) {
        r.error =
            "no minutes found: no attendance, no meeting date or title, no agenda items recognised";
        r.error_line = 1;
        return r;
    }
    r.minutes = std::move(m_);
    return r;
}

std::string_view Assembler::meeting_date() const {
    return m_.meta.date.empty() ? pre_.date() : m_.meta.date;
}

// ---------------------------------------------------------------- dispatch

std::string Assembler::with_wrapped(std::size_t i, std::size_t& last) const {
    std::string text = lines_[i].text;
    last = i;
    while (last + 1 < lines_.size() && lines_[last + 1].kind == Kind::text &&
           lines_[last + 1].wrapped) {
        join_spaced(text, lines_[++last].text);
    }
    return text;
}

std::string Assembler::with_wrapped_rest(std::size_t i, std::string_view rest) {
    std::size_t last = i;
    with_wrapped(i, last);
    std::string whole(rest);
    for (std::size_t j = i + 1; j <= last; ++j) join_spaced(whole, lines_[j].text);
    taken_through_ = last;
    return whole;
}

void Assembler::line(std::size_t i) {
    if (i > 0 && i <= taken_through_) return;  // read with the line it continues
    const SourceLine& l = lines_[i];
    if (l.kind == Kind::meta) {
        if (!l.cells.empty())
            pre_.take_field(l.cells[0], l.cells.size() > 1 ? l.cells[1] : l.text, l.line);
        return;
    }
    if (l.kind == Kind::blank) {
        if (para_) finish_paragraph();
        return;
    }
    if (zone_ != Zone::appendix && l.kind != Kind::table_row) {
        if (is_boilerplate(l.text)) return;
        if (std::string pt = publication_type(l.text); !pt.empty()) {
            if (m_.meta.publication_type.empty()) m_.meta.publication_type = pt;
            return;
        }
        if (l.href.starts_with("#")) {  // a table-of-contents entry
            m_.meta.contents.push_back(l.text);
            return;
        }
    }
    switch (zone_) {
        case Zone::attendance:
            if (attendance_line(i)) return;
            zone_ = Zone::body;
            break;
        case Zone::next_meeting:
            if (next_meeting_line(i)) return;
            zone_ = Zone::body;
            break;
        case Zone::contents:
            if ((l.kind == Kind::list_item || l.kind == Kind::text) &&
                label_at(i).type == Label::none && !heading_at(i) && title_like(l.text, 16)) {
                m_.meta.contents.push_back(l.text);
                return;
            }
            zone_ = Zone::body;
            break;
        case Zone::appendix: {
            if (const auto h = heading_at(i); h && is_attachment_prefix(h->prefix)) {
                close_blocks();
                while (stack_.size() > 1) close_item();
                open_item(*h, l.line, false);
                return;
            }
            content(i);
            return;
        }
        case Zone::summary:
            // a recap of what the body recorded: only its action lines are kept
            if (l.kind == Kind::heading) {
                zone_ = Zone::body;
                break;
            }
            if (auto a = parse_action_line(line_text(l), meeting_date()); a && !a->status_only)
                content(i);
            return;
        case Zone::body:
            break;
    }
    body_line(i);
}

void Assembler::body_line(std::size_t i) {
    const SourceLine& l = lines_[i];
    const Label lab = label_at(i);
    if (lab.type == Label::structure) {
        // the items that follow are not inside it; running text before and after it stays
        // in the same item without heading
        close_blocks();
        if (!stack_.empty() && stack_.front().shape != Shape::implicit) close_all_items();
        return;
    }
    if (lab.type != Label::none) {
        close_blocks();
        preamble_ = false;
        switch (lab.type) {
            case Label::attendance: {
                // "PRESENT:  Cllr A (Chairman); Councillors Mrs." and the lines wrapped under it
                std::size_t last = i;
                const std::string whole = with_wrapped(i, last);
                if (!lab.rest.empty()) {
                    take_inline_attendance(lab, with_wrapped_rest(i, lab.rest), l.line);
                    return;
                }
                if (take_prose_attendance(whole, l.line)) {
                    taken_through_ = last;
                    return;
                }
                if (!lab.number.empty()) {
                    // "2. Roll Call": an agenda item whose content is the attendance; kept
                    // as an item when the numbering around it continues (see finish()).
                    open_item(label_item(i, lab), l.line, true);
                } else {
                    close_all_items();
                }
                zone_ = Zone::attendance;
                start_group(lab.group, l.line);
                return;
            }
            case Label::next_meeting:
                if (!lab.number.empty()) {
                    // "23/07 Date of next meeting": an agenda item that announces the meeting
                    open_item(label_item(i, lab), l.line, false);
                } else {
                    close_all_items();
                }
                zone_ = Zone::next_meeting;
                if (!lab.rest.empty()) next_meeting_line(i);
                return;
            case Label::contents:
                zone_ = Zone::contents;
                return;
            case Label::appendix:
                close_all_items();
                zone_ = Zone::appendix;
                open_appendix(lab.title, l.line);
                return;
            case Label::summary:
                close_all_items();
                zone_ = Zone::summary;
                return;
            case Label::structure:
            case Label::none:
                break;
        }
    }
    // In the preamble, a heading or line may be the title, date or venue.
    if (preamble_) {
        // a line that is one link ("Agenda", "IRC log") points elsewhere: no metadata
        if (l.kind == Kind::text && !l.href.empty()) return;
        const bool heading_meta = l.kind == Kind::heading &&
                                  (m_.meta.title.empty() && preamble_taken_ == 0 && l.level <= 2);
        const bool dated_heading =
            l.kind == Kind::heading && find_date(l.text) && !parse_numbered_heading(l.text);
        const bool masthead = l.kind == Kind::heading && l.emphasised &&
                              !parse_numbered_heading(l.text) && is_masthead_text(l.text);
        // "City of Maple Ridge" / "Meeting Minutes - Final" / "Planning and Zoning Commission"
        // / the date: a stack of page headings above the date is the masthead
        const bool heading_over_date = l.kind == Kind::heading && l.level <= 3 &&
                                       m_.meta.date.empty() && pre_.date().empty() &&
                                       !parse_numbered_heading(l.text) && date_follows(i);
        if ((l.kind == Kind::text && !heading_at(i)) || heading_meta || dated_heading || masthead ||
            heading_over_date) {
            // a title wrapped over lines is read whole ("MINUTES of the meeting ... held at" /
            // "the Town Hall, on 14th October 1987," / "at 7.00 p.m.")
            std::size_t last = i;
            const std::string whole = l.kind == Kind::text ? with_wrapped(i, last) : l.text;
            if (preamble_taken_ < 12 && pre_.take(whole, l.line)) {
                ++preamble_taken_;
                taken_through_ = last;
                return;
            }
        }
    }
    if (const auto h = heading_at(i); h && !is_attachment_prefix(h->prefix)) {
        preamble_ = false;
        open_item(*h, l.line, false);
        return;
    }
    preamble_ = false;
    content(i);
}

bool Assembler::attendance_line(std::size_t i) {
    const SourceLine& l = lines_[i];
    const Label lab = label_at(i);
    if (lab.type == Label::attendance) {
        if (!lab.rest.empty()) {
            take_inline_attendance(lab, with_wrapped_rest(i, lab.rest), l.line);
        } else {
            start_group(lab.group, l.line);
        }
        return true;
    }
    if (lab.type != Label::none) return false;
    // "Regrets:" with nothing after it: the group is there, empty (the colon first: a person
    // line has none at its end)
    if (l.text.ends_with(':') && at_most_words(l.text, 6))
        if (const Group eg = attendance_group(l.text); eg != Group::none) {
            start_group(eg, l.line);
            return true;
        }
    if (l.kind == Kind::table_row && l.header_row) return true;  // column names of a people table
    // "M. Fortin, Clerk": an initial and a surname (and a role after a comma), not item M
    if (initial_marker(l)) {
        const auto ws = words(l.text);
        if (!ws.empty() && (ws.size() == 1 || ws[0].ends_with(',')) && person_at(i)) {
            add_person(*take_person(i), l.line);
            return true;
        }
    }
    if (const auto h = heading_at(i); h && (h->shape == Shape::md_heading || !h->number.empty()))
        return false;
    std::optional<PersonList>& g = group_ == Group::present     ? m_.attendance.present
                                   : group_ == Group::apologies ? m_.attendance.apologies
                                                                : m_.attendance.in_attendance;
    if (is_none_marker(l.text)) {
        if (g && g->people.empty()) g->none = true;
        return true;
    }
    if (status_row(i)) return true;
    // (taken, not cached: the line is not asked about again)
    if (auto p = take_person(i)) {
        add_person(std::move(*p), l.line);
        return true;
    }
    if (l.text.find(" and ") != std::string::npos) {
        if (auto list = parse_name_list(l.text)) {
            bool full = true;
            for (const ParsedPerson& p : *list) full &= !at_most_words(p.name, 1);
            if (full) {
                for (ParsedPerson& p : *list) add_person(std::move(p), l.line);
                return true;
            }
        }
    }
    if (std::size_t last = i;
        may_open_apologies(l.text) && take_prose_attendance(with_wrapped(i, last), l.line)) {
        taken_through_ = last;
        return true;
    }
    // "Attendees included:" -- a lead-in before the names
    if (!l.text.empty() && l.text.back() == ':' && g && g->people.empty()) return true;
    return false;
}

bool Assembler::status_row(std::size_t i) {
    // A table of the members with a status column ("Cllr Ward | Chair | Apologies"): each
    // row goes to the group its status names, and the status is no part of the person.
    const SourceLine& l = lines_[i];
    if (l.cells.size() < 2 || (l.kind != Kind::table_row && l.kind != Kind::text)) return false;
    std::size_t column = 0;
    std::optional<Group> status;
    for (std::size_t c = 1; c < l.cells.size(); ++c)
        if (auto g = attendance_status(l.cells[c])) {
            if (status) return false;  // two status cells: not this shape
            status = g;
            column = c;
        }
    if (!status) return false;
    std::vector<std::string> cells = l.cells;
    cells.erase(cells.begin() + std::ptrdiff_t(column));
    std::string text;
    for (const std::string& c : cells) text += (text.empty() ? "" : "\t") + c;
    auto p =
        cells.size() == 1 ? parse_attendee(cells[0], {}, true) : parse_attendee(text, cells, true);
    if (!p) return false;
    const Group group = group_;
    group_ = *status;
    add_person(std::move(*p), l.line);
    group_ = group;
    return true;
}

bool Assembler::next_meeting_line(std::size_t i) {
    const SourceLine& l = lines_[i];
    const Label lab = label_at(i);
    if (lab.type != Label::none && lab.type != Label::next_meeting) return false;
    if (lab.type == Label::none && heading_at(i)) return false;
    if (auto nm = parse_next_meeting(l.text, meeting_date(), true)) {
        NextMeeting n;
        n.date = nm->date;
        n.time = nm->time;
        n.title = nm->title;
        n.venue = nm->venue;
        n.origin.line = l.line;
        m_.next_meetings.push_back(std::move(n));
        if (!stack_.empty() && lab.type == Label::none) {
            // the text stays in the agenda item it belongs to
            para_.emplace();
            para_->origin.line = l.line;
            para_->content.push_back({l.text, false, {}});
            Paragraph p = std::move(*para_);
            para_.reset();
            add_block(std::move(p));
        }
        return true;
    }
    return lab.type == Label::next_meeting;
}

// ---------------------------------------------------------------- recognition

bool Assembler::date_follows(std::size_t i) const {
    // through the headings below it, to the first line of text: does it give the date?
    for (std::size_t j = i + 1; j < lines_.size() && j < i + 6; ++j) {
        const SourceLine& n = lines_[j];
        if (n.kind == Kind::blank || n.kind == Kind::meta) continue;
        if (n.kind == Kind::heading && !parse_numbered_heading(n.text)) {
            if (find_date(n.text)) return true;
            continue;
        }
        return n.kind == Kind::text && find_date(n.text) && at_most_words(n.text, 20);
    }
    return false;
}

bool Assembler::followed_by_break(std::size_t i) const {
    if (i + 1 >= lines_.size()) return true;
    const SourceLine& n = lines_[i + 1];
    return n.kind == Kind::blank || n.kind == Kind::heading || n.kind == Kind::meta ||
           (n.kind == Kind::text && !n.continuation);
}

bool Assembler::preceded_by_break(std::size_t i) const {
    return i == 0 || lines_[i - 1].kind == Kind::blank || lines_[i - 1].kind == Kind::heading ||
           lines_[i - 1].kind == Kind::meta;
}

void Assembler::Hit::take_number(const NumberedHeading& nh) {
    number = nh.number;
    title = strip_colon(nh.title);
    prefix = nh.prefix;
    list_number = nh.list_number;
}

std::optional<Assembler::Hit> Assembler::heading_at(std::size_t i) const {
    const SourceLine& l = lines_[i];
    Hit h;
    if (l.kind == Kind::heading) {
        const std::string_view text = strip_topic(l.text);
        h.shape = Shape::md_heading;
        h.level = l.level;
        h.key = l.indent;
        if (const auto& nh = numbered_at(i); nh && (!nh->title.empty() || !nh->prefix.empty())) {
            h.take_number(*nh);
        } else {
            h.title = strip_colon(text);
        }
        return h;
    }
    if (l.kind == Kind::list_item) {
        if (!is_ordered(l)) return std::nullopt;
        const auto& nh = numbered_at(i);
        if (!nh) return std::nullopt;
        // A list of another numbering right below ends the line as a break does
        // ("6. CONSENT AGENDA" / "a. Resolution 2024-31 ...").
        const bool sublist_follows = i + 1 < lines_.size() &&
                                     lines_[i + 1].kind == Kind::list_item &&
                                     is_ordered(lines_[i + 1]) && preceded_by_break(i) &&
                                     !same_numbering(l.marker, lines_[i + 1].marker);
        const bool heading = (l.emphasised && !nh->title.empty()) ||
                             (!nh->prefix.empty() && title_like(nh->title, 20)) ||
                             (title_like(nh->title) && (followed_by_break(i) || sublist_follows));
        if (!heading) return std::nullopt;
        h.take_number(*nh);
        h.key = key_of(l);
        h.rank = rank_of(nh->style);
        return h;
    }
    if (l.kind != Kind::text || l.continuation) return std::nullopt;
    if (const auto& nh = numbered_at(i)) {
        // A list right below ends the line as a break does ("25/03 Planning" / "a) ...").
        const bool list_follows = i + 1 < lines_.size() && lines_[i + 1].kind == Kind::list_item;
        const bool heading =
            (!nh->prefix.empty() && (nh->title.empty() || title_like(nh->title, 20))) ||
            (title_like(nh->title) && (followed_by_break(i) || list_follows) &&
             (numbered_compound(nh->number) || preceded_by_break(i)));
        if (!heading) return std::nullopt;
        h.take_number(*nh);
        h.key = key_of(l);
        h.rank = rank_of(nh->style);
        return h;
    }
    // An unnumbered heading: a short title-like line on its own at the margin, followed by
    // running text ("Welcome and apologies", "MINUTES OF LAST MEETING/ACTIONS (24 March)").
    if (preamble_ || markup_headings_ || l.indent > 1 || !preceded_by_break(i) ||
        !followed_by_break(i))
        return std::nullopt;
    if (!title_like(l.text, 12) || l.text.find(": ") != std::string::npos ||
        l.text.find('[') != std::string::npos || !l.cells.empty())
        return std::nullopt;
    std::size_t j = i + 1;
    while (j < lines_.size() && lines_[j].kind == Kind::blank) ++j;
    if (j >= lines_.size()) return std::nullopt;
    const SourceLine& next = lines_[j];
    const bool body_follows = (next.kind == Kind::text && !title_like(next.text, 12)) ||
                              (next.kind == Kind::list_item && !is_ordered(next)) ||
                              next.kind == Kind::table_row;
    if (!body_follows) return std::nullopt;
    h.title = l.text;
    h.key = l.indent;
    return h;
}

const std::optional<NumberedHeading>& Assembler::numbered_at(std::size_t i) const {
    if (numbered_line_ != i) {
        const SourceLine& l = lines_[i];
        std::string_view text = l.text;
        if (l.kind == Kind::list_item) {  // read with its marker, in a buffer the views keep
            numbered_text_.assign(l.marker);
            numbered_text_ += ' ';
            numbered_text_ += l.text;
            text = numbered_text_;
        } else if (l.kind == Kind::heading) {
            text = strip_topic(l.text);
        }
        numbered_ = parse_numbered_heading(text);
        numbered_line_ = i;
    }
    return numbered_;
}

Assembler::Label Assembler::label_at(std::size_t i) const {
    const SourceLine& l = lines_[i];
    Label lab;
    if (l.kind != Kind::text && l.kind != Kind::heading && l.kind != Kind::list_item) return lab;
    if (l.kind == Kind::list_item && !is_ordered(l)) return lab;
    // the text and the label read as views of the line or of its number's title (numbered_at
    // keeps it: nothing below asks about another line's number)
    std::string_view t = l.text;
    if (const auto& nh = numbered_at(i); nh && nh->prefix.empty()) {
        lab.number = nh->number;
        t = nh->title;
    } else if (l.kind == Kind::list_item) {
        return lab;
    } else if (l.kind == Kind::heading) {
        t = strip_topic(l.text);
    }
    // a label's title is read only when it has a type: made for those alone
    const auto typed = [&](Label::Type type) {
        lab.type = type;
        lab.title = strip_colon(t);
    };
    std::string_view label = t;
    const std::size_t colon = t.find(':');
    if (colon != std::string::npos && colon + 1 < t.size()) {
        label = t.substr(0, colon);
        lab.rest = trim(t.substr(colon + 1));
    }
    // "present+ Ege_Korkan", "regrets+ Luca": the IRC commands that add to a group (both of
    // eight characters, the last a '+')
    for (const auto& [cmd, g] : {std::pair{std::string_view("present+"), Group::present},
                                 std::pair{std::string_view("regrets+"), Group::apologies}})
        if (t.size() >= 8 && t[7] == '+' && istarts_with(t, cmd)) {
            lab.rest = trim(strip_chars(t.substr(cmd.size()), ":"));
            if (lab.rest.empty()) return lab;
            typed(Label::attendance);
            lab.group = g;
            return lab;
        }
    if (l.kind == Kind::heading && lab.number.empty() && lab.rest.empty()) {
        if (is_summary_label(t)) {
            typed(Label::summary);
            return lab;
        }
        if (is_structure_heading(t)) {
            typed(Label::structure);
            return lab;
        }
    }
    // the words counted once where the label is the whole text
    const bool whole = label.size() == t.size();
    const std::size_t t_words = l.kind != Kind::heading || whole ? words_up_to(t, 8) : 0;
    const bool standalone = l.kind == Kind::heading || t_words <= 8;
    const bool short_label = whole ? t_words <= 6 : at_most_words(label, 6);
    // An attendance group or next-meeting label opens its block with inline content, or on a
    // short line that is no wrap ("...report to the" / "next meeting."); the other lines are not
    // asked about (the word count first: it rules out the prose lines at a fraction of the
    // cost).
    const bool may_open = !lab.rest.empty() || (standalone && !l.continuation);
    if (const Group g = short_label && may_open ? attendance_group(label) : Group::none;
        g != Group::none) {
        if (!lab.rest.empty() || attendance_follows(i)) {
            typed(Label::attendance);
            lab.group = g;
            return lab;
        }
    }
    // "Clerk: Mrs Pam Hughes" among the attendance lists, before any item
    if (zone_ == Zone::attendance && stack_.empty() && !lab.rest.empty() &&
        is_minute_taker_label(label) && parse_attendee(lab.rest, {}, true)) {
        typed(Label::attendance);
        lab.group = Group::in_attendance;
        lab.role = std::string(strip_colon(collapse_ws(label)));
        return lab;
    }
    if (may_open && is_next_meeting_label(label)) {
        typed(Label::next_meeting);
        return lab;
    }
    if (lab.rest.empty() && standalone && lab.number.empty()) {
        if (is_contents_label(t))
            typed(Label::contents);
        else if (is_appendix_label(t))
            typed(Label::appendix);
    }
    return lab;
}

const std::optional<ParsedPerson>& Assembler::person_at(std::size_t i) const {
    auto at = std::find_if(persons_.begin(), persons_.end(),
                           [i](const auto& entry) { return entry.first >= i; });
    if (at == persons_.end() || at->first != i) at = persons_.emplace(at, i, parse_person(i));
    return at->second;
}

std::optional<ParsedPerson> Assembler::take_person(std::size_t i) {
    const auto end = std::find_if(persons_.begin(), persons_.end(),
                                  [i](const auto& entry) { return entry.first > i; });
    std::optional<ParsedPerson> p;
    if (end != persons_.begin() && std::prev(end)->first == i)
        p = std::move(std::prev(end)->second);
    else
        p = parse_person(i);
    persons_.erase(persons_.begin(), end);  // this line and the ones before it
    return p;
}

std::optional<ParsedPerson> Assembler::parse_person(std::size_t i) const {
    const SourceLine& l = lines_[i];
    switch (l.kind) {
        case Kind::list_item:
            // "K. Walsh, Chief Administrative Officer": an initial the reader took for a
            // lettered list's marker
            if (initial_marker(l))
                if (auto p = parse_attendee(l.marker + " " + l.text, {}, false)) return p;
            return parse_attendee(l.text, {}, true);
        case Kind::table_row:
            if (l.header_row) return std::nullopt;
            return l.cells.size() == 1 ? parse_attendee(l.cells[0], {}, true)
                                       : parse_attendee(l.text, l.cells, true);
        case Kind::text:
            if (l.cells.size() >= 2) return parse_attendee(l.text, l.cells, true);
            return parse_attendee(l.text, {}, false);
        default:
            return std::nullopt;
    }
}

bool Assembler::attendance_follows(std::size_t i) const {
    int seen = 0;
    for (std::size_t j = i + 1; j < lines_.size() && seen < 8; ++j) {
        const SourceLine& l = lines_[j];
        if (l.kind == Kind::blank || l.kind == Kind::meta) continue;
        if (l.kind == Kind::table_row && l.header_row) continue;  // "Name | Role" above the people
        ++seen;
        if (is_none_marker(l.text) || person_at(j)) return true;
        if (l.text.find(" and ") != std::string::npos && parse_name_list(l.text)) return true;
        const std::string_view t = strip_colon(l.text);
        if (attendance_group(t) != Group::none) continue;  // a nested group label
        if (const std::size_t c = t.find(':'); c != std::string_view::npos &&
                                               at_most_words(t.substr(0, c), 6) &&
                                               attendance_group(t.substr(0, c)) != Group::none)
            return true;  // "Present: Ege_Korkan, Luca_Barbato"
        if (!l.text.empty() && l.text.back() == ':') continue;  // "Attendees included:"
        return false;
    }
    return false;
}

// ---------------------------------------------------------------- building

Assembler::Hit Assembler::label_item(std::size_t i, const Label& lab) const {
    const SourceLine& l = lines_[i];
    Hit h;
    h.number = lab.number;
    h.title = lab.title;
    h.key = key_of(l);
    if (l.kind == Kind::heading) {  // nests like the other headings of its level
        h.shape = Shape::md_heading;
        h.level = l.level;
    }
    return h;
}

Item& Assembler::current_item() {
    if (stack_.empty()) {
        // running text outside any heading: an item without heading holds it
        m_.items.emplace_back();
        m_.items.back().origin.line = 0;
        stack_.push_back({&m_.items.back(), Shape::implicit, 0, -1, 0, false});
    }
    return *stack_.back().item;
}

void Assembler::add_block(Block b) {
    Item& it = current_item();
    if (it.origin.line == 0) {
        // an implicit item starts where its first block starts
        std::visit(
            [&](const auto& x) {
                using T = std::decay_t<decltype(x)>;
                if constexpr (std::is_same_v<T, BulletList>)
                    it.origin.line = x.items.empty() ? 0 : x.items[0].origin.line;
                else
                    it.origin.line = x.origin.line;
            },
            b);
    }
    it.content.push_back(std::move(b));
}

void Assembler::open_item(const Hit& h, int line, bool placeholder) {
    // the item takes its copies of the hit's views first
    Item it;
    it.number = h.number;
    it.list_number = h.list_number;
    it.heading = h.title;
    it.origin.line = line;
    // room for an item's blocks at once: blocks appended one by one would be moved at each
    // doubling
    it.content.reserve(8);
    const bool actions = is_actions_label(h.title);
    close_blocks();
    ++recognised_headings_;
    // "2.a" goes into the open item numbered "2"; otherwise indentation, numbering style
    // and heading levels decide.
    std::size_t keep = std::string::npos;
    if (const std::size_t dot = it.number.rfind('.'); dot != std::string::npos && dot > 0) {
        const std::string_view up = std::string_view(it.number).substr(0, dot);
        for (std::size_t k = stack_.size(); k-- > 0;)
            if (stack_[k].item->number == up) {
                keep = k + 1;
                break;
            }
    }
    auto nests_in = [&](const Open& o) {
        if (o.shape == Shape::implicit) return false;
        if (h.shape == Shape::md_heading) return o.shape == Shape::md_heading && o.level < h.level;
        if (o.shape == Shape::md_heading) return true;
        return h.key > o.key || (h.key == o.key && h.rank > o.rank);
    };
    if (keep != std::string::npos) {
        while (stack_.size() > keep) close_item();
    } else {
        while (!stack_.empty() && !nests_in(stack_.back())) close_item();
    }
    while (stack_.size() >= kMaxDepth) close_item();
    Item* ptr = nullptr;
    if (stack_.empty()) {
        m_.items.push_back(std::move(it));
        ptr = &m_.items.back();
    } else {
        stack_.back().item->content.emplace_back(std::move(it));
        ptr = &std::get<Item>(stack_.back().item->content.back());
    }
    stack_.push_back({ptr, h.shape, h.level, h.key, h.rank, actions});
    if (placeholder) placeholder_lines_.insert(line);
}

void Assembler::open_appendix(std::string_view title, int line) {
    Hit h;
    h.title = strip_colon(title);
    h.shape = Shape::md_heading;
    h.level = 0;
    open_item(h, line, false);
    stack_.back().actions = false;
}

void Assembler::close_item() {
    close_blocks();
    if (stack_.empty()) return;
    if (stack_.back().actions) convert_actions_section(*stack_.back().item);
    stack_.pop_back();
}

void Assembler::close_all_items() {
    close_blocks();
    while (!stack_.empty()) close_item();
}

void Assembler::close_blocks() {
    if (para_) finish_paragraph();
    if (list_) finish_list();
}

Decision* Assembler::last_decision() {
    if (stack_.empty() || current_item().content.empty()) return nullptr;
    return std::get_if<Decision>(&current_item().content.back());
}

Decision* Assembler::decision_taking_clauses() {
    Decision* d = last_decision();
    if (!d) return nullptr;
    Item& item = current_item();
    const std::string_view t = trim(d->text);
    const bool opens = t.ends_with(':') || t.ends_with(" -") || t.ends_with("\u2013");
    const bool taking = clause_taker_ == std::pair{&item, item.content.size() - 1};
    return opens || taking ? d : nullptr;
}

void Assembler::finish_list() {
    BulletList l = std::move(*list_);
    list_.reset();
    if (l.items.empty()) return;
    // "RESOLVED:" / "1. That the report be noted" / "2. That ...": a list of the decision's
    // clauses is its text (a list of anything else, appointees say, stays a list)
    if (Decision* d = decision_taking_clauses();
        d && std::all_of(l.items.begin(), l.items.end(),
                         [](const ListItem& li) { return istarts_with(li.text(), "that "); })) {
        for (const ListItem& li : l.items) join_spaced(d->text, li.text());
        return;
    }

    if (!in_appendix())
        for (const ListItem& li : l.items)
            if (auto nm = parse_next_meeting(li.text(), meeting_date(), false))
                m_.next_meetings.push_back(
                    {nm->date, nm->time, nm->title, nm->venue, {li.origin.line, 0, {}}});
    add_block(std::move(l));
}

void Assembler::finish_paragraph() {
    Paragraph p = std::move(*para_);
    para_.reset();
    // (a paragraph is one run as it is assembled, most often: its text is then read in place)
    std::string joined;
    const std::string_view text =
        p.content.size() == 1 ? std::string_view(p.content.front().text) : (joined = p.text());
    if (text.empty()) return;
    // "Moved By: X" / "Seconded By: Y" / "That the agenda be adopted.": the parts of a motion,
    // a paragraph each
    if (Decision* d = last_decision();
        d && d->kind == DecisionKind::motion &&
        (read_seconder(text, *d) ||
         (istarts_with(text, "that ") && ifind(d->text, " that ") == std::string::npos))) {
        join_spaced(d->text, text);
        return;
    }
    // "RESOLVED:" / "1. That the report be noted.": a clause of the decision above
    if (Decision* d = decision_taking_clauses();
        d && (!p.number.empty() || istarts_with(text, "that ") || text.starts_with('('))) {
        join_spaced(d->text,
                    p.number.empty() ? std::string(text) : p.number + ". " + std::string(text));
        clause_taker_ = {&current_item(), current_item().content.size() - 1};
        return;
    }
    // "CARRIED 4/1" or "Aye: 4 - ..." under a motion (its clauses may come between): the
    // motion's result and votes (the paragraph stays where it is)
    if (!stack_.empty()) {
        auto& content = current_item().content;
        // a motion's clauses are a few blocks: looking further back would make a long item
        // quadratic
        constexpr std::ptrdiff_t kClauses = 12;
        const auto end =
            content.rend() - std::max<std::ptrdiff_t>(0, std::ssize(content) - kClauses);
        for (auto it = content.rbegin(); it != end; ++it) {
            if (auto* d = std::get_if<Decision>(&*it)) {
                if (d->kind == DecisionKind::motion) {
                    if (d->result.empty()) read_result(text, *d);
                    read_vote_line(text, *d);
                }
                break;
            }
            if (!std::holds_alternative<Paragraph>(*it) && !std::holds_alternative<BulletList>(*it))
                break;
        }
    }
    if (!in_appendix()) {
        if (auto a = parse_action_line(text, meeting_date())) {
            if (a->status_only) {
                status_updates_.emplace_back(a->number, a->status);
            } else {
                Action act;  // (what the action line says is moved: it is not read again)
                act.number = a->number.empty() ? p.number : std::move(a->number);
                act.owner = std::move(a->owner);
                act.due = std::move(a->due);
                act.status = a->status;
                act.text = std::move(a->text);
                act.origin = p.origin;
                add_block(std::move(act));
                return;
            }
        }
        // what the readers below look for first, found in one pass (most paragraphs have none)
        const ProseCues cues = prose_cues(text);
        std::optional<ParsedNextMeeting> nm;
        if (cues.next) nm = parse_next_meeting(text, meeting_date(), false);
        if (nm)
            m_.next_meetings.push_back(
                {nm->date, nm->time, nm->title, nm->venue, {p.origin.line, 0, {}}});
        else if (!stack_.empty() && add_prose_blocks(p, text, cues))
            return;
    }
    add_block(std::move(p));
}

bool Assembler::known_owner(std::string_view owner) {
    // people by each word of their names and by their initials, rebuilt when people are added
    // (an index: a long document with a long attendance list must not be quadratic)
    std::size_t listed = 0;
    for (const auto* group :
         {&m_.attendance.present, &m_.attendance.apologies, &m_.attendance.in_attendance})
        listed += *group ? (*group)->people.size() : 0;
    if (listed != owner_index_size_) {
        owner_index_.clear();
        owner_index_size_ = listed;
        for (const ListedPerson& lp : all_people(m_)) {
            for (std::string_view w : words(lp.person->name))
                if (!is_honorific(w)) owner_index_.emplace(std::string(w), lp.person);
            if (!lp.person->initials.empty()) owner_index_.emplace(lp.person->initials, lp.person);
            if (std::string letters = name_letters(lp.person->name); letters.size() >= 2)
                owner_index_.emplace(std::move(letters), lp.person);
        }
    }
    // "JS/TB", "Ann and Bob", "the Chair, the Clerk": every one must be known
    std::vector<std::string> parts;
    for (const std::string_view a : split_views_outside_parens(owner, "/"))
        for (const std::string_view b : split_views_outside_parens(a, ","))
            for (const std::string_view c : split_views_outside_parens(b, " and "))
                for (const std::string_view d : split_views_outside_parens(c, " & "))
                    if (!trim(d).empty()) parts.push_back(std::string(trim(d)));
    if (parts.empty()) return false;
    return std::all_of(parts.begin(), parts.end(), [&](const std::string& part) {
        if (owner_is_position(part)) return true;
        std::string key;  // the first word that is no title
        for (std::string_view w : words(part))
            if (w != "The" && w != "the" && !is_honorific(w)) {
                key = std::string(w);
                break;
            }
        const auto [from, to] = owner_index_.equal_range(key);
        return std::any_of(from, to, [&](const auto& entry) {
            return owner_names(part, entry.second->name, entry.second->initials);
        });
    });
}

bool Assembler::add_prose_blocks(const Paragraph& p, std::string_view text, const ProseCues& cues) {
    std::vector<std::pair<std::size_t, std::size_t>> actions;
    if (cues.task)
        actions =
            action_sentences(text, [this](std::string_view owner) { return known_owner(owner); });
    std::vector<DecisionSpan> decisions = find_decisions(text, cues.stems);
    if (actions.empty() && decisions.empty()) return false;
    // A resolution runs to the end of its paragraph, unless an action follows it there.
    for (DecisionSpan& d : decisions)
        for (const auto& [begin, end] : actions)
            if (begin > d.begin && begin < d.end) d.end = begin;
    std::string number = p.number;  // the paragraph's number goes to its first block
    std::size_t at = 0;
    const auto add_text = [&](std::size_t end) {
        const std::string_view part = trim(text.substr(at, end - at));
        if (part.empty()) return;
        Paragraph q;
        q.number = std::exchange(number, {});
        q.content.push_back({std::string(part), false, {}});
        q.origin = p.origin;
        add_block(std::move(q));
    };
    std::size_t a = 0, d = 0;
    while (a < actions.size() || d < decisions.size()) {
        const bool action_next =
            d >= decisions.size() || (a < actions.size() && actions[a].first < decisions[d].begin);
        const std::size_t begin = action_next ? actions[a].first : decisions[d].begin;
        const std::size_t end = action_next ? actions[a].second : decisions[d].end;
        if (begin < at) {  // inside a block already taken
            action_next ? ++a : ++d;
            continue;
        }
        add_text(begin);
        const std::string_view sentence = trim(text.substr(begin, end - begin));
        if (action_next) {
            Action act;
            act.number = std::exchange(number, {});
            act.owner = find_owner(sentence);
            act.due = find_due(sentence, meeting_date());
            act.status = find_status(sentence);
            act.text = std::string(sentence);
            act.origin = p.origin;
            add_block(std::move(act));
            ++a;
        } else {
            Decision dec = std::move(decisions[d].decision);
            if (dec.number.empty()) dec.number = std::exchange(number, {});
            dec.text = std::string(sentence);
            dec.origin = p.origin;
            add_block(std::move(dec));
            ++d;
        }
        at = end;
    }
    add_text(text.size());
    return true;
}

void Assembler::content(std::size_t i) {
    const SourceLine& l = lines_[i];
    const bool actions_section = !stack_.empty() && stack_.back().actions;
    if (l.kind == Kind::list_item && trim(l.text).empty()) return;  // a bullet with nothing
    if (l.kind == Kind::list_item && !is_ordered(l)) {
        if (para_) finish_paragraph();
        if (!in_appendix()) {
            if (auto a = parse_action_line(l.text, meeting_date()); a && !a->status_only) {
                if (list_) finish_list();
                Action act;
                act.number = a->number;
                act.owner = a->owner;
                act.due = a->due;
                act.status = a->status;
                act.text = a->text;
                act.origin.line = l.line;
                add_block(std::move(act));
                return;
            }
        }
        if (!list_) {
            list_.emplace();
            list_->origin.line = l.line;
            list_->items.reserve(8);  // (as an item's blocks: see open_item)
        }
        ListItem li;
        li.content.push_back({l.text, false, {}});
        li.origin.line = l.line;
        list_->items.push_back(std::move(li));
        return;
    }
    if (list_) finish_list();
    if (l.kind == Kind::list_item) {  // an ordered item that is no heading: a numbered paragraph
        if (para_) finish_paragraph();
        para_.emplace();
        para_->number = std::string(strip_chars(l.marker, ".)("));
        para_->origin.line = l.line;
        para_->content.push_back({l.text, false, {}});
        finish_paragraph();
        return;
    }
    if (l.kind == Kind::table_row && !in_appendix()) {  // tables of actions (layout/tables.hpp)
        if (is_action_table_header(lines_, i) || is_item_table_header(lines_, i)) return;
        if (auto row = item_from_table_row(lines_, i, meeting_date())) {
            Hit h;
            h.number = row->number;
            h.title = row->title;
            open_item(h, l.line, false);
            if (!row->minutes.empty()) {
                para_.emplace();
                para_->origin.line = l.line;
                para_->content.push_back({row->minutes, false, {}});
                finish_paragraph();
            }
            if (const auto& a = row->action)
                add_block(
                    Action{{}, a->number, a->owner, a->due, a->status, a->text, {l.line, 0, {}}});
            return;
        }
        if (auto a = action_from_table_row(lines_, i, meeting_date())) {
            if (para_) finish_paragraph();
            add_block(Action{{}, a->number, a->owner, a->due, a->status, a->text, {l.line, 0, {}}});
            return;
        }
    }
    std::string row;  // a table row's cells, joined
    const std::string_view text =
        l.kind == Kind::table_row ? std::string_view(row = line_text(l)) : std::string_view(l.text);
    if (text.empty()) return;
    const bool new_block = !l.continuation || actions_section || !para_ ||
                           (!in_appendix() && parse_action_line(text, meeting_date()));
    if (!new_block) {
        join_spaced(para_->content.back().text, text);
        return;
    }
    if (para_) finish_paragraph();
    // An apologies sentence fills the apologies group; inside an item it stays as text too.
    // It starts a block: after a break, or right under its item's heading ("25/14 Apologies
    // for absence" / "Apologies were received from ...").
    const bool under_heading = i > 0 && !stack_.empty() &&
                               current_item().origin.line == lines_[i - 1].line &&
                               current_item().content.empty();
    std::size_t last = i;
    if (!in_appendix() && (preceded_by_break(i) || under_heading) && may_open_apologies(text) &&
        take_prose_attendance(l.kind == Kind::text ? with_wrapped(i, last) : text, l.line) &&
        stack_.empty()) {
        taken_through_ = last;
        return;
    }
    para_.emplace();
    para_->origin.line = l.line;
    para_->content.push_back({std::string(text), false, {}});
}

void Assembler::start_group(Group g, int line) {
    group_ = g;
    std::optional<PersonList>& list = g == Group::present     ? m_.attendance.present
                                      : g == Group::apologies ? m_.attendance.apologies
                                                              : m_.attendance.in_attendance;
    if (!list) {
        list.emplace();
        list->origin.line = line;
        // room for a meeting's people at once: a list that grew one by one would move those
        // it holds at each step
        list->people.reserve(16);
    }
}

void Assembler::add_person(ParsedPerson&& p, int line) {
    std::optional<PersonList>& list = group_ == Group::present     ? m_.attendance.present
                                      : group_ == Group::apologies ? m_.attendance.apologies
                                                                   : m_.attendance.in_attendance;
    if (!list) start_group(group_, line);
    list->none = false;
    Person& person = list->people.emplace_back();
    person.name = std::move(p.name);
    person.initials = std::move(p.initials);
    person.role = std::move(p.role);
    person.organisation = std::move(p.organisation);
    person.origin.line = line;
}

bool Assembler::take_inline_attendance(const Label& lab, std::string_view rest, int line) {
    if (rest.empty()) return false;
    start_group(lab.group, line);
    std::optional<PersonList>& list = lab.group == Group::present     ? m_.attendance.present
                                      : lab.group == Group::apologies ? m_.attendance.apologies
                                                                      : m_.attendance.in_attendance;
    // "Attendees" over "Present: ...": the group starts where its people are listed
    if (list->people.empty() && !list->none) list->origin.line = line;
    if (is_none_marker(rest)) {
        if (list->people.empty()) list->none = true;
        return true;
    }
    const std::string listed = without_head_counts(rest);
    if (listed.empty()) return true;
    if (auto names = parse_name_list(listed)) {
        if (names->size() == 1 && names->front().role.empty()) names->front().role = lab.role;
        for (ParsedPerson& p : *names) add_person(std::move(p), line);
    } else if (auto nicks = parse_nick_list(listed)) {
        // a name already listed ("present+" repeating the roll) is not added twice
        for (ParsedPerson& p : *nicks)
            if (std::none_of(list->people.begin(), list->people.end(),
                             [&](const Person& q) { return q.name == p.name; }))
                add_person(std::move(p), line);
    } else if (auto p = parse_attendee(listed, {}, true)) {
        if (p->role.empty()) p->role = lab.role;
        add_person(std::move(*p), line);
    } else {
        // "Mrs Jane Porter (Clerk) and Mr Tom Reid": the names that parse
        for (const std::string_view part : split_views_outside_parens(listed, ","))
            for (const std::string_view piece : split_views_outside_parens(part, " and "))
                if (auto q = parse_attendee(strip_chars(piece, ". "), {}, true))
                    add_person(std::move(*q), line);
    }
    return true;
}

// "Apologies for absence were received from X and Y." / "No apologies were received."
bool Assembler::take_prose_attendance(std::string_view text, int line) {
    const bool apologies_sentence = istarts_with(text, "apolog") ||
                                    istarts_with(text, "there were no apolog") ||
                                    istarts_with(text, "no apolog");
    if (!apologies_sentence) return false;
    const std::string l = lowercase(text);
    if (m_.attendance.apologies &&
        (!m_.attendance.apologies->people.empty() || m_.attendance.apologies->none))
        return false;  // an apologies list exists; the sentence only repeats it
    const Group saved = group_;
    if (l.starts_with("no apolog") || l.starts_with("there were no apolog") ||
        l.starts_with("apologies: none")) {
        group_ = Group::apologies;
        start_group(Group::apologies, line);
        m_.attendance.apologies->none = true;
        group_ = saved;
        return true;
    }
    const std::size_t from = l.find(" from ");
    if (from == std::string::npos) return false;
    std::string_view names = std::string_view(text).substr(from + 6);
    // the sentence ends at a full stop that ends no initial or title ("K. Lowe", "Mrs. Hart")
    for (std::size_t stop = names.find(". "); stop != std::string_view::npos;
         stop = names.find(". ", stop + 1)) {
        const std::size_t space = names.rfind(' ', stop);
        const std::string_view before =
            names.substr(space == std::string_view::npos ? 0 : space + 1,
                         stop - (space == std::string_view::npos ? 0 : space + 1));
        const bool initial = !before.empty() && before.size() <= 4 &&
                             std::all_of(before.begin(), before.end(),
                                         [](char c) { return (c >= 'A' && c <= 'Z') || c == '.'; });
        if (is_honorific(before) || initial) continue;
        names = names.substr(0, stop);
        break;
    }
    auto list = parse_name_list(names);
    if (!list) return false;
    group_ = Group::apologies;
    for (ParsedPerson& p : *list) add_person(std::move(p), line);
    group_ = saved;
    return true;
}

// In an "Actions" section the list items are the actions (with a lead-in such as "JR takes
// action items to reach out to:" giving its owner to the list below); without lists, its
// numbered paragraphs and "Owner to ..." lines are.
void Assembler::convert_actions_section(Item& it) {
    const bool has_lists = std::any_of(it.content.begin(), it.content.end(), [](const Block& b) {
        return std::holds_alternative<BulletList>(b);
    });
    const std::string date(meeting_date());
    std::vector<Block> out;
    std::string lead_text, lead_owner;
    for (std::size_t k = 0; k < it.content.size(); ++k) {
        Block& b = it.content[k];
        if (auto* l = std::get_if<BulletList>(&b)) {
            for (const ListItem& li : l->items) {
                const std::string text =
                    lead_text.empty() ? li.text() : lead_text + " " + li.text();
                ParsedAction pa = action_from_text(li.text(), date);
                Action a;
                a.number = pa.number;
                a.owner = pa.owner.empty() ? lead_owner : pa.owner;
                a.due = pa.due.empty() ? find_due(text, date) : pa.due;
                a.status = pa.status;
                a.text = text;
                a.origin = li.origin;
                out.emplace_back(std::move(a));
            }
            lead_text.clear();
            lead_owner.clear();
            continue;
        }
        if (auto* p = std::get_if<Paragraph>(&b)) {
            const std::string text = p->text();
            const bool next_is_list =
                k + 1 < it.content.size() && std::holds_alternative<BulletList>(it.content[k + 1]);
            if (has_lists && next_is_list && !lead_in_owner(text).empty()) {
                lead_text = text;
                lead_owner = lead_in_owner(text);
                continue;
            }
            if (!has_lists && (!p->number.empty() || !find_owner(text).empty())) {
                ParsedAction pa = action_from_text(text, date);
                Action a;
                a.number = pa.number.empty() ? p->number : pa.number;
                a.owner = pa.owner;
                a.due = pa.due;
                a.status = pa.status;
                a.text = text;
                a.origin = p->origin;
                out.emplace_back(std::move(a));
                continue;
            }
        }
        out.push_back(std::move(b));
    }
    it.content = std::move(out);
}

// ---------------------------------------------------------------- finishing

void Assembler::finish() {
    pre_.finish(m_.meta);
    // A numbered attendance heading stays an item only when the numbering around it
    // continues ("1. Call to order", "2. Roll Call", "3. Minutes"); otherwise its number
    // is a list counter of the web page ("1. Attendees and apologies", then "Item 1").
    auto number_of = [](const Item& it) -> long {
        if (it.number.empty() || it.number.find_first_not_of("0123456789") != std::string::npos ||
            it.number.size() > 6)
            return -1;
        return std::stol(it.number);
    };
    for (std::size_t k = 0; k < m_.items.size();) {
        const Item& it = m_.items[k];
        if (placeholder_lines_.count(it.origin.line) && it.content.empty()) {
            const long n = number_of(it);
            const bool prev = k > 0 && n > 0 && number_of(m_.items[k - 1]) == n - 1;
            const bool next =
                k + 1 < m_.items.size() && n >= 0 && number_of(m_.items[k + 1]) == n + 1;
            if (!prev && !next) {
                m_.items.erase(m_.items.begin() + long(k));
                continue;
            }
        }
        ++k;
    }
    // ids: people in XML order, items by position, actions and decisions in document order
    int pid = 0;
    for (std::optional<PersonList>* g :
         {&m_.attendance.present, &m_.attendance.apologies, &m_.attendance.in_attendance})
        if (*g)
            for (Person& p : (*g)->people) p.id = "p" + std::to_string(++pid);
    int aid = 0, did = 0;
    auto number_items = [&](auto& self, Item& item, const std::string& id) -> void {
        item.id = id;
        int sub = 0;
        for (Block& b : item.content) {
            if (auto* a = std::get_if<Action>(&b))
                a->id = "a" + std::to_string(++aid);
            else if (auto* d = std::get_if<Decision>(&b))
                d->id = "d" + std::to_string(++did);
            else if (auto* s = std::get_if<Item>(&b))
                self(self, *s, id + "." + std::to_string(++sub));
        }
    };
    for (std::size_t k = 0; k < m_.items.size(); ++k)
        number_items(number_items, m_.items[k], "i" + std::to_string(k + 1));
    // "Action 2016-07 CLOSED." updates the action it names
    for (const auto& [number, status] : status_updates_) {
        std::vector<Item*> items;
        for (Item& it : m_.items) items.push_back(&it);
        while (!items.empty()) {
            Item* it = items.back();
            items.pop_back();
            for (Block& b : it->content) {
                if (auto* a = std::get_if<Action>(&b); a && a->number == number)
                    a->status = status;
                else if (auto* s = std::get_if<Item>(&b))
                    items.push_back(s);
            }
        }
    }
    annotate_mentions(m_);
}

}  // namespace layout
}  // namespace mtk::converters
