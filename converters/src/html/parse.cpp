#include "html/parse.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>

#include "mtk/xsd.hpp"

namespace mtk::converters::html {
namespace {

struct CtxtDeleter {
    void operator()(htmlParserCtxt* c) const { htmlFreeParserCtxt(c); }
};

// The callbacks libxml2 would have called.
struct Recorder {
    startElementSAXFunc start_element = nullptr;
    charactersSAXFunc characters = nullptr;
};

void record(xmlNode* n, int line) {
    n->psvi = reinterpret_cast<void*>(static_cast<std::intptr_t>(std::max(line, 1)));
}

Recorder& recorder(void* ctx) {
    return *static_cast<Recorder*>(static_cast<htmlParserCtxt*>(ctx)->_private);
}

void on_start_element(void* ctx, const xmlChar* name, const xmlChar** atts) {
    auto* ctxt = static_cast<htmlParserCtxt*>(ctx);
    Recorder& r = recorder(ctx);
    r.start_element(ctx, name, atts);
    // input->line is the line at the end of the start tag: right unless the tag spans lines.
    if (ctxt->node && ctxt->input && !ctxt->node->psvi) record(ctxt->node, ctxt->input->line);
}

void on_characters(void* ctx, const xmlChar* ch, int len) {
    auto* ctxt = static_cast<htmlParserCtxt*>(ctx);
    Recorder& r = recorder(ctx);
    r.characters(ctx, ch, len);
    if (!ctxt->node || !ctxt->node->last || ctxt->node->last->type != XML_TEXT_NODE ||
        ctxt->node->last->psvi || !ctxt->input)
        return;
    // The chunk has just been consumed: it started as many lines up as it holds newlines.
    // Exception: a long run is flushed every 1000 bytes (HTML_PARSER_BIG_BUFFER_SIZE)
    // before its last character is consumed, so a trailing newline is not counted yet.
    int newlines = 0;
    const xmlChar* const end = ch + len;
    for (const xmlChar* nl = ch;
         (nl = static_cast<const xmlChar*>(std::memchr(nl, '\n', std::size_t(end - nl)))); ++nl)
        ++newlines;
    if (len >= 1000 && ch[len - 1] == '\n') --newlines;
    record(ctxt->node->last, ctxt->input->line - newlines);
}

}  // namespace

int ParsedHtml::line_of(const xmlNode* n) const {
    return n->psvi ? int(reinterpret_cast<std::intptr_t>(n->psvi)) : int(xmlGetLineNo(n));
}

int ParsedHtml::line_at(const xmlNode* text, std::size_t offset) const {
    int line = line_of(text);
    if (text->content) {
        const auto* s = reinterpret_cast<const char*>(text->content);
        for (std::size_t i = 0; i < offset && s[i]; ++i) line += s[i] == '\n';
    }
    return line;
}

ParsedHtml parse_html(std::string_view utf8) {
    ParsedHtml out;
    if (utf8.size() > std::size_t(std::numeric_limits<int>::max())) return out;
    init_xml_library();
    std::unique_ptr<htmlParserCtxt, CtxtDeleter> ctxt(htmlNewParserCtxt());
    if (!ctxt || !ctxt->sax) return out;
    Recorder rec{ctxt->sax->startElement, ctxt->sax->characters};
    ctxt->_private = &rec;
    ctxt->sax->startElement = on_start_element;
    ctxt->sax->characters = on_characters;
    // Whitespace outside text may be reported here; it needs no line of its own.
    constexpr int kOptions =
        HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING;
    // An explicit "UTF-8" makes libxml2 ignore the page's own <meta charset>: the bytes
    // were decoded by the caller already.
    out.doc.reset(
        htmlCtxtReadMemory(ctxt.get(), utf8.data(), int(utf8.size()), nullptr, "UTF-8", kOptions));
    const xmlError* err = xmlCtxtGetLastError(ctxt.get());
    out.stopped_at_depth_limit =
        err && err->code == XML_ERR_INTERNAL_ERROR && err->message &&
        std::string_view(err->message).find("depth") != std::string_view::npos;
    return out;
}

}  // namespace mtk::converters::html
