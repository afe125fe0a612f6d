// Minutes XML -> model. Unknown elements are skipped here; the XSD check reports them.
#include <algorithm>
#include <cstring>
#include <pugixml.hpp>
#include <string>

#include "mtk/xml_io.hpp"

namespace mtk {
namespace {

// Maps byte offsets of the XML text to 1-based lines and columns.
class LineIndex {
  public:
    explicit LineIndex(std::string_view text) {
        starts_.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n') starts_.push_back(i + 1);
    }
    std::pair<int, int> at(std::ptrdiff_t offset) const {
        if (offset < 0) return {0, 0};
        auto it = std::upper_bound(starts_.begin(), starts_.end(), std::size_t(offset));
        const auto line = int(it - starts_.begin());
        return {line, int(std::size_t(offset) - starts_[std::size_t(line - 1)]) + 1};
    }

  private:
    std::vector<std::size_t> starts_;
};

std::string_view local_name(const pugi::xml_node& n) {
    std::string_view name = n.name();
    auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(pugi::xml_node n, std::string_view name) {
    for (pugi::xml_node c : n.children())
        if (c.type() == pugi::node_element && local_name(c) == name) return c;
    return {};
}

std::string child_text(pugi::xml_node n, std::string_view name) {
    return child(n, name).text().as_string();
}

bool blank(std::string_view s) {
    return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// Finds the first element past the limits, walking the tree without recursion.
class LimitWalker : public pugi::xml_tree_walker {
  public:
    explicit LimitWalker(const XmlLimits& limits) : limits_(limits) {}

    bool for_each(pugi::xml_node& n) override {
        if (n.type() != pugi::node_element) return true;
        if (++elements_ > limits_.max_elements) {
            violation = "more than " + std::to_string(limits_.max_elements) +
                        " elements (the limit on elements in a document)";
        } else if (depth() + 1 > limits_.max_depth) {  // depth() is 0 for the root element
            violation = "elements nested deeper than " + std::to_string(limits_.max_depth) +
                        " levels (the limit on XML nesting depth)";
        } else {
            return true;
        }
        at = n;
        return false;
    }

    std::string violation;
    pugi::xml_node at;

  private:
    const XmlLimits& limits_;
    std::size_t elements_ = 0;
};

struct Reader {
    const LineIndex& lines;

    Origin origin(pugi::xml_node n) const {
        Origin o;
        o.line = n.attribute("line").as_int();
        o.xml_line = lines.at(n.offset_debug()).first;
        return o;
    }

    std::vector<Inline> inlines(pugi::xml_node n) const {
        std::vector<Inline> out;
        for (pugi::xml_node c : n.children()) {
            if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
                // The space between two mentions is text; indentation around them is not.
                if (blank(c.value()) && !(c.previous_sibling() && c.next_sibling())) continue;
                out.push_back({c.value(), false, {}});
            } else if (c.type() == pugi::node_element && local_name(c) == "mention")
                out.push_back({c.text().as_string(), true, c.attribute("ref").as_string()});
            else if (c.type() == pugi::node_element)
                out.push_back({c.text().as_string(), false, {}});
        }
        return out;
    }

    std::optional<PersonList> people(pugi::xml_node n) const {
        if (!n) return std::nullopt;
        PersonList list;
        list.none = n.attribute("none").as_bool();
        list.origin = origin(n);
        for (pugi::xml_node p : n.children()) {
            if (p.type() != pugi::node_element || local_name(p) != "person") continue;
            Person person;
            person.id = p.attribute("id").as_string();
            person.initials = p.attribute("initials").as_string();
            person.name = child_text(p, "name");
            person.role = child_text(p, "role");
            person.organisation = child_text(p, "organisation");
            person.origin = origin(p);
            list.people.push_back(std::move(person));
        }
        return list;
    }

    Item item(pugi::xml_node n) const {
        Item it;
        it.id = n.attribute("id").as_string();
        it.number = n.attribute("number").as_string();
        it.list_number = n.attribute("listNumber").as_string();
        it.heading = child_text(n, "heading");
        it.origin = origin(n);
        for (pugi::xml_node c : n.children()) {
            if (c.type() != pugi::node_element) continue;
            const std::string_view name = local_name(c);
            if (name == "p") {
                Paragraph p;
                p.number = c.attribute("number").as_string();
                p.content = inlines(c);
                p.origin = origin(c);
                it.content.emplace_back(std::move(p));
            } else if (name == "list") {
                BulletList l;
                l.origin = origin(c);
                for (pugi::xml_node li : c.children())
                    if (li.type() == pugi::node_element && local_name(li) == "li")
                        l.items.push_back({inlines(li), origin(li)});
                it.content.emplace_back(std::move(l));
            } else if (name == "action") {
                Action a;
                a.id = c.attribute("id").as_string();
                a.number = c.attribute("number").as_string();
                a.owner = c.attribute("owner").as_string();
                a.due = c.attribute("due").as_string();
                const std::string_view status = c.attribute("status").as_string();
                a.status = status == "closed"    ? ActionStatus::closed
                           : status == "carried" ? ActionStatus::carried
                                                 : ActionStatus::open;
                a.text = c.text().as_string();
                a.origin = origin(c);
                it.content.emplace_back(std::move(a));
            } else if (name == "decision") {
                Decision d;
                d.id = c.attribute("id").as_string();
                d.number = c.attribute("number").as_string();
                d.kind = std::string_view(c.attribute("kind").as_string()) == "motion"
                             ? DecisionKind::motion
                             : DecisionKind::resolution;
                d.result = c.attribute("result").as_string();
                const auto count = [&](const char* attr) -> std::optional<int> {
                    if (!c.attribute(attr)) return std::nullopt;
                    return c.attribute(attr).as_int();
                };
                d.votes_for = count("for");
                d.votes_against = count("against");
                d.abstentions = count("abstain");
                d.mover = c.attribute("mover").as_string();
                d.seconder = c.attribute("seconder").as_string();
                d.text = c.text().as_string();
                d.origin = origin(c);
                it.content.emplace_back(std::move(d));
            } else if (name == "item") {
                it.content.emplace_back(item(c));
            }
        }
        return it;
    }
};

}  // namespace

XmlReadResult from_xml(std::string_view xml, const XmlLimits& limits) {
    XmlReadResult result;
    pugi::xml_document doc;
    // parse_doctype keeps a DOCTYPE node so that it can be refused below; pugixml
    // itself never reads external resources nor expands declared entities.
    const unsigned options = (pugi::parse_default | pugi::parse_doctype | pugi::parse_ws_pcdata) &
                             ~pugi::parse_wnorm_attribute;
    const pugi::xml_parse_result parsed =
        doc.load_buffer(xml.data(), xml.size(), options, pugi::encoding_utf8);
    const LineIndex lines(xml);
    if (!parsed) {
        auto [line, col] = lines.at(parsed.offset);
        result.error = std::string("not well-formed XML: ") + parsed.description();
        result.line = line;
        result.column = col;
        return result;
    }
    for (pugi::xml_node n : doc.children()) {
        if (n.type() == pugi::node_doctype) {
            auto [line, col] = lines.at(n.offset_debug());
            result.error = "DOCTYPE declarations are not allowed in minutes XML";
            result.line = line;
            result.column = col;
            return result;
        }
    }
    // Before the model is built: the reader recurses once per nested item.
    if (LimitWalker walker(limits); !doc.traverse(walker)) {
        auto [line, col] = lines.at(walker.at.offset_debug());
        result.error = "the document has " + walker.violation;
        result.line = line;
        result.column = col;
        return result;
    }
    pugi::xml_node root = doc.document_element();
    if (local_name(root) != "minutes") {
        result.error = "the root element is not <minutes>";
        result.line = lines.at(root.offset_debug()).first;
        return result;
    }
    const Reader r{lines};
    Minutes m;
    pugi::xml_node meta = child(root, "meta");
    m.meta.body = child_text(meta, "body");
    m.meta.group = child_text(meta, "group");
    m.meta.title = child_text(meta, "title");
    m.meta.date = child_text(meta, "date");
    m.meta.date_written = child(meta, "date").attribute("written").as_string();
    m.meta.time = child_text(meta, "time");
    m.meta.venue = child_text(meta, "venue");
    m.meta.publication_type = child_text(meta, "publicationType");
    for (pugi::xml_node e : child(meta, "contents").children())
        if (e.type() == pugi::node_element) m.meta.contents.emplace_back(e.text().as_string());
    pugi::xml_node src = child(meta, "source");
    m.meta.source = {src.attribute("format").as_string(), src.attribute("name").as_string(),
                     src.attribute("sha256").as_string()};
    if (pugi::xml_node t = child(meta, "title")) m.meta.title_origin = r.origin(t);
    if (pugi::xml_node d = child(meta, "date")) m.meta.date_origin = r.origin(d);

    pugi::xml_node at = child(root, "attendance");
    m.attendance.present = r.people(child(at, "present"));
    m.attendance.apologies = r.people(child(at, "apologies"));
    m.attendance.in_attendance = r.people(child(at, "inAttendance"));

    for (pugi::xml_node c : child(root, "items").children())
        if (c.type() == pugi::node_element && local_name(c) == "item") m.items.push_back(r.item(c));
    for (pugi::xml_node c : root.children()) {
        if (c.type() != pugi::node_element || local_name(c) != "nextMeeting") continue;
        NextMeeting nm;
        nm.date = c.attribute("date").as_string();
        nm.time = c.attribute("time").as_string();
        nm.title = child_text(c, "title");
        nm.venue = child_text(c, "venue");
        nm.origin = r.origin(c);
        m.next_meetings.push_back(std::move(nm));
    }
    assign_xpaths(m);
    result.minutes = std::move(m);
    return result;
}

}  // namespace mtk
