#include "mtk/model.hpp"

#include <charconv>

namespace mtk {
namespace {

std::string flatten(const std::vector<Inline>& content) {
    if (content.size() == 1) return content.front().text;
    std::size_t size = 0;
    for (const Inline& in : content) size += in.text.size();
    std::string out;
    out.reserve(size);
    for (const Inline& in : content) out += in.text;
    return out;
}

// The XPath of the n-th `step` child of `parent` ("/p" -> parent/p[n]), built in one string
// (an XPath is assigned to every element of every document converted).
std::string child(std::string_view parent, std::string_view step, std::size_t n) {
    char digits[24];
    const char* end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    std::string out;
    out.reserve(parent.size() + step.size() + std::size_t(end - digits) + 2);
    out.append(parent).append(step).append(1, '[').append(digits, std::size_t(end - digits));
    out += ']';
    return out;
}

void assign_people(PersonList& list, std::string_view path) {
    list.origin.xpath = path;
    for (std::size_t i = 0; i < list.people.size(); ++i)
        list.people[i].origin.xpath = child(path, "/person", i + 1);
}

// Counts per element name give the positional predicates XPath expects.
void assign_item(Item& item, std::string path) {
    item.origin.xpath = std::move(path);
    const std::string& at = item.origin.xpath;
    std::size_t p = 0, l = 0, a = 0, i = 0, d = 0;
    for (Block& b : item.content) {
        if (auto* para = std::get_if<Paragraph>(&b))
            para->origin.xpath = child(at, "/p", ++p);
        else if (auto* list = std::get_if<BulletList>(&b)) {
            list->origin.xpath = child(at, "/list", ++l);
            for (std::size_t k = 0; k < list->items.size(); ++k)
                list->items[k].origin.xpath = child(list->origin.xpath, "/li", k + 1);
        } else if (auto* act = std::get_if<Action>(&b))
            act->origin.xpath = child(at, "/action", ++a);
        else if (auto* dec = std::get_if<Decision>(&b))
            dec->origin.xpath = child(at, "/decision", ++d);
        else if (auto* sub = std::get_if<Item>(&b))
            assign_item(*sub, child(at, "/item", ++i));
    }
}

}  // namespace

std::string Paragraph::text() const {
    return flatten(content);
}
std::string ListItem::text() const {
    return flatten(content);
}

std::vector<ListedPerson> all_people(const Minutes& m) {
    const auto count = [](const std::optional<PersonList>& l) {
        return l ? l->people.size() : std::size_t(0);
    };
    std::vector<ListedPerson> out;
    out.reserve(count(m.attendance.present) + count(m.attendance.apologies) +
                count(m.attendance.in_attendance));
    auto add = [&](const std::optional<PersonList>& l, std::string_view group) {
        if (!l) return;
        for (const Person& p : l->people) out.push_back({&p, group});
    };
    add(m.attendance.present, "present");
    add(m.attendance.apologies, "apologies");
    add(m.attendance.in_attendance, "inAttendance");
    return out;
}

void assign_xpaths(Minutes& m) {
    m.meta.title_origin.xpath = "/minutes/meta/title";
    m.meta.date_origin.xpath = "/minutes/meta/date";
    if (m.attendance.present) assign_people(*m.attendance.present, "/minutes/attendance/present");
    if (m.attendance.apologies)
        assign_people(*m.attendance.apologies, "/minutes/attendance/apologies");
    if (m.attendance.in_attendance)
        assign_people(*m.attendance.in_attendance, "/minutes/attendance/inAttendance");
    for (std::size_t i = 0; i < m.items.size(); ++i)
        assign_item(m.items[i], child("/minutes/items", "/item", i + 1));
    for (std::size_t i = 0; i < m.next_meetings.size(); ++i)
        m.next_meetings[i].origin.xpath = child("/minutes", "/nextMeeting", i + 1);
}

std::string_view to_string(ActionStatus s) {
    switch (s) {
        case ActionStatus::closed:
            return "closed";
        case ActionStatus::carried:
            return "carried";
        case ActionStatus::open:
            break;
    }
    return "open";
}

std::string_view to_string(DecisionKind k) {
    return k == DecisionKind::motion ? "motion" : "resolution";
}

}  // namespace mtk
