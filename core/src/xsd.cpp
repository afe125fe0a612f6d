#include "mtk/xsd.hpp"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/schemasInternals.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <optional>
#include <span>
#include <stdexcept>

#include "mtk/xml_io.hpp"
#include "xml_sink.hpp"
#include "xsd_unique.hpp"

#ifndef MTK_SOURCE_SCHEMA_DIR
#define MTK_SOURCE_SCHEMA_DIR ""
#endif
#ifndef MTK_INSTALL_SCHEMA_DIR
#define MTK_INSTALL_SCHEMA_DIR ""
#endif

namespace mtk {
namespace {

// Parser options for every document a user gives: no network, no DTD loading, no
// entity substitution, no XInclude, bounded resources (XML_PARSE_HUGE stays off).
constexpr int kSafeParseOptions = XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR;

std::string trimmed(const char* msg) {
    std::string s = msg ? msg : "";
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
}

void collect(void* ctx, xmlErrorPtr err) {
    auto* out = static_cast<std::vector<SchemaError>*>(ctx);
    out->push_back({trimmed(err->message), err->line, err->int2});
}

// Only what makes a document not well-formed: recoverable parser warnings (a relative
// namespace URI) are not schema findings.
void collect_fatal(void* ctx, xmlErrorPtr err) {
    if (err->level == XML_ERR_FATAL) collect(ctx, err);
}

// The document is validated as the parser streams its SAX events, without a tree (a third
// less work than building one and validating that). A streamed validator knows no element
// positions, so this places each error at the start tag of its element, as the tree
// validator did: the element being opened, or the one just closed (errors about content,
// missing children or identity constraints come at the end tag).
struct Stream {
    xmlParserCtxt* parser = nullptr;
    xsd_unique::Checker* unique = nullptr;
    std::vector<int> open;  ///< start-tag lines of the open elements
    int closed = 0;         ///< start-tag line of the element whose end tag was just read
    bool closing = false;
    int doctype = 0;  ///< line of a DOCTYPE declaration, which stops the parse
    std::vector<SchemaError> errors;
    std::vector<std::string> broken;  ///< the constraints the element starting breaks
};

int parser_line(const Stream& s) {
    return s.parser && s.parser->input ? s.parser->input->line : 0;
}

// An element of these roles (xsd_unique.hpp) starts.
void started(Stream& s, xsd_unique::Roles roles, int nb_attributes, const xmlChar** attributes) {
    s.open.push_back(parser_line(s));
    s.closing = false;
    s.unique->start(roles, nb_attributes, attributes, s.broken);
    for (std::string& message : s.broken)
        s.errors.push_back({std::move(message), s.open.back(), 0});
    s.broken.clear();
}

void on_start(void* ctx, const xmlChar* localname, const xmlChar*, const xmlChar* uri, int,
              const xmlChar**, int nb_attributes, int, const xmlChar** attributes) {
    auto* s = static_cast<Stream*>(ctx);
    started(*s, xsd_unique::roles(s->unique->constraints(), localname, uri), nb_attributes,
            attributes);
}

// The element started last ends.
void ended(Stream& s) {
    s.closed = s.open.empty() ? 0 : s.open.back();
    if (!s.open.empty()) s.open.pop_back();
    s.closing = true;
    s.unique->end();
}

void on_end(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
    ended(*static_cast<Stream*>(ctx));
}

// As in from_xml: no DTDs. The parse stops at the declaration, before any entity is
// declared or anything loaded; libxml2's validator also cannot handle the entity
// references a DTD allows.
void on_doctype(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
    auto* s = static_cast<Stream*>(ctx);
    s->doctype = std::max(1, parser_line(*s));
    xmlStopParser(s->parser);
}

void on_validity_error(void* ctx, xmlErrorPtr err) {
    auto* s = static_cast<Stream*>(ctx);
    const int line = s->closing ? s->closed : s->open.empty() ? 0 : s->open.back();
    s->errors.push_back({trimmed(err->message), line, 0});
}

// In SAX mode libxml2 keeps the entities a DTD declares in a document of its own (for
// expat compatibility), which the parser context does not free; a DOCTYPE after a fatal
// error is parsed with SAX off, so it is not stopped at its declaration.
struct ParserContextDeleter {
    void operator()(xmlParserCtxt* c) const {
        xmlFreeDoc(c->myDoc);
        xmlFreeParserCtxt(c);
    }
};
struct DocDeleter {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
struct ParserCtxtDeleter {
    void operator()(xmlSchemaParserCtxt* c) const { xmlSchemaFreeParserCtxt(c); }
};
struct ValidCtxtDeleter {
    void operator()(xmlSchemaValidCtxt* c) const { xmlSchemaFreeValidCtxt(c); }
};
// The parser's own SAX handler is swapped for the stream's during the parse and put back
// before the context is freed, which frees it.
class SwappedSax {
  public:
    SwappedSax(xmlParserCtxt* parser, xmlSAXHandler* sax, void* user)
        : parser_(parser), old_(parser->sax), old_user_(parser->userData) {
        parser->sax = sax;
        parser->userData = user;
    }
    ~SwappedSax() {
        parser_->sax = old_;
        parser_->userData = old_user_;
    }
    SwappedSax(const SwappedSax&) = delete;
    SwappedSax& operator=(const SwappedSax&) = delete;

