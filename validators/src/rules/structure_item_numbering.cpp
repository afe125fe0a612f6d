#include "rules/structure_item_numbering.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>
#include <string_view>

#include "mtk/ascii.hpp"
#include "names/fold.hpp"

namespace mtk::validators {
namespace {

// "2", "2.a", "2.1": the part before the first dot and the part after it.
struct Number {
    std::string head;
    std::string tail;
};

Number split_number(std::string_view n) {
    const auto dot = n.find('.');
    if (dot == std::string_view::npos) return {std::string(n), ""};
    return {std::string(n.substr(0, dot)), std::string(n.substr(dot + 1))};
}

std::optional<int> as_int(std::string_view s) {
    int v = 0;
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
    return v;
}

// The ordinal of a sub-item part: "3" -> 3, "c" -> 3.
std::optional<int> ordinal(std::string_view s) {
    if (auto v = as_int(s)) return v;
    if (s.size() == 1 && std::isalpha(static_cast<unsigned char>(s[0])))
        return ascii::lower(s[0]) - 'a' + 1;
    return std::nullopt;
}

struct NumberedTitle {
    std::string number;
    std::string title;
};

bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// "Item 3 - Title", "Agenda Item 3: Title", "3. Title": the number and the title. Hand-written
// (a std::regex per heading was a hot spot); it reads what this ECMAScript pattern matches,
// case-insensitive: ^\s*(?:(?:agenda\s+)?item\s+(\d+)|(\d+)[.)])\s*[-–—:.]?\s*(.*)$
// where the class holds single bytes (the dashes' UTF-8 bytes included, as std::regex saw
// them) and '.' is any byte but CR and LF.
std::optional<NumberedTitle> parse_numbered(std::string_view s) {
    std::size_t i = 0;
    auto skip_spaces = [&] {
        const std::size_t start = i;
        while (i < s.size() && is_space(s[i])) ++i;
        return i > start;
    };
    auto digits = [&] {
        const std::size_t start = i;
        while (i < s.size() && is_digit(s[i])) ++i;
        return s.substr(start, i - start);
    };
    skip_spaces();
    std::string_view number;
    if (ascii::istarts_with(s.substr(i), "agenda") && i + 6 < s.size() && is_space(s[i + 6])) {
        i += 6;
        skip_spaces();
        if (!ascii::istarts_with(s.substr(i), "item")) return std::nullopt;
    }
    if (ascii::istarts_with(s.substr(i), "item")) {
        i += 4;
        if (!skip_spaces() || (number = digits()).empty()) return std::nullopt;
    } else {
        if ((number = digits()).empty() || i >= s.size() || (s[i] != '.' && s[i] != ')'))
            return std::nullopt;
        ++i;
    }
    skip_spaces();
    constexpr std::string_view kSeparatorBytes = "-:.\xE2\x80\x93\x94";
    if (i < s.size() && kSeparatorBytes.find(s[i]) != std::string_view::npos) ++i;
    skip_spaces();
    const std::string_view title = s.substr(i);
    if (title.find_first_of("\r\n") != std::string_view::npos) return std::nullopt;
    return NumberedTitle{std::string(number), std::string(title)};
}

// Titles compare folded, with spaces and punctuation ignored.
std::string title_key(std::string_view s) {
    std::string out;
    for (char c : names::fold(s))
        if (std::isalnum(static_cast<unsigned char>(c))) out += c;
    return out;
}

// Checks one sequence of sibling items: numbers that skip or repeat, sub-items filed under
// the wrong parent, headings that name another number.
void check_siblings(const Document& doc, const std::vector<const Item*>& items, const Item* parent,
                    Reporter& out) {
    // (An int and a flag rather than optionals: GCC 12 warns falsely about those here.)
    int previous = 0;
    bool has_previous = false;
    std::optional<bool> previous_letters;
    std::vector<std::string> seen;
    for (const Item* it : items) {
        if (it->number.empty()) continue;
        const Number n = split_number(it->number);
        // Digits then letters ("9", then "Attachment A") start a new series, not a step back.
        const std::string_view part = n.tail.empty() ? n.head : n.tail;
        const bool letters = !part.empty() && std::isalpha(static_cast<unsigned char>(part[0]));
        if (previous_letters && *previous_letters != letters) has_previous = false;
        previous_letters = letters;
        if (parent && !parent->number.empty() && !n.tail.empty() && n.head != parent->number)
            out.report(doc, it->origin,
                       "sub-item " + it->number + " is inside item " + parent->number);
        if (std::find(seen.begin(), seen.end(), it->number) != seen.end()) {
            out.report(doc, it->origin, "item number " + it->number + " is used twice");
        } else if (const auto v =
                       parent ? ordinal(n.tail.empty() ? n.head : n.tail) : as_int(n.head)) {
            if (has_previous && *v > previous + 1)
                out.report(doc, it->origin,
                           "item numbers skip from " + seen.back() + " to " + it->number);
            else if (has_previous && *v <= previous)
                out.report(doc, it->origin,
                           "item number " + it->number + " comes after " + seen.back());
            previous = *v;
            has_previous = true;
        }
        seen.push_back(it->number);
        if (const auto h = parse_numbered(it->heading); h && h->number != n.head)
            out.report(doc, it->origin,
                       "item " + it->number + " has a heading that says item " + h->number + ": '" +
                           it->heading + "'");
    }
}

// "2. Item 3 - Title": an automatic list numbering written over the item's own number. A run
// of such items (one list that started a step off) is one finding, at its first item.
void check_list_numbers(const Document& doc, const std::vector<const Item*>& items, Reporter& out) {
    auto disagrees = [](const Item* it) {
        return !it->list_number.empty() && !it->number.empty() && it->list_number != it->number;
    };
    for (std::size_t i = 0; i < items.size();) {
        if (!disagrees(items[i])) {
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        while (j < items.size() && disagrees(items[j])) ++j;
        const Item* first = items[i];
        std::string message = "item " + first->number + " is also numbered " + first->list_number +
                              " by a list numbering ('" + first->list_number + ". ... " +
                              first->number + "')";
        if (j - i > 1)
            message += "; so are the next " + std::to_string(j - i - 1) + " item" +
                       (j - i > 2 ? "s" : "") + ", up to item " + items[j - 1]->number + " ('" +
                       items[j - 1]->list_number + ". ... " + items[j - 1]->number + "')";
        out.report(doc, first->origin, message);
        i = j;
    }
}

void check_level(const Document& doc, const std::vector<const Item*>& items, const Item* parent,
                 Reporter& out) {
    check_siblings(doc, items, parent, out);
    check_list_numbers(doc, items, out);
    for (const Item* it : items) {
        std::vector<const Item*> subs;
        for (const Block& b : it->content)
            if (const auto* sub = std::get_if<Item>(&b)) subs.push_back(sub);
        if (!subs.empty()) check_level(doc, subs, it, out);
    }
}

}  // namespace

const RuleInfo& StructureItemNumberingRule::info() const {
    static const RuleInfo i{
        "structure/item-numbering", Severity::warning,
        "Item numbers skip, repeat, or disagree with their heading or the table of contents.",
        R"doc(Item numbers skip, repeat, or disagree with their heading or the table of contents.

Why: items are cited by number ("see item 3"), in later minutes and in the press. A
number that skips or repeats, a heading that carries another number ("2. Item 3 -
Title", usually an automatic list numbering over a typed one), or a table of contents
that lists another title for a number, makes those citations ambiguous.

Checked: numbers of sibling items go up by one ("2.a", "2.b" under item 2; letters and
numbers both count; a switch between digits and letters, as from items to "Attachment A",
starts a new series); a sub-item's number starts with its parent's; a number written in a
heading ("Item 3 - ...", "3. ...") is the item's; a list counter written before the
item's own number ("2. Item 3 - ...", kept by the converters as listNumber) is the same
number (a run of items that disagree the same way is one finding); each "Item N - Title" entry of the
table of contents names an item N with that heading. Items without numbers are skipped.

Bad:

    Item 2 - MPS Update
    2. Item 3 - MOPAC's Child First Approach

Good:

    Item 2 - MPS Update
    Item 3 - MOPAC's Child First Approach

Options: none.)doc"};
    return i;
}

void StructureItemNumberingRule::check(const Document& doc, const RuleContext&,
                                       Reporter& out) const {
    const Minutes& m = doc.minutes;
    std::vector<const Item*> top;
    for (const Item& it : m.items) top.push_back(&it);
    check_level(doc, top, nullptr, out);

    for (const std::string& entry : m.meta.contents) {
        const auto e = parse_numbered(entry);
        if (!e) continue;
        const Item* match = nullptr;
        for_each_item(m, [&](const Item& it, int) {
            if (!match && split_number(it.number).head == e->number &&
                split_number(it.number).tail.empty())
                match = &it;
        });
        if (!match) {
            out.report(doc, m.meta.title_origin,
                       "the contents list '" + entry + "' but no item is numbered " + e->number);
            continue;
        }
        std::string heading = match->heading;
        if (const auto h = parse_numbered(heading)) heading = h->title;
        if (title_key(heading) != title_key(e->title))
            out.report(doc, match->origin,
                       "item " + match->number + " is '" + match->heading +
                           "' but the contents list '" + entry + "'");
    }
}

}  // namespace mtk::validators
