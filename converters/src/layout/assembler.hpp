// The state machine behind assemble_minutes(): walks the logical lines once, in zones
// (preamble, attendance groups, contents, body items, next-meeting block, appendix), and
// builds the model. The layout rules themselves live in the small files beside this one
// (meta, people, headings, actions, next_meeting, mentions, boilerplate, dates).
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "layout/headings.hpp"
#include "layout/meta.hpp"
#include "layout/people.hpp"
#include "layout/source_line.hpp"
#include "mtk/converters/converter.hpp"

namespace mtk::converters::layout {

struct ProseCues;

class Assembler {
  public:
    explicit Assembler(std::span<const SourceLine> lines) : lines_(lines) {}
    ConvertResult run();

  private:
    enum class Zone { body, attendance, contents, next_meeting, appendix, summary };
    enum class Shape { md_heading, plain, implicit };

    /// A recognised item heading: views into its line, the line's number (numbered_at: valid
    /// until another line's number is read) or the label it came from.
    struct Hit {
        std::string_view number;
        std::string_view title;
        std::string_view prefix;
        std::string_view list_number;
        Shape shape = Shape::plain;
        int level = 0;  // md_heading: heading level
        int key = 0;    // plain: indentation key
        int rank = 0;   // plain: numbering style (digits 0, A 1, a 2)

        /// Takes the number, the title (without its colon), the prefix and the list number
        /// of the line's number.
        void take_number(const NumberedHeading& nh);
    };
    /// An item that is still open (can take content and sub-items).
    struct Open {
        Item* item;
        Shape shape;
        int level;
        int key;
        int rank;
        bool actions;
    };
    /// A special label: attendance group, next-meeting block, contents, appendix, a heading
    /// that structures the page ("Items", "Meeting minutes") or a generated summary. Its rest,
    /// number and title are views into its line, or into the text numbered_at keeps (valid
    /// until another line's number is read).
    struct Label {
        enum Type {
            none,
            attendance,
            next_meeting,
            contents,
            appendix,
            structure,
            summary
        } type = none;
        Group group = Group::none;
        std::string_view rest;  // inline content after "Label:"
        std::string role;       // "Clerk: Mrs Pam Hughes": the role the label gives the person
        std::string_view number;
        std::string_view title;
    };

    std::span<const SourceLine> lines_;
    Minutes m_;
    PreambleReader pre_;
    bool preamble_ = true;
    int preamble_taken_ = 0;
    Zone zone_ = Zone::body;
    Group group_ = Group::none;
    std::vector<Open> stack_;
    std::optional<Paragraph> para_;
    std::optional<BulletList> list_;
    std::vector<std::pair<std::string, ActionStatus>> status_updates_;
    std::set<int> placeholder_lines_;
    int recognised_headings_ = 0;
    bool markup_headings_ = false;   // the source marks headings up: no guessing from plain lines
    std::size_t taken_through_ = 0;  // lines up to this index were read with a line before them

    // The text of line i and of the wrapped lines after it (SourceLine::wrapped); `last`
    // gets the index of the last of them.
    std::string with_wrapped(std::size_t i, std::size_t& last) const;
    // The rest of line i's label with the wrapped lines after it added; they count as read
    // (taken_through_).
    std::string with_wrapped_rest(std::size_t i, std::string_view rest);

    // dispatch
    void line(std::size_t i);
    void body_line(std::size_t i);
    bool status_row(std::size_t i);
    bool attendance_line(std::size_t i);
    bool next_meeting_line(std::size_t i);

    // recognition
    std::optional<Hit> heading_at(std::size_t i) const;
    // parse_numbered_heading of line i read as a heading (a heading without "Topic:", an
    // ordered list item with its marker), kept for the line last asked about: label_at and
    // heading_at both read it, most lines more than once. The reference holds until another
    // line is asked about.
    const std::optional<NumberedHeading>& numbered_at(std::size_t i) const;
    mutable std::size_t numbered_line_ = SIZE_MAX;
    mutable std::optional<NumberedHeading> numbered_;  // views into the line or numbered_text_
    mutable std::string numbered_text_;  // a list item's marker and text, as numbered_ reads them
    Label label_at(std::size_t i) const;
    bool attendance_follows(std::size_t i) const;
    bool followed_by_break(std::size_t i) const;
    bool date_follows(std::size_t i) const;
    bool preceded_by_break(std::size_t i) const;
    // The person line i names, if any (parse_attendee; kept, as a label's look-ahead asks
    // for the lines that the attendance zone then reads). The reference holds until another
    // line is asked about.
    const std::optional<ParsedPerson>& person_at(std::size_t i) const;
    // person_at(i), moved out of the cache (or parsed without caching, when no look-ahead
    // asked for the line): a line is read for the last time when the attendance zone takes
    // its person (the look-ahead asks only for the lines after it), and the lines before it
    // are never asked about again.
    std::optional<ParsedPerson> take_person(std::size_t i);
    std::optional<ParsedPerson> parse_person(std::size_t i) const;
    // the lines asked about, ascending (a few: a look-ahead stops at its first person)
    mutable std::vector<std::pair<std::size_t, std::optional<ParsedPerson>>> persons_;

    // building
    Hit label_item(std::size_t i, const Label& lab) const;
    void open_item(const Hit& h, int line, bool placeholder);
    void open_appendix(std::string_view title, int line);
    void close_item();
    void close_all_items();
    void close_blocks();
    void finish_paragraph();
    // Sentences of the paragraph that assign a task to someone the minutes know become
    // actions, resolutions and motions become decisions, the rest stays paragraphs; false
    // when there are none. `cues` are prose_cues(text).
    bool add_prose_blocks(const Paragraph& p, std::string_view text, const ProseCues& cues);
    // The decision that ends the current item so far when its text ends in a colon or a dash
    // ("RESOLVED:", "That Council:") or it took the paragraph before: the clauses that follow
    // (numbered paragraphs, "That ...", "(2) ...") are its own.
    Decision* decision_taking_clauses();
    // The decision that ends the current item so far, if the last block is one.
    Decision* last_decision();
    std::pair<Item*, std::size_t> clause_taker_{nullptr, 0};  // the decision clauses go to
    bool known_owner(std::string_view owner);
    std::unordered_multimap<std::string, const Person*> owner_index_;  // see known_owner
    std::size_t owner_index_size_ = 0;
    void finish_list();
    Item& current_item();
    void add_block(Block b);
    void content(std::size_t i);
    void start_group(Group g, int line);
    void add_person(ParsedPerson&& p, int line);  // its strings are moved into the list
    // the people `rest` (the label's rest, wrapped lines and all) lists
    bool take_inline_attendance(const Label& lab, std::string_view rest, int line);
    bool take_prose_attendance(std::string_view text, int line);
    void convert_actions_section(Item& it);
    // (a view of the date the minutes or their preamble give: valid until either is set)
    std::string_view meeting_date() const;
    bool in_appendix() const { return zone_ == Zone::appendix; }

    // finishing
    void finish();
};

}  // namespace mtk::converters::layout