  private:
    xmlParserCtxt* parser_;
    xmlSAXHandler* old_;
    void* old_user_;
};

class Plug {
  public:
    /// Puts the validator in front of the handler `*sax` and its `*user` data: events sent
    /// to the new `*sax` with the new `*user` are validated, then passed on.
    Plug(xmlSchemaValidCtxt* v, xmlSAXHandler** sax, void** user)
        : plug_(xmlSchemaSAXPlug(v, sax, user)) {}
    ~Plug() {
        if (plug_) xmlSchemaSAXUnplug(plug_);
    }
    Plug(const Plug&) = delete;
    Plug& operator=(const Plug&) = delete;
    explicit operator bool() const { return plug_ != nullptr; }

  private:
    xmlSchemaSAXPlugPtr plug_;
};
// The names describe_xml gives (static strings, so known by their address), each looked up
// once per schema: the schema dictionary's copy, which libxml2 compares by address where it
// would compare bytes, and what the identity constraints make of an element of that name.
class SinkNames {
  public:
    struct Name {
        const xmlChar* interned;
        xsd_unique::Roles roles;  ///< of an element of this name in namespace uri()
    };

    SinkNames(xmlDict* dict, std::span<const xsd_unique::Constraint> unique)
        : dict_(dict), unique_(unique) {}

    const xmlChar* intern(std::string_view s) const {
        return xmlDictLookup(dict_, reinterpret_cast<const xmlChar*>(s.data()), int(s.size()));
    }
    /// The namespace of the elements to come (interned); forgets the roles of another.
    void set_uri(const xmlChar* uri) {
        if (uri == uri_) return;
        uri_ = uri;
        slots_.assign(slots_.size(), {});
        used_ = 0;
    }
    const xmlChar* uri() const { return uri_; }
    const Name& operator[](const char* name) {
        Slot& s = slot(name);
        return s.key ? s.name : add(name);
    }

  private:
    // A table of the names' addresses (open addressing): a few dozen names, each met often.
    struct Slot {
        const char* key = nullptr;
        Name name{};
    };
    Slot& slot(const char* key) {
        const std::uint64_t h = (reinterpret_cast<std::uintptr_t>(key) >> 3) * 0x9E3779B97F4A7C15;
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = std::size_t(h >> 40) & mask;; i = (i + 1) & mask)
            if (slots_[i].key == key || !slots_[i].key) return slots_[i];
    }
    // A name met for the first time.
    const Name& add(const char* name) {
        if (2 * (used_ + 1) > slots_.size()) grow();
        Slot& s = slot(name);
        const xmlChar* interned = intern(name);
        s = {name, {interned, xsd_unique::roles(unique_, interned, uri_)}};
        ++used_;
        return s.name;
    }
    void grow() {
        std::vector<Slot> old(2 * slots_.size());
        old.swap(slots_);
        for (const Slot& s : old)
            if (s.key) slot(s.key) = s;
    }

