#include "mtk/model.hpp"

namespace mtk {
namespace {

std::string flatten(const std::vector<Inline>& content) {
    std::string out;
    for (const Inline& in : content) out += in.text;
    return out;
}

void assign_people(PersonList& list, const std::string& path) {
    list.origin.xpath = path;
    for (std::size_t i = 0; i < list.people.size(); ++i)
        list.people[i].origin.xpath = path + "/person[" + std::to_string(i + 1) + "]";
}

// Counts per element name give the positional predicates XPath expects.
void assign_item(Item& item, const std::string& path) {
    item.origin.xpath = path;
    int p = 0, l = 0, a = 0, i = 0, d = 0;
    for (Block& b : item.content) {
        if (auto* para = std::get_if<Paragraph>(&b))
            para->origin.xpath = path + "/p[" + std::to_string(++p) + "]";
        else if (auto* list = std::get_if<BulletList>(&b)) {
            list->origin.xpath = path + "/list[" + std::to_string(++l) + "]";
            for (std::size_t k = 0; k < list->items.size(); ++k)
                list->items[k].origin.xpath =
                    list->origin.xpath + "/li[" + std::to_string(k + 1) + "]";
        } else if (auto* act = std::get_if<Action>(&b))
            act->origin.xpath = path + "/action[" + std::to_string(++a) + "]";
        else if (auto* dec = std::get_if<Decision>(&b))
            dec->origin.xpath = path + "/decision[" + std::to_string(++d) + "]";
        else if (auto* sub = std::get_if<Item>(&b))
            assign_item(*sub, path + "/item[" + std::to_string(++i) + "]");
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
    std::vector<ListedPerson> out;
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
    const std::string root = "/minutes";
    m.meta.title_origin.xpath = root + "/meta/title";
    m.meta.date_origin.xpath = root + "/meta/date";
    if (m.attendance.present) assign_people(*m.attendance.present, root + "/attendance/present");
    if (m.attendance.apologies)
        assign_people(*m.attendance.apologies, root + "/attendance/apologies");
    if (m.attendance.in_attendance)
        assign_people(*m.attendance.in_attendance, root + "/attendance/inAttendance");
    for (std::size_t i = 0; i < m.items.size(); ++i)
        assign_item(m.items[i], root + "/items/item[" + std::to_string(i + 1) + "]");
    for (std::size_t i = 0; i < m.next_meetings.size(); ++i)
        m.next_meetings[i].origin.xpath = root + "/nextMeeting[" + std::to_string(i + 1) + "]";
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
