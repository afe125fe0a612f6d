// Model -> minutes XML. The element order here is the order the XSD declares.
#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <pugixml.hpp>
#include <span>
#include <stdexcept>
#include <string>

#include "mtk/bytes8.hpp"
#include "mtk/xml_io.hpp"
#include "xml_sink.hpp"

namespace mtk {
namespace {

// XML 1.0 forbids C0 controls other than TAB, LF and CR, and U+FFFE/U+FFFF; sources
// (scraped pages, legacy files) do contain them. They become U+FFFD so that the output
// is always well-formed.
bool needs_cleaning(std::string_view in) {
    // Eight bytes at a time: a chunk without a byte below 0x20 or equal to 0xEF (the usual
    // case) has no suspect byte. The tests are exact: `zero` is not 0 exactly when a byte is
    // 0xEF, and a byte below 0x20 is suspect unless it is a tab or a line end (which text
    // with table cells or line breaks has in many chunks).
    using bytes8::kOnes, bytes8::kTops;
    const auto suspect = [](std::uint64_t x) {
        const std::uint64_t ef = x ^ (kOnes * 0xEF);  // zero bytes where x has 0xEF
        const std::uint64_t zero = (ef - kOnes) & ~ef & kTops;
        const std::uint64_t below_space = bytes8::below(x, 0x20);
        return zero || (below_space &&
                        (below_space & ~(bytes8::equal_to(x, '\t') | bytes8::equal_to(x, '\n') |
                                         bytes8::equal_to(x, '\r'))));
    };
    // The bytes after the last whole chunk are tested as the last eight bytes; a value
    // shorter than a chunk (an id, a number) byte by byte.
    if (in.size() < 8)
        return std::any_of(in.begin(), in.end(), [](char ch) {
            const auto c = static_cast<unsigned char>(ch);
            return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xEF;
        });
    std::size_t i = 0;
    for (; i + 8 <= in.size(); i += 8)
        if (suspect(bytes8::load(in, i))) return true;
    return i < in.size() && suspect(bytes8::load(in, in.size() - 8));
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

// `in` as XML may hold it: itself when it needs no cleaning (the usual case), else `buffer`
// holding xml_text(in).
std::string_view cleaned(std::string_view in, std::string& buffer) {
    if (!needs_cleaning(in)) return in;
    buffer = xml_text(in);
    return buffer;
}

// The attributes of the element about to start, gathered before it does: values cleaned
// (xml_text) and numbers written out into buffers of their own, valid until the next
// element's are gathered.
class Attributes {
  public:
    void add(const char* name, std::string_view value) {
        const std::size_t k = next(name);
        items_[k].value = cleaned(value, cleaned_[k]);
    }
    void add_optional(const char* name, std::string_view value) {
        if (!value.empty()) add(name, value);
    }
    void add_number(const char* name, int value) {
        const std::size_t k = next(name);
        char* const begin = digits_[k].data();
        const char* const end = std::to_chars(begin, begin + digits_[k].size(), value).ptr;
        items_[k].value = std::string_view(begin, std::size_t(end - begin));
    }
    void add_line(const Origin& o) {
        if (o.line > 0) add_number("line", o.line);
    }

    /// The attributes gathered since the last call.
    std::span<const XmlAttribute> take() {
        const std::span<const XmlAttribute> all(items_.data(), size_);
        size_ = 0;
        return all;
    }

  private:
    static constexpr std::size_t kMax = kMaxXmlAttributes;

    std::size_t next(const char* name) {
        if (size_ == kMax) throw std::logic_error("more attributes than minutes XML has");
        items_[size_].name = name;
        return size_++;
    }

    std::array<XmlAttribute, kMax> items_{};
    std::size_t size_ = 0;
    std::array<std::string, kMax> cleaned_;
    std::array<std::array<char, 12>, kMax> digits_{};
};

// The one description of mtk's XML: elements in the order the XSD declares, each started
// with its attributes, every value cleaned (xml_text). An action's, a decision's or a
// contents entry's text is sent even when empty (<action ...></action>, as to_xml always
// wrote it).
class Describer {
  public:
    explicit Describer(XmlSink& sink) : out_(sink) {}

    void minutes(const Minutes& m) {
        attrs_.add("xmlns", kMinutesNamespace);
        attrs_.add("version", "1.0");
        start("minutes");
        meta(m.meta);
        const Attendance& at = m.attendance;
        if (at.present || at.apologies || at.in_attendance) {
            start("attendance");
            people("present", at.present);
            people("apologies", at.apologies);
            people("inAttendance", at.in_attendance);
            out_.end();
        }
        start("items");
        for (const Item& it : m.items) item(it);
        out_.end();
        for (const NextMeeting& nm : m.next_meetings) {
            attrs_.add_optional("date", nm.date);
            attrs_.add_optional("time", nm.time);
            attrs_.add_line(nm.origin);
            start("nextMeeting");
            text_child("title", nm.title);
            text_child("venue", nm.venue);
            out_.end();
        }
        out_.end();
    }

  private:
    /// Starts the element `name` with the attributes gathered for it.
    void start(const char* name) { out_.start(name, attrs_.take()); }
    void text(std::string_view value) { out_.text(cleaned(value, cleaned_)); }
    void text_child(const char* name, std::string_view value) {
        if (value.empty()) return;
        start(name);
        text(value);
        out_.end();
    }

    void meta(const Meta& m) {
        start("meta");
        text_child("body", m.body);
        text_child("group", m.group);
        text_child("title", m.title);
        if (!m.date.empty()) {
            attrs_.add_optional("written", m.date_written);
            start("date");
            text(m.date);
            out_.end();
        }
        text_child("time", m.time);
        text_child("venue", m.venue);
        text_child("publicationType", m.publication_type);
        if (!m.contents.empty()) {
            start("contents");
            for (const std::string& e : m.contents) {
                start("entry");
                text(e);
                out_.end();
            }
            out_.end();
        }
        attrs_.add("format", m.source.format);
        attrs_.add("name", m.source.name);
        attrs_.add_optional("sha256", m.source.sha256);
        start("source");
        out_.end();
        out_.end();
    }

    void inlines(const std::vector<Inline>& content) {
        for (const Inline& in : content) {
            // An empty text would write <li></li>, which reads back as <li/>: write nothing.
            if (in.text.empty()) continue;
            if (!in.mention) {
                text(in.text);
                continue;
            }
            attrs_.add_optional("ref", in.ref);
            start("mention");
            text(in.text);
            out_.end();
        }
    }

    void people(const char* name, const std::optional<PersonList>& list) {
        if (!list) return;
        if (list->none) attrs_.add("none", "true");
        attrs_.add_line(list->origin);
        start(name);
        for (const Person& p : list->people) {
            attrs_.add("id", p.id);
            attrs_.add_optional("initials", p.initials);
            attrs_.add_line(p.origin);
            start("person");
            text_child("name", p.name);
            text_child("role", p.role);
            text_child("organisation", p.organisation);
            out_.end();
        }
        out_.end();
    }

    void item(const Item& it) {
        attrs_.add("id", it.id);
        attrs_.add_optional("number", it.number);
        attrs_.add_optional("listNumber", it.list_number);
        attrs_.add_line(it.origin);
        start("item");
        text_child("heading", it.heading);
        for (const Block& b : it.content) {
            if (const auto* p = std::get_if<Paragraph>(&b)) {
                attrs_.add_optional("number", p->number);
                attrs_.add_line(p->origin);
                start("p");
                inlines(p->content);
                out_.end();
            } else if (const auto* l = std::get_if<BulletList>(&b)) {
                attrs_.add_line(l->origin);
                start("list");
                for (const ListItem& li : l->items) {
                    attrs_.add_line(li.origin);
                    start("li");
                    inlines(li.content);
                    out_.end();
                }
                out_.end();
            } else if (const auto* a = std::get_if<Action>(&b)) {
                action(*a);
            } else if (const auto* d = std::get_if<Decision>(&b)) {
                decision(*d);
            } else if (const auto* sub = std::get_if<Item>(&b)) {
                item(*sub);
            }
        }
        out_.end();
    }

    void action(const Action& a) {
        attrs_.add("id", a.id);
        attrs_.add_optional("number", a.number);
        attrs_.add_optional("owner", a.owner);
        attrs_.add_optional("due", a.due);
        if (a.status != ActionStatus::open) attrs_.add("status", to_string(a.status));
        attrs_.add_line(a.origin);
        start("action");
        text(a.text);
        out_.end();
    }

    void decision(const Decision& d) {
        attrs_.add("id", d.id);
        attrs_.add_optional("number", d.number);
        attrs_.add("kind", to_string(d.kind));
        attrs_.add_optional("result", d.result);
        if (d.votes_for) attrs_.add_number("for", *d.votes_for);
        if (d.votes_against) attrs_.add_number("against", *d.votes_against);
        if (d.abstentions) attrs_.add_number("abstain", *d.abstentions);
        attrs_.add_optional("mover", d.mover);
        attrs_.add_optional("seconder", d.seconder);
        attrs_.add_line(d.origin);
        start("decision");
        text(d.text);
        out_.end();
    }

    XmlSink& out_;
    Attributes attrs_;     ///< of the element to start next
    std::string cleaned_;  ///< the last text that needed cleaning
};

// Builds the pugixml tree to_xml writes.
class TreeSink : public XmlSink {
  public:
    explicit TreeSink(pugi::xml_document& doc) { open_.push_back(doc); }
    void start(const char* name, std::span<const XmlAttribute> attributes) override {
        pugi::xml_node element = open_.back().append_child(name);
        for (const XmlAttribute& a : attributes)
            element.append_attribute(a.name).set_value(a.value.data(), a.value.size());
        open_.push_back(element);
    }
    void text(std::string_view value) override {
        open_.back().append_child(pugi::node_pcdata).set_value(value.data(), value.size());
    }
    void end() override { open_.pop_back(); }

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
