// The mtk document model: what converters build and validators read.
//
// It mirrors the minutes XML vocabulary (shared/spec/minutes-xml.md) one to one, so that
// converting to XML and reading XML back are lossless. Every element that a finding can
// point at carries an Origin: the line in the source document the converter read
// (`line`, serialised as the `line` attribute) and, when the model was read from XML,
// the line of the element in that XML file and its XPath.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace mtk {

/// Where a model element came from. Zero means "unknown".
struct Origin {
    int line = 0;       ///< 1-based line in the converted source (the `line` attribute)
    int xml_line = 0;   ///< 1-based line in the XML file, when read from XML
    std::string xpath;  ///< XPath of the element in the XML form: filled by assign_xpaths (the
                        ///< XML reader calls it; converters leave it empty)
};

struct Person {
    std::string id;  ///< document-unique, "p1", "p2", ...
    std::string name;
    std::string initials;
    std::string role;
    std::string organisation;
    Origin origin;
};

/// One attendance group (present, apologies or in attendance).
struct PersonList {
    bool none = false;  ///< the source says explicitly that there were none
    std::vector<Person> people;
    Origin origin;
};

struct Attendance {
    std::optional<PersonList> present;
    std::optional<PersonList> apologies;  ///< absent when the source has no apologies section
    std::optional<PersonList> in_attendance;
};

/// A run of text inside a paragraph; a mention when `mention` is true.
struct Inline {
    std::string text;
    bool mention = false;
    std::string ref;  ///< person id, only when the mention resolves
};

struct Paragraph {
    std::string number;  ///< paragraph number as written, may be empty
    std::vector<Inline> content;
    Origin origin;

    /// The paragraph's text with mentions flattened.
    std::string text() const;
};

struct ListItem {
    std::vector<Inline> content;
    Origin origin;
    std::string text() const;
};

struct BulletList {
    std::vector<ListItem> items;
    Origin origin;
};

enum class ActionStatus { open, closed, carried };

struct Action {
    std::string id;  ///< "a1", ...
    std::string number;
    std::string owner;  ///< as written, empty when none is given
    std::string due;    ///< ISO 8601, year, month or day precision; empty when none
    ActionStatus status = ActionStatus::open;
    std::string text;
    Origin origin;
};

/// What a decision records: a resolution the minutes state ("RESOLVED: That ...",
/// "AGREED: ...") or a motion put to the meeting ("Motion by X, seconded by Y, to ...").
enum class DecisionKind { resolution, motion };

/// A decision of the meeting (an extension of the core vocabulary: <decision>).
struct Decision {
    std::string id;  ///< "d1", ...
    std::string number;
    DecisionKind kind = DecisionKind::resolution;
    std::string result;  ///< "carried", "lost", "withdrawn", "deferred"; empty when unsaid
    std::optional<int> votes_for, votes_against, abstentions;
    std::string mover, seconder;  ///< as written, empty when not given
    std::string text;
    Origin origin;
};

struct Item;

/// One block of an item's body, in document order.
using Block = std::variant<Paragraph, BulletList, Action, Item, Decision>;

struct Item {
    std::string id;      ///< "i1", "i1.a", ...
    std::string number;  ///< as written without prefix ("2.a"), may be empty
    /// The counter of an automatic list numbering written before the item's own number, as
    /// in "2. Item 3 - Title" (list_number "2", number "3"); empty when there is none.
    std::string list_number;
    std::string heading;
    std::vector<Block> content;
    Origin origin;
};

struct NextMeeting {
    std::string date;  ///< ISO 8601
    std::string time;  ///< 24h "HH:MM", may be empty
    std::string title;
    std::string venue;
    Origin origin;
};

struct Source {
    std::string format;  ///< "text", "html", ...
    std::string name;    ///< file name as given
    std::string sha256;  ///< of the bytes read
};

struct Meta {
    std::string body;
    std::string group;
    std::string title;
    std::string date;  ///< ISO 8601 meeting date, may be empty when unknown
    /// The meeting's date as the source writes it ("Tuesday 9 June 2014"), when it came from
    /// text; lets validators check what the ISO form drops (a weekday).
    std::string date_written;
    std::string time;
    std::string venue;
    std::string publication_type;       ///< "Key information" blocks of web pages
    std::vector<std::string> contents;  ///< table of contents entries, as written
    Source source;
    Origin title_origin;
    Origin date_origin;
};

struct Minutes {
    Meta meta;
    Attendance attendance;
    std::vector<Item> items;
    std::vector<NextMeeting> next_meetings;
};

/// Every person of the document with the group it is listed in.
struct ListedPerson {
    const Person* person;
    std::string_view group;  ///< "present", "apologies" or "inAttendance"
};
std::vector<ListedPerson> all_people(const Minutes& m);

/// Calls f(item, depth) for `item` and every item nested in it, depth-first in document order.
template <typename F>
void for_each_item(const Item& item, F&& f, int depth = 0) {
    f(item, depth);
    for (const Block& b : item.content)
        if (const Item* sub = std::get_if<Item>(&b)) for_each_item(*sub, f, depth + 1);
}

/// Calls f(item, depth) for every item of the document, depth-first in document order.
template <typename F>
void for_each_item(const Minutes& m, F&& f) {
    for (const Item& it : m.items) for_each_item(it, f, 0);
}

/// Calls f(block, enclosing item) for every paragraph, list and action of the document.
template <typename F>
void for_each_block(const Minutes& m, F&& f) {
    for_each_item(m, [&](const Item& it, int) {
        for (const Block& b : it.content)
            if (!std::holds_alternative<Item>(b)) f(b, it);
    });
}

/// Fills Origin::xpath of every element from the structure of the model.
void assign_xpaths(Minutes& m);

std::string_view to_string(ActionStatus s);
std::string_view to_string(DecisionKind k);

}  // namespace mtk
