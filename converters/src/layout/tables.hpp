// Tables of actions (committee systems and CMS pages, markdown pipe tables): a header row
// names the columns -- "No.", "Action", "Owner", "Due", "Status" and their usual synonyms --
// and every row under it is one action, its cells read by column rather than by the
// sentence patterns of actions.hpp. Minutes written as a table ("Ref", "Item", "Discussion",
// "Action") are read the same way, a row per agenda item. Added for the HTML converter; used by the
// assembler's content step (see assemble.cpp).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "layout/actions.hpp"
#include "layout/source_line.hpp"

namespace mtk::converters::layout {

/// Column indexes of an actions table; -1 when the table has no such column.
struct ActionColumns {
    int number = -1;
    int text = -1;
    int owner = -1;
    int due = -1;
    int status = -1;
};

/// The columns, when these header cells describe an actions table (an action column and
/// at least one of owner, due or status); else nullopt.
std::optional<ActionColumns> action_columns(const std::vector<std::string>& header);

/// True when line `i` is the header row of an actions table: the first row of its table,
/// marked as a header or made only of column names.
bool is_action_table_header(std::span<const SourceLine> lines, std::size_t i);

/// The action in table row `i` when the row sits under an actions table header; the
/// cells are taken as written (owner), parsed (due: a date, or "December meeting" ->
/// month precision) or classified (status).
std::optional<ParsedAction> action_from_table_row(std::span<const SourceLine> lines, std::size_t i,
                                                  std::string_view meeting_iso);

/// Column indexes of a minutes table, one row per agenda item; -1 when absent.
struct ItemColumns {
    int number = -1;   ///< "Ref", "No.", "Minute"
    int title = -1;    ///< "Item", "Subject", "Topic", "Agenda item"
    int minutes = -1;  ///< "Discussion", "Minutes", "Notes", "Summary"
    int action = -1;   ///< "Action", "Actions", "Agreed action"
    int owner = -1;
    int due = -1;
};

/// The columns, when these header cells describe a minutes table (NHS boards, company
/// committees): a discussion column and a title or number column, maybe action, owner and
/// due; else nullopt.
std::optional<ItemColumns> item_columns(const std::vector<std::string>& header);

/// True when line `i` is the header row of a minutes table.
bool is_item_table_header(std::span<const SourceLine> lines, std::size_t i);

/// One row of a minutes table: an agenda item, what was minuted, and its action if any.
struct TableItem {
    std::string number;
    std::string title;
    std::string minutes;
    std::optional<ParsedAction> action;
};

/// The item in table row `i` when the row sits under a minutes table header.
std::optional<TableItem> item_from_table_row(std::span<const SourceLine> lines, std::size_t i,
                                             std::string_view meeting_iso);

}  // namespace mtk::converters::layout