    xmlDict* dict_;
    std::span<const xsd_unique::Constraint> unique_;
    const xmlChar* uri_ = reinterpret_cast<const xmlChar*>("");
    std::vector<Slot> slots_ = std::vector<Slot>(64);
    std::size_t used_ = 0;
};

}  // namespace

struct Schema::Impl {
    // The schema's document outlives the compiled schema, whose components point into it.
    std::unique_ptr<xmlDoc, DocDeleter> doc;
    xmlSchemaPtr schema = nullptr;
    std::vector<xsd_unique::Constraint> unique;  ///< taken out of `schema`, checked natively
    std::optional<SinkNames> names;              ///< for validating models, once compiled
    /// One validation context for every document: a validation that ends (SAX unplug)
    /// clears it, so it need not be built and freed again each time.
    std::unique_ptr<xmlSchemaValidCtxt, ValidCtxtDeleter> valid;
    ~Impl() {
        valid.reset();  // before the schema it validates against
        xmlSchemaFree(schema);
    }
};

void init_xml_library() {
    static std::once_flag once;
    // xmlSchemaParse initialises libxml2's built-in XSD types lazily and without a lock:
    // two threads compiling their schemas at once both build them, and one set leaks (or
    // worse). Built here, once, before any thread compiles one.
    std::call_once(once, [] {
        xmlInitParser();
        xmlSchemaInitTypes();
    });
}

Schema::Schema(const std::string& path) : impl_(std::make_unique<Impl>()) {
    init_xml_library();
    // The schema's own file (trusted); parsed here so that its simple identity constraints
    // can be taken out and checked natively (xsd_unique.hpp).
    impl_->doc.reset(xmlReadFile(path.c_str(), nullptr,
                                 XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR));
    if (!impl_->doc) throw std::runtime_error("cannot read schema " + path);
    impl_->unique = xsd_unique::take_simple(impl_->doc.get());
    std::unique_ptr<xmlSchemaParserCtxt, ParserCtxtDeleter> ctxt(
        xmlSchemaNewDocParserCtxt(impl_->doc.get()));
    if (!ctxt) throw std::runtime_error("cannot read schema " + path);
    std::vector<SchemaError> errors;
    xmlSchemaSetParserStructuredErrors(ctxt.get(), collect, &errors);
    impl_->schema = xmlSchemaParse(ctxt.get());
    if (!impl_->schema)
        throw std::runtime_error("cannot compile schema " + path +
                                 (errors.empty() ? "" : ": " + errors.front().message));
    impl_->names.emplace(impl_->schema->dict, impl_->unique);
    impl_->valid.reset(xmlSchemaNewValidCtxt(impl_->schema));
    if (!impl_->valid) throw std::runtime_error("cannot validate against schema " + path);
}

Schema::~Schema() = default;

std::vector<SchemaError> Schema::validate(std::string_view xml) const {
    std::unique_ptr<xmlParserCtxt, ParserContextDeleter> parser(
        xmlCreateMemoryParserCtxt(xml.data(), int(xml.size())));
    xmlSchemaValidCtxt* vctxt = impl_->valid.get();
    if (!parser) return {{"out of memory", 0, 0}};
    xmlSwitchToEncoding(parser.get(), xmlFindCharEncodingHandler("UTF-8"));
    xsd_unique::Checker unique(impl_->unique);
    Stream stream;
    stream.parser = parser.get();
    stream.unique = &unique;
    xmlSAXHandler sax{};
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = on_start;
    sax.endElementNs = on_end;
    sax.internalSubset = on_doctype;
    std::vector<SchemaError> parse_errors;
    {
        const SwappedSax swapped(parser.get(), &sax, &stream);
        xmlCtxtUseOptions(parser.get(), kSafeParseOptions);
        xmlSchemaSetValidStructuredErrors(vctxt, on_validity_error, &stream);
        const Plug plug(vctxt, &parser->sax, &parser->userData);
        if (!plug) return {{"cannot start the schema validation", 0, 0}};
        // Parser errors reach the global handler, which is thread-local in libxml2 2.9.
        xmlSetStructuredErrorFunc(&parse_errors, collect_fatal);
        xmlParseDocument(parser.get());
        xmlSetStructuredErrorFunc(nullptr, nullptr);
    }
    if (stream.doctype > 0)
        return {{"DOCTYPE declarations are not allowed in minutes XML", stream.doctype, 0}};
    // Not well-formed: the parse errors say why; what the validator saw before is moot.
    if (!parse_errors.empty()) return parse_errors;
    if (!parser->wellFormed) return {{"the document is not well-formed XML", 0, 0}};
    return std::move(stream.errors);
}

namespace {

// Hands a described document to libxml2's validator as the SAX events a parser of its text
// would send, with the values it would hand over: to_xml escapes every white-space character
// of an attribute value (the parser keeps them), but not CR in text, which the parser turns
// into LF (CR LF too). The identity constraints taken out of the schema see each element
// before the validator does, as in a parse (Stream). With no text, every error has line 0.
class SaxSink : public XmlSink {
  public:
    SaxSink(SinkNames& names, xsd_unique::Checker& unique, std::vector<SchemaError>& errors,
            xmlSAXHandler* sax, void* user)
        : names_(names), unique_(unique), errors_(errors), sax_(sax), user_(user) {
        // Minutes nest a few levels deep: room for them from the start rather than grown
        // again for every document.
        open_.reserve(16);
    }

