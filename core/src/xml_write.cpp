// Model -> minutes XML. The element order here is the order the XSD declares.
#include <algorithm>
#include <charconv>
#include <cstdint>
#include <pugixml.hpp>

#include "mtk/bytes8.hpp"
#include "mtk/xml_io.hpp"
#include "xml_sink.hpp"

namespace mtk {
namespace {

// XML 1.0 forbids C0 controls other than TAB, LF and CR, and U+FFFE/U+FFFF; sources
// (scraped pages, legacy files) do contain them. They become U+FFFD so that the output
// is always well-formed.
bool needs_cleaning(std::string_view in) {
    const auto suspect = [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xEF;
    };
    // Eight bytes at a time: a chunk without a byte below 0x20 or equal to 0xEF (the usual
    // case) has no suspect byte. The tests are exact: `zero` is not 0 exactly when a byte is
    // 0xEF, and a byte below 0x20 is suspect unless it is a tab or a line end (which text
    // with table cells or line breaks has in many chunks).
    using bytes8::kOnes, bytes8::kTops;
    std::size_t i = 0;
    for (; i + 8 <= in.size(); i += 8) {
        const std::uint64_t x = bytes8::load(in, i);
        const std::uint64_t ef = x ^ (kOnes * 0xEF);  // zero bytes where x has 0xEF
        const std::uint64_t below_space = bytes8::below(x, 0x20);
        const std::uint64_t zero = (ef - kOnes) & ~ef & kTops;
        if (zero) return true;
        if (below_space && (below_space & ~(bytes8::equal_to(x, '\t') | bytes8::equal_to(x, '\n') |
                                            bytes8::equal_to(x, '\r'))))
            return true;
    }
    return std::any_of(in.begin() + i, in.end(), suspect);
}

std::string xml_text(std::string_view in) {
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

// The one description of mtk's XML: elements in the order the XSD declares, attributes
// before content, every value cleaned (xml_text). An action's, a decision's or a contents
// entry's text is sent even when empty (<action ...></action>, as to_xml always wrote it).
class Describer {
  public:
    explicit Describer(XmlSink& sink) : out_(sink) {}

    void minutes(const Minutes& m) {
        out_.open("minutes");
        attr("xmlns", kMinutesNamespace);
        attr("version", "1.0");
        meta(m.meta);
        const Attendance& at = m.attendance;
        if (at.present || at.apologies || at.in_attendance) {
            out_.open("attendance");
            people("present", at.present);
            people("apologies", at.apologies);
            people("inAttendance", at.in_attendance);
            out_.close();
        }
        out_.open("items");
        for (const Item& it : m.items) item(it);
        out_.close();
        for (const NextMeeting& nm : m.next_meetings) {
            out_.open("nextMeeting");
            optional_attr("date", nm.date);
            optional_attr("time", nm.time);
            line(nm.origin);
            text_child("title", nm.title);
            text_child("venue", nm.venue);
            out_.close();
        }
        out_.close();
    }

  private:
    void attr(const char* name, std::string_view value) { out_.attribute(name, clean(value)); }
    void optional_attr(const char* name, std::string_view value) {
        if (!value.empty()) attr(name, value);
    }
    void number_attr(const char* name, int value) {
        char buf[16];
        const auto end = std::to_chars(buf, buf + sizeof buf, value).ptr;
        out_.attribute(name, std::string_view(buf, std::size_t(end - buf)));
    }
    void line(const Origin& o) {
        if (o.line > 0) number_attr("line", o.line);
    }
    void text(std::string_view value) { out_.text(clean(value)); }
    void text_child(const char* name, std::string_view value) {
        if (value.empty()) return;
        out_.open(name);
        text(value);
        out_.close();
    }
    std::string_view clean(std::string_view value) {
        if (!needs_cleaning(value)) return value;
        cleaned_ = xml_text(value);
        return cleaned_;
    }

    void meta(const Meta& m) {
        out_.open("meta");
        text_child("body", m.body);
        text_child("group", m.group);
        text_child("title", m.title);
        if (!m.date.empty()) {
            out_.open("date");
            optional_attr("written", m.date_written);
            text(m.date);
            out_.close();
        }
        text_child("time", m.time);
        text_child("venue", m.venue);
        text_child("publicationType", m.publication_type);
        if (!m.contents.empty()) {
            out_.open("contents");
            for (const std::string& e : m.contents) {
                out_.open("entry");
                text(e);
                out_.close();
            }
            out_.close();
        }
        out_.open("source");
        attr("format", m.source.format);
        attr("name", m.source.name);
        optional_attr("sha256", m.source.sha256);
        out_.close();
        out_.close();
    }

    void inlines(const std::vector<Inline>& content) {
        for (const Inline& in : content) {
            // An empty text would write <li></li>, which reads back as <li/>: write nothing.
            if (in.text.empty()) continue;
            if (!in.mention) {
                text(in.text);
                continue;
            }
            out_.open("mention");
            optional_attr("ref", in.ref);
            text(in.text);
            out_.close();
        }
    }

    void people(const char* name, const std::optional<PersonList>& list) {
        if (!list) return;
        out_.open(name);
        if (list->none) attr("none", "true");
        line(list->origin);
        for (const Person& p : list->people) {
            out_.open("person");
            attr("id", p.id);
            optional_attr("initials", p.initials);
            line(p.origin);
            text_child("name", p.name);
            text_child("role", p.role);
            text_child("organisation", p.organisation);
            out_.close();
        }
        out_.close();
    }

    void item(const Item& it) {
        out_.open("item");
        attr("id", it.id);
        optional_attr("number", it.number);
        optional_attr("listNumber", it.list_number);
        line(it.origin);
        text_child("heading", it.heading);
        for (const Block& b : it.content) {
            if (const auto* p = std::get_if<Paragraph>(&b)) {
                out_.open("p");
                optional_attr("number", p->number);
                line(p->origin);
                inlines(p->content);
                out_.close();
            } else if (const auto* l = std::get_if<BulletList>(&b)) {
                out_.open("list");
                line(l->origin);
                for (const ListItem& li : l->items) {
                    out_.open("li");
                    line(li.origin);
                    inlines(li.content);
                    out_.close();
                }
                out_.close();
            } else if (const auto* a = std::get_if<Action>(&b)) {
                action(*a);
            } else if (const auto* d = std::get_if<Decision>(&b)) {
                decision(*d);
            } else if (const auto* sub = std::get_if<Item>(&b)) {
                item(*sub);
            }
        }
        out_.close();
    }

    void action(const Action& a) {
        out_.open("action");
        attr("id", a.id);
        optional_attr("number", a.number);
        optional_attr("owner", a.owner);
        optional_attr("due", a.due);
        if (a.status != ActionStatus::open) attr("status", to_string(a.status));
        line(a.origin);
        text(a.text);
        out_.close();
    }

    void decision(const Decision& d) {
        out_.open("decision");
        attr("id", d.id);
        optional_attr("number", d.number);
        attr("kind", to_string(d.kind));
        optional_attr("result", d.result);
        if (d.votes_for) number_attr("for", *d.votes_for);
        if (d.votes_against) number_attr("against", *d.votes_against);
        if (d.abstentions) number_attr("abstain", *d.abstentions);
        optional_attr("mover", d.mover);
        optional_attr("seconder", d.seconder);
        line(d.origin);
        text(d.text);
        out_.close();
    }

    XmlSink& out_;
    std::string cleaned_;  ///< the last value that needed cleaning
};

// Builds the pugixml tree to_xml writes.
class TreeSink : public XmlSink {
  public:
    explicit TreeSink(pugi::xml_document& doc) { open_.push_back(doc); }
    void open(const char* name) override { open_.push_back(open_.back().append_child(name)); }
    void attribute(const char* name, std::string_view value) override {
        open_.back().append_attribute(name).set_value(value.data(), value.size());
    }
    void text(std::string_view value) override {
        open_.back().append_child(pugi::node_pcdata).set_value(value.data(), value.size());
    }
    void close() override { open_.pop_back(); }

  private:
    std::vector<pugi::xml_node> open_;
};

struct StringWriter : pugi::xml_writer {
    std::string text;
    void write(const void* data, std::size_t size) override {
        text.append(static_cast<const char*>(data), size);
    }
};

}  // namespace

void describe_xml(const Minutes& m, XmlSink& sink) {
    Describer(sink).minutes(m);
}

std::string to_xml(const Minutes& m) {
    pugi::xml_document doc;
    TreeSink tree(doc);
    describe_xml(m, tree);
    StringWriter out;
    doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
    return std::move(out.text);
}

}  // namespace mtk
