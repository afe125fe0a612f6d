// Model -> minutes XML. The element order here is the order the XSD declares.
#include <algorithm>
#include <pugixml.hpp>

#include "mtk/xml_io.hpp"
#include "xml_tree.hpp"

namespace mtk {
namespace {

// XML 1.0 forbids C0 controls other than TAB, LF and CR, and U+FFFE/U+FFFF; sources
// (scraped pages, legacy files) do contain them. They become U+FFFD so that the output
// is always well-formed.
std::string xml_text(std::string_view in) {
    // most text has neither: one scan, one copy
    if (std::none_of(in.begin(), in.end(), [](char ch) {
            const auto c = static_cast<unsigned char>(ch);
            return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xEF;
        }))
        return std::string(in);
    std::string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size(); ++i) {
        const auto c = static_cast<unsigned char>(in[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            out += "\xEF\xBF\xBD";
        } else if (c == 0xEF && i + 2 < in.size() && in[i + 1] == '\xBF' &&
                   (in[i + 2] == '\xBE' || in[i + 2] == '\xBF')) {
            out += "\xEF\xBF\xBD";
            i += 2;
        } else {
            out += char(c);
        }
    }
    return out;
}

void text_child(pugi::xml_node parent, const char* name, const std::string& value) {
    if (!value.empty()) parent.append_child(name).text().set(xml_text(value).c_str());
}

void line_attr(pugi::xml_node node, const Origin& o) {
    if (o.line > 0) node.append_attribute("line").set_value(o.line);
}

void write_inlines(pugi::xml_node node, const std::vector<Inline>& content) {
    for (const Inline& in : content) {
        // An empty text would write <li></li>, which reads back as <li/>: write nothing.
        if (in.text.empty()) continue;
        if (!in.mention) {
            node.append_child(pugi::node_pcdata).set_value(xml_text(in.text).c_str());
            continue;
        }
        pugi::xml_node m = node.append_child("mention");
        if (!in.ref.empty()) m.append_attribute("ref").set_value(xml_text(in.ref).c_str());
        m.text().set(xml_text(in.text).c_str());
    }
}

void write_people(pugi::xml_node parent, const char* name, const std::optional<PersonList>& list) {
    if (!list) return;
    pugi::xml_node node = parent.append_child(name);
    if (list->none) node.append_attribute("none").set_value("true");
    line_attr(node, list->origin);
    for (const Person& p : list->people) {
        pugi::xml_node pn = node.append_child("person");
        pn.append_attribute("id").set_value(xml_text(p.id).c_str());
        if (!p.initials.empty())
            pn.append_attribute("initials").set_value(xml_text(p.initials).c_str());
        line_attr(pn, p.origin);
        text_child(pn, "name", p.name);
        text_child(pn, "role", p.role);
        text_child(pn, "organisation", p.organisation);
    }
}

void write_item(pugi::xml_node parent, const Item& item) {
    pugi::xml_node node = parent.append_child("item");
    node.append_attribute("id").set_value(xml_text(item.id).c_str());
    if (!item.number.empty())
        node.append_attribute("number").set_value(xml_text(item.number).c_str());
    if (!item.list_number.empty())
        node.append_attribute("listNumber").set_value(xml_text(item.list_number).c_str());
    line_attr(node, item.origin);
    text_child(node, "heading", item.heading);
    for (const Block& b : item.content) {
        if (const auto* p = std::get_if<Paragraph>(&b)) {
            pugi::xml_node pn = node.append_child("p");
            if (!p->number.empty())
                pn.append_attribute("number").set_value(xml_text(p->number).c_str());
            line_attr(pn, p->origin);
            write_inlines(pn, p->content);
        } else if (const auto* l = std::get_if<BulletList>(&b)) {
            pugi::xml_node ln = node.append_child("list");
            line_attr(ln, l->origin);
            for (const ListItem& li : l->items) {
                pugi::xml_node lin = ln.append_child("li");
                line_attr(lin, li.origin);
                write_inlines(lin, li.content);
            }
        } else if (const auto* a = std::get_if<Action>(&b)) {
            pugi::xml_node an = node.append_child("action");
            an.append_attribute("id").set_value(xml_text(a->id).c_str());
            if (!a->number.empty())
                an.append_attribute("number").set_value(xml_text(a->number).c_str());
            if (!a->owner.empty())
                an.append_attribute("owner").set_value(xml_text(a->owner).c_str());
            if (!a->due.empty()) an.append_attribute("due").set_value(xml_text(a->due).c_str());
            if (a->status != ActionStatus::open)
                an.append_attribute("status").set_value(
                    xml_text(std::string(to_string(a->status))).c_str());
            line_attr(an, a->origin);
            an.text().set(xml_text(a->text).c_str());
        } else if (const auto* d = std::get_if<Decision>(&b)) {
            pugi::xml_node dn = node.append_child("decision");
            dn.append_attribute("id").set_value(xml_text(d->id).c_str());
            if (!d->number.empty())
                dn.append_attribute("number").set_value(xml_text(d->number).c_str());
            dn.append_attribute("kind").set_value(std::string(to_string(d->kind)).c_str());
            if (!d->result.empty())
                dn.append_attribute("result").set_value(xml_text(d->result).c_str());
            if (d->votes_for) dn.append_attribute("for").set_value(*d->votes_for);
            if (d->votes_against) dn.append_attribute("against").set_value(*d->votes_against);
            if (d->abstentions) dn.append_attribute("abstain").set_value(*d->abstentions);
            if (!d->mover.empty())
                dn.append_attribute("mover").set_value(xml_text(d->mover).c_str());
            if (!d->seconder.empty())
                dn.append_attribute("seconder").set_value(xml_text(d->seconder).c_str());
            line_attr(dn, d->origin);
            dn.text().set(xml_text(d->text).c_str());
        } else if (const auto* sub = std::get_if<Item>(&b)) {
            write_item(node, *sub);
        }
    }
}

struct StringWriter : pugi::xml_writer {
    std::string text;
    void write(const void* data, std::size_t size) override {
        text.append(static_cast<const char*>(data), size);
    }
};

}  // namespace

void build_xml_tree(const Minutes& m, pugi::xml_document& doc) {
    pugi::xml_node root = doc.append_child("minutes");
    root.append_attribute("xmlns").set_value(xml_text(std::string(kMinutesNamespace)).c_str());
    root.append_attribute("version").set_value("1.0");

    pugi::xml_node meta = root.append_child("meta");
    text_child(meta, "body", m.meta.body);
    text_child(meta, "group", m.meta.group);
    text_child(meta, "title", m.meta.title);
    text_child(meta, "date", m.meta.date);
    if (!m.meta.date.empty() && !m.meta.date_written.empty())
        meta.child("date").append_attribute("written").set_value(
            xml_text(m.meta.date_written).c_str());
    text_child(meta, "time", m.meta.time);
    text_child(meta, "venue", m.meta.venue);
    text_child(meta, "publicationType", m.meta.publication_type);
    if (!m.meta.contents.empty()) {
        pugi::xml_node c = meta.append_child("contents");
        for (const std::string& e : m.meta.contents)
            c.append_child("entry").text().set(xml_text(e).c_str());
    }
    pugi::xml_node src = meta.append_child("source");
    src.append_attribute("format").set_value(xml_text(m.meta.source.format).c_str());
    src.append_attribute("name").set_value(xml_text(m.meta.source.name).c_str());
    if (!m.meta.source.sha256.empty())
        src.append_attribute("sha256").set_value(xml_text(m.meta.source.sha256).c_str());

    const Attendance& at = m.attendance;
    if (at.present || at.apologies || at.in_attendance) {
        pugi::xml_node an = root.append_child("attendance");
        write_people(an, "present", at.present);
        write_people(an, "apologies", at.apologies);
        write_people(an, "inAttendance", at.in_attendance);
    }
    pugi::xml_node items = root.append_child("items");
    for (const Item& it : m.items) write_item(items, it);
    for (const NextMeeting& nm : m.next_meetings) {
        pugi::xml_node n = root.append_child("nextMeeting");
        if (!nm.date.empty()) n.append_attribute("date").set_value(xml_text(nm.date).c_str());
        if (!nm.time.empty()) n.append_attribute("time").set_value(xml_text(nm.time).c_str());
        line_attr(n, nm.origin);
        text_child(n, "title", nm.title);
        text_child(n, "venue", nm.venue);
    }
}

std::string to_xml(const Minutes& m) {
    pugi::xml_document doc;
    build_xml_tree(m, doc);
    StringWriter out;
    doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
    return std::move(out.text);
}

}  // namespace mtk
