#include "layout/tables.hpp"

#include <algorithm>

#include "layout/dates.hpp"
#include "layout/headings.hpp"
#include "layout/text_util.hpp"

namespace mtk::converters::layout {
namespace {

using Kind = SourceLine::Kind;

template <std::size_t N>
bool one_of(std::string_view s, const std::string_view (&names)[N]) {
    return std::find(std::begin(names), std::end(names), s) != std::end(names);
}

// A header cell in lower case, without trailing punctuation ("No." -> "no").
std::string column_name(std::string_view cell) {
    return lowercase(strip_chars(collapse_ws(cell), " .:*"));
}

constexpr std::string_view kNumber[] = {
    "no",   "#",      "ref",       "number",     "num",
    "item", "minute", "action no", "action ref", "action number"};
constexpr std::string_view kOwner[] = {"owner",       "owners",  "lead",           "responsible",
                                       "by whom",     "who",     "action by",      "actioned by",
                                       "assigned to", "officer", "responsibility", "lead officer"};
constexpr std::string_view kDue[] = {"due",         "due date",       "deadline", "by when",
                                     "target date", "timescale",      "when",     "date",
                                     "target",      "completion date"};
constexpr std::string_view kStatus[] = {"status",     "update",  "progress", "rag",
                                        "rag status", "outcome", "comments", "current status"};
constexpr std::string_view kText[] = {"action", "actions",       "action required", "description",
                                      "task",   "agreed action", "action point",    "action item"};

// The first row of the run of table rows that holds line i.
std::size_t table_start(std::span<const SourceLine> lines, std::size_t i) {
    while (i > 0 && lines[i - 1].kind == Kind::table_row) --i;
    // a markdown table's separator row ("|---|---|") comes as a blank line under its header
    if (i >= 2 && lines[i - 1].kind == Kind::blank && lines[i - 2].kind == Kind::table_row &&
        lines[i - 2].header_row && (i < 3 || lines[i - 3].kind != Kind::table_row))
        return i - 2;
    return i;
}

// True when line i is the first row of its table (where a header stands).
bool first_row(std::span<const SourceLine> lines, std::size_t i) {
    return i < lines.size() && lines[i].kind == Kind::table_row && table_start(lines, i) == i;
}

// The first row of the table above data row i; null when i is no row under another.
const SourceLine* header_above(std::span<const SourceLine> lines, std::size_t i) {
    if (i >= lines.size() || lines[i].kind != Kind::table_row || lines[i].header_row)
        return nullptr;
    const std::size_t start = table_start(lines, i);
    return start == i ? nullptr : &lines[start];
}

std::string cell(const SourceLine& row, int column) {
    return column >= 0 && std::size_t(column) < row.cells.size()
               ? collapse_ws(row.cells[std::size_t(column)])
               : std::string();
}

// A due cell: a date, "by 30 June", or "March FGB" / "June meeting" (month precision).
std::string due_from_cell(const std::string& due, std::string_view meeting_iso) {
    if (due.empty()) return {};
    if (auto d = find_date(due); d && (d->year != 0 || !meeting_iso.empty()))
        return to_iso(infer_year(*d, meeting_iso));
    if (std::string iso = find_due("by " + due, meeting_iso); !iso.empty()) return iso;
    for (const std::string_view w : words(due))
        if (const int m = month_number(w); m > 0) {
            DateMatch d;
            d.month = m;
            return to_iso(infer_year(d, meeting_iso));
        }
    return {};
}

constexpr std::string_view kItemNumber[] = {"ref", "no",        "#",       "number", "minute",
                                            "min", "minute no", "item no", "ref no", "agenda ref"};
constexpr std::string_view kItemTitle[] = {"item",        "subject", "topic",
                                           "agenda item", "title",   "heading"};
constexpr std::string_view kItemMinutes[] = {"discussion",
                                             "minutes",
                                             "minute",
                                             "notes",
                                             "summary",
                                             "record",
                                             "details",
                                             "discussion and decision",
                                             "discussion/decision",
                                             "discussion and outcome"};

}  // namespace

std::optional<ItemColumns> item_columns(const std::vector<std::string>& header) {
    ItemColumns c;
    for (std::size_t k = 0; k < header.size(); ++k) {
        const std::string n = column_name(header[k]);
        int* slot = one_of(n, kItemMinutes)  ? &c.minutes
                    : one_of(n, kItemTitle)  ? &c.title
                    : one_of(n, kItemNumber) ? &c.number
                    : one_of(n, kText)       ? &c.action
                    : one_of(n, kOwner)      ? &c.owner
                    : one_of(n, kDue)        ? &c.due
                                             : nullptr;
        if (!slot) return std::nullopt;  // a column that is no part of a minutes table
        if (*slot < 0) *slot = int(k);
    }
    if (c.minutes < 0 || (c.title < 0 && c.number < 0)) return std::nullopt;
    return c;
}

bool is_item_table_header(std::span<const SourceLine> lines, std::size_t i) {
    return first_row(lines, i) && item_columns(lines[i].cells).has_value();
}

std::optional<TableItem> item_from_table_row(std::span<const SourceLine> lines, std::size_t i,
                                             std::string_view meeting_iso) {
    const SourceLine* header = header_above(lines, i);
    if (!header) return std::nullopt;
    const auto columns = item_columns(header->cells);
    if (!columns) return std::nullopt;
    const SourceLine& row = lines[i];
    TableItem it;
    it.number = std::string(strip_chars(cell(row, columns->number), ".)("));
    it.title = cell(row, columns->title);
    // "1. Welcome" in the item column: the number written with the title
    if (auto nh = parse_numbered_heading(it.title); it.number.empty() && nh && !nh->title.empty()) {
        it.number = nh->number;
        it.title = std::string(nh->title);  // a copy first: the view is into it.title
    }
    it.minutes = cell(row, columns->minutes);
    if (it.number.empty() && it.title.empty() && it.minutes.empty()) return std::nullopt;
    if (const std::string action = cell(row, columns->action); !action.empty()) {
        ParsedAction a = action_from_text(action, meeting_iso);
        if (const std::string owner = cell(row, columns->owner); !owner.empty()) a.owner = owner;
        if (std::string due = due_from_cell(cell(row, columns->due), meeting_iso); !due.empty())
            a.due = std::move(due);
        it.action = std::move(a);
    }
    return it;
}

std::optional<ActionColumns> action_columns(const std::vector<std::string>& header) {
    ActionColumns c;
    for (std::size_t k = 0; k < header.size(); ++k) {
        const std::string n = column_name(header[k]);
        int* slot = one_of(n, kNumber)   ? &c.number
                    : one_of(n, kText)   ? &c.text
                    : one_of(n, kOwner)  ? &c.owner
                    : one_of(n, kDue)    ? &c.due
                    : one_of(n, kStatus) ? &c.status
                                         : nullptr;
        if (!slot) return std::nullopt;  // a column that is no part of an actions table
        if (*slot < 0) *slot = int(k);
    }
    if (c.text < 0 || (c.owner < 0 && c.due < 0 && c.status < 0)) return std::nullopt;
    return c;
}

bool is_action_table_header(std::span<const SourceLine> lines, std::size_t i) {
    return first_row(lines, i) && action_columns(lines[i].cells).has_value();
}

std::optional<ParsedAction> action_from_table_row(std::span<const SourceLine> lines, std::size_t i,
                                                  std::string_view meeting_iso) {
    const SourceLine* header = header_above(lines, i);
    if (!header) return std::nullopt;
    const auto columns = action_columns(header->cells);
    if (!columns) return std::nullopt;
    const SourceLine& row = lines[i];
    ParsedAction a;
    a.text = cell(row, columns->text);
    if (a.text.empty()) return std::nullopt;
    a.number = std::string(strip_chars(cell(row, columns->number), ".)("));
    a.owner = cell(row, columns->owner);
    a.due = due_from_cell(cell(row, columns->due), meeting_iso);
    if (a.due.empty()) a.due = find_due(a.text, meeting_iso);
    a.status = find_status(cell(row, columns->status));
    return a;
}

}  // namespace mtk::converters::layout