    void start(const char* name, std::span<const XmlAttribute> attributes) override {
        const bool root = open_.empty();
        if (root && !attributes.empty() && std::string_view(attributes[0].name) == "xmlns") {
            names_.set_uri(names_.intern(attributes[0].value));
            attributes = attributes.subspan(1);
        }
        // libxml2's five pointers an attribute: name, prefix, namespace, value, value end.
        const xmlChar** at = attributes_.data();
        for (const XmlAttribute& a : attributes) {
            const auto* v = reinterpret_cast<const xmlChar*>(a.value.data());
            at[0] = names_[a.name].interned;
            at[1] = at[2] = nullptr;
            at[3] = v;
            at[4] = v + a.value.size();
            at += 5;
        }
        const SinkNames::Name& element = names_[name];
        open_.push_back(element.interned);
        const int nb_attributes = int(attributes.size());
        unique_.start(element.roles, nb_attributes, attributes_.data(), broken_);
        for (std::string& message : broken_) errors_.push_back({std::move(message), 0, 0});
        broken_.clear();
        const xmlChar* uri = names_.uri();
        const xmlChar* declaration[] = {nullptr, uri};
        sax_->startElementNs(user_, element.interned, nullptr, uri, root ? 1 : 0, declaration,
                             nb_attributes, 0, attributes_.data());
    }
    void text(std::string_view value) override {
        std::string normalised;
        if (value.find('\r') != std::string_view::npos) {
            for (std::size_t i = 0; i < value.size(); ++i) {
                if (value[i] == '\r' && i + 1 < value.size() && value[i + 1] == '\n') continue;
                normalised += value[i] == '\r' ? '\n' : value[i];
            }
            value = normalised;
        }
        if (!value.empty())
            sax_->characters(user_, reinterpret_cast<const xmlChar*>(value.data()),
                             int(value.size()));
    }
    void end() override {
        unique_.end();
        sax_->endElementNs(user_, open_.back(), nullptr, names_.uri());
        open_.pop_back();
    }

  private:
    SinkNames& names_;
    xsd_unique::Checker& unique_;
    std::vector<SchemaError>& errors_;
    xmlSAXHandler* sax_;
    void* user_;
    std::vector<const xmlChar*> open_;  ///< the open elements' interned names
    std::array<const xmlChar*, 5 * kMaxXmlAttributes> attributes_;  ///< of the element starting
    std::vector<std::string> broken_;  ///< the constraints the element starting breaks
};

// A validity error of a model, which has no lines.
void on_model_validity_error(void* ctx, xmlErrorPtr err) {
    static_cast<std::vector<SchemaError>*>(ctx)->push_back({trimmed(err->message), 0, 0});
}

}  // namespace

std::vector<SchemaError> Schema::validate(const Minutes& m) const {
    xmlSchemaValidCtxt* vctxt = impl_->valid.get();
    xsd_unique::Checker unique(impl_->unique);
    std::vector<SchemaError> errors;
    // Plugged in front of no handler, the validator takes the events directly.
    xmlSAXHandler* sax = nullptr;
    void* user = nullptr;
    xmlSchemaSetValidStructuredErrors(vctxt, on_model_validity_error, &errors);
    {
        const Plug plug(vctxt, &sax, &user);
        if (!plug) return {{"cannot start the schema validation", 0, 0}};
        SaxSink events(*impl_->names, unique, errors, sax, user);
        describe_xml(m, events);
    }
    return errors;
}

std::string default_schema_path() {
    if (const char* env = std::getenv("MTK_SCHEMA"); env && *env) return env;
    const std::string in_tree = std::string(MTK_SOURCE_SCHEMA_DIR) + "/minutes.xsd";
    if (FILE* f = std::fopen(in_tree.c_str(), "rb")) {
        std::fclose(f);
        return in_tree;
    }
    return std::string(MTK_INSTALL_SCHEMA_DIR) + "/minutes.xsd";
}

}  // namespace mtk
