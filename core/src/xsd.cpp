#include "mtk/xsd.hpp"

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>

#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <stdexcept>

#ifndef MTK_SOURCE_SCHEMA_DIR
#define MTK_SOURCE_SCHEMA_DIR ""
#endif
#ifndef MTK_INSTALL_SCHEMA_DIR
#define MTK_INSTALL_SCHEMA_DIR ""
#endif

namespace mtk {
namespace {

// Parser options for every document a user gives: no network, no DTD loading, no
// entity substitution, no XInclude, bounded resources (XML_PARSE_HUGE stays off). Short
// texts are stored in their nodes (COMPACT): the tree is only read, by the validator.
constexpr int kSafeParseOptions =
    XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR | XML_PARSE_COMPACT;

std::string trimmed(const char* msg) {
    std::string s = msg ? msg : "";
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
}

void collect(void* ctx, xmlErrorPtr err) {
    auto* out = static_cast<std::vector<SchemaError>*>(ctx);
    out->push_back({trimmed(err->message), err->line, err->int2});
}

struct DocDeleter {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
struct ParserCtxtDeleter {
    void operator()(xmlSchemaParserCtxt* c) const { xmlSchemaFreeParserCtxt(c); }
};
struct ValidCtxtDeleter {
    void operator()(xmlSchemaValidCtxt* c) const { xmlSchemaFreeValidCtxt(c); }
};
struct ParserContextDeleter {
    void operator()(xmlParserCtxt* c) const { xmlFreeParserCtxt(c); }
};

}  // namespace

struct Schema::Impl {
    xmlSchemaPtr schema = nullptr;
    ~Impl() { xmlSchemaFree(schema); }
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
    std::unique_ptr<xmlSchemaParserCtxt, ParserCtxtDeleter> ctxt(
        xmlSchemaNewParserCtxt(path.c_str()));
    if (!ctxt) throw std::runtime_error("cannot read schema " + path);
    std::vector<SchemaError> errors;
    xmlSchemaSetParserStructuredErrors(ctxt.get(), collect, &errors);
    impl_->schema = xmlSchemaParse(ctxt.get());
    if (!impl_->schema)
        throw std::runtime_error("cannot compile schema " + path +
                                 (errors.empty() ? "" : ": " + errors.front().message));
}

Schema::~Schema() = default;

std::vector<SchemaError> Schema::validate(std::string_view xml) const {
    std::vector<SchemaError> errors;
    std::unique_ptr<xmlParserCtxt, ParserContextDeleter> pctxt(xmlNewParserCtxt());
    if (!pctxt) return {{"out of memory", 0, 0}};
    // libxml2 2.9 has no per-context structured handler for the parser; the global one
    // is thread-local, so setting it around this call is safe.
    xmlSetStructuredErrorFunc(&errors, collect);
    std::unique_ptr<xmlDoc, DocDeleter> doc(xmlCtxtReadMemory(
        pctxt.get(), xml.data(), int(xml.size()), "minutes.xml", "UTF-8", kSafeParseOptions));
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    if (!doc) {
        if (errors.empty()) errors.push_back({"the document is not well-formed XML", 0, 0});
        return errors;
    }
    errors.clear();  // recoverable parser warnings are not schema findings
    // As in from_xml: no DTDs. libxml2's validator cannot handle the entity references
    // a DTD allows (it reports an internal error and leaks).
    if (doc->intSubset || doc->extSubset) {
        const long line = xmlGetLineNo(
            reinterpret_cast<xmlNodePtr>(doc->intSubset ? doc->intSubset : doc->extSubset));
        return {
            {"DOCTYPE declarations are not allowed in minutes XML", line > 0 ? int(line) : 0, 0}};
    }
    std::unique_ptr<xmlSchemaValidCtxt, ValidCtxtDeleter> vctxt(
        xmlSchemaNewValidCtxt(impl_->schema));
    xmlSchemaSetValidStructuredErrors(vctxt.get(), collect, &errors);
    xmlSchemaValidateDoc(vctxt.get(), doc.get());
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
