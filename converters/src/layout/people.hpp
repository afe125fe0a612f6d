// Attendee lines: "- Name (XX) - Role", "Name, Role", "Name (XX), Role, Org", "Name<TAB>Role",
// "Name - Organisation", "XX - Name, Role", bare names, "Name (Chair)", and prose lists
// ("Cllr A, Cllr B and Cllr C.").
//
// Role or organisation: what follows the name goes to `role` as written, except when it
// is one organisation and nothing else -- a run of capitalised words or acronyms with no
// word naming a position ("MOPAC", "London Councils", "Salford University", "Bayer") --
// which goes to `organisation`. Text with a comma ("CEO, YJB") stays whole in `role`,
// so nothing the source wrote is split or reordered. A table with three or more columns
// gives role and organisation from its second and third cells.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mtk::converters::layout {

struct ParsedPerson {
    std::string name;
    std::string initials;
    std::string role;
    std::string organisation;
};

/// A plausible personal name: 1..7 capitalised words (2+ unless `allow_single`), with
/// honorifics ("Cllr", "Dame", "DAC"), particles ("de", "van") and initials ("Roy T.
/// Fielding") allowed; no digits, no sentence words ("Welcome and apologies").
bool is_person_name(std::string_view name, bool allow_single);

/// True when `candidate` ("SK", "Kris V", "RGr") can be the initials of `name`: upper-case
/// led, at most one lower-case letter, first letter that of the name's first word
/// (honorifics skipped); or a first name followed by a surname initial.
bool initials_fit(std::string_view candidate, std::string_view name);

/// Parses one attendee line or table row (`cells` non-empty for tables and TAB lines).
/// `allow_single` admits one-word names (list items, prose lists).
std::optional<ParsedPerson> parse_attendee(std::string_view text,
                                           const std::vector<std::string>& cells,
                                           bool allow_single);

/// Splits a prose list ("A, B and C.", "X and Y") and parses each name; nullopt unless
/// every part is a name.
std::optional<std::vector<ParsedPerson>> parse_name_list(std::string_view text);

/// A list of IRC nicknames or underscore-joined names, as W3C scribe tools write the
/// attendance ("Ege_Korkan, cwilso, LocMDao"): comma-separated single tokens of letters,
/// digits, '_', '-' and '.'. Each is kept as written; an attendance word typed into the list
/// ("present", a mistyped IRC command) is dropped. nullopt unless every entry is such a token
/// and at least one is left; a lone common word ("all", "everyone") is no list.
std::optional<std::vector<ParsedPerson>> parse_nick_list(std::string_view text);

/// "3 members of the public", "two residents", "one member of the press": a head count,
/// which names no one.
bool is_head_count(std::string_view text);

/// An attendance list without its head counts: "Mrs K Lloyd (Clerk), 3 members of the
/// public" -> "Mrs K Lloyd (Clerk)"; "Cllr A and 2 residents" -> "Cllr A".
std::string without_head_counts(std::string_view text);

/// "none", "None.", "nil", "n/a", "-": the source says the group is empty.
bool is_none_marker(std::string_view text);

/// True for words that name a position ("Chair", "Director", "CEO", "Deputy").
bool is_role_word(std::string_view word);

/// True when `owner`, a name as an action writes its owner ("TB", "Tom", "Tom Brown",
/// "Cllr Brown", "the Clerk", "Staff", "City Manager"), names `name` (with `initials`, empty
/// when the source gives none) or a position. Several owners ("JS/TB", "Ann and Bob") are
/// split by the caller.
bool owner_names(std::string_view owner, std::string_view name, std::string_view initials);

/// The capitals that start the words of a name, titles skipped: "TB" for "Cllr Tom Brown",
/// the initials a name can be written as when the source declares none.
std::string name_letters(std::string_view name);

/// True when `owner` names a position rather than a person: its last word is a role
/// ("the Clerk", "City Manager", "Officers", "the Director of Finance") or "Staff".
bool owner_is_position(std::string_view owner);

/// True for honorifics and ranks kept in names ("Cllr", "Dame", "Sir", "Dr", "DAC").
bool is_honorific(std::string_view word);

}  // namespace mtk::converters::layout
