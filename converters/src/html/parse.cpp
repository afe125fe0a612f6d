#include "html/parse.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/SAX2.h>
#include <libxml/parserInternals.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <vector>

#include "mtk/xsd.hpp"

namespace mtk::converters::html {
namespace {

struct CtxtDeleter {
    void operator()(htmlParserCtxt* c) const { htmlFreeParserCtxt(c); }
};

struct XmlDocDeleter {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

// Objects made in blocks that grow with the page, each zeroed when made (as libxml2's
// structs start out) and never moved: nodes point at each other.
template <class T>
class Pool {
  public:
    T* make() {
        if (used_ == size_) {
            size_ = std::min<std::size_t>(2 * std::max<std::size_t>(size_, 32), 4096);
            blocks_.push_back(std::make_unique_for_overwrite<T[]>(size_));
            used_ = 0;
        }
        T* t = &blocks_.back()[used_++];
        *t = T{};
        return t;
    }

  private:
    std::vector<std::unique_ptr<T[]>> blocks_;
    std::size_t size_ = 0;  ///< of the last block
    std::size_t used_ = 0;  ///< of it
};

// NUL-terminated strings made in blocks. A text node grows chunk by chunk while it is the
// last string made, so it grows in place; a string that cannot is copied on.
class Strings {
  public:
    xmlChar* copy(const xmlChar* s, std::size_t n) {
        xmlChar* p = room(n + 1);
        std::memcpy(p, s, n);
        p[n] = 0;
        next_ += n + 1;
        left_ -= n + 1;
        return p;
    }

    // `str` (`len` bytes, made here) followed by s[0, n).
    xmlChar* extend(xmlChar* str, std::size_t len, const xmlChar* s, std::size_t n) {
        if (str + len + 1 == next_ && left_ >= n) {
            std::memcpy(str + len, s, n);
            str[len + n] = 0;
            next_ += n;
            left_ -= n;
            return str;
        }
        xmlChar* p = room(len + n + 1);
        std::memcpy(p, str, len);
        std::memcpy(p + len, s, n);
        p[len + n] = 0;
        next_ += len + n + 1;
        left_ -= len + n + 1;
        return p;
    }

  private:
    xmlChar* room(std::size_t n) {
        if (left_ < n) {
            // Twice what is asked: a long text growing in place moves O(log n) times.
            const std::size_t size = std::max<std::size_t>(kBlock, 2 * n);
            blocks_.push_back(std::make_unique_for_overwrite<xmlChar[]>(size));
            next_ = blocks_.back().get();
            left_ = size;
        }
        return next_;
    }

    static constexpr std::size_t kBlock = 16 * 1024;
    std::vector<std::unique_ptr<xmlChar[]>> blocks_;
    xmlChar* next_ = nullptr;
    std::size_t left_ = 0;
};

void set_line(xmlNode* n, int line) {
    n->psvi = reinterpret_cast<void*>(static_cast<std::intptr_t>(std::max(line, 1)));
}

void append_child(xmlNode* parent, xmlNode* n) {
    n->parent = parent;
    n->prev = parent->last;
    if (parent->last)
        parent->last->next = n;
    else
        parent->children = n;
    parent->last = n;
}

// An element's name as libxml2's tree builder keeps it (xmlSplitQName): "o:p" is "p" (in
// namespace o), while ":x" and "x:" stay whole.
std::string_view local_name(std::string_view full) {
    if (full.empty() || full[0] == ':') return full;
    const std::size_t colon = full.find(':');
    if (colon == std::string_view::npos || colon + 1 == full.size()) return full;
    return full.substr(colon + 1);
}

}  // namespace

// The tree and what builds it from libxml2's SAX events (the callbacks below), as libxml2's
// own SAX2 tree builder would.
class HtmlTree {
  public:
    HtmlTree() {
        doc_.type = XML_HTML_DOCUMENT_NODE;
        // ctxt->node for every open element: a node libxml2's white-space test (areBlanks)
        // answers at once without walking a tree. Whatever it answers, text goes to the
        // characters callback, the parser keeping blanks (no HTML_PARSE_NOBLANKS).
        open_.type = XML_TEXT_NODE;
        open_.content = empty_;
    }

    xmlDoc* doc() { return parsed_ ? &doc_ : nullptr; }
    void set_parsed() { parsed_ = true; }

    static HtmlTree& of(void* ctx) {
        return *static_cast<HtmlTree*>(static_cast<htmlParserCtxt*>(ctx)->_private);
    }

    void start_element(htmlParserCtxt* ctxt, const xmlChar* name, const xmlChar** atts) {
        if (!name || !ctxt->myDoc) return;
        // libxml2 counts open elements in its node stack and stops at its depth limit there.
        if (nodePush(ctxt, &open_) < 0) return;
        xmlNode* el = nodes_.make();
        el->type = XML_ELEMENT_NODE;
        const std::string_view local = local_name(reinterpret_cast<const char*>(name));
        el->name = strings_.copy(reinterpret_cast<const xmlChar*>(local.data()), local.size());
        if (ctxt->input) set_line(el, ctxt->input->line);
        append_child(parent_for_new_element(), el);
        stack_.push_back(el);
        for (std::size_t i = 0; atts && atts[i]; i += 2) add_attribute(el, atts[i], atts[i + 1]);
    }

    void end_element(htmlParserCtxt* ctxt) {
        nodePop(ctxt);
        if (!stack_.empty()) stack_.pop_back();
    }

    void text(htmlParserCtxt* ctxt, const xmlChar* ch, int len, xmlElementType type) {
        if (stack_.empty() || len < 0) return;
        xmlNode* parent = stack_.back();
        const auto n = std::size_t(len);
        if (xmlNode* last = parent->last; last && last->type == type) {
            const std::size_t had = last == grown_ ? grown_len_ : xmlStrlen(last->content);
            if (had + n > XML_MAX_TEXT_LENGTH) {  // libxml2's limit without XML_PARSE_HUGE
                xmlStopParser(ctxt);
                return;
            }
            last->content = strings_.extend(last->content, had, ch, n);
            grown_ = last;
            grown_len_ = had + n;
            return;
        }
        xmlNode* t = nodes_.make();
        t->type = type;
        if (type == XML_TEXT_NODE) t->name = xmlStringText;
        t->content = strings_.copy(ch, n);
        grown_ = t;
        grown_len_ = n;
        append_child(parent, t);
        if (type == XML_TEXT_NODE && ctxt->input) set_line(t, text_start_line(ctxt, ch, len));
    }

    // A comment or processing instruction: in the open element, else at the top level.
    void other(xmlElementType type, const xmlChar* name, const xmlChar* content) {
        xmlNode* n = nodes_.make();
        n->type = type;
        n->name = name ? strings_.copy(name, std::size_t(xmlStrlen(name))) : xmlStringComment;
        if (content) n->content = strings_.copy(content, std::size_t(xmlStrlen(content)));
        append_child(stack_.empty() ? top() : stack_.back(), n);
    }

    // libxml2 puts the doctype first among the document's children.
    void doctype_declared(const htmlParserCtxt* ctxt) {
        if (has_doctype_ || !ctxt->myDoc || !ctxt->myDoc->intSubset) return;
        has_doctype_ = true;
        xmlNode* dtd = nodes_.make();
        dtd->type = XML_DTD_NODE;
        dtd->parent = top();
        dtd->next = doc_.children;
        if (doc_.children)
            doc_.children->prev = dtd;
        else
            doc_.last = dtd;
        doc_.children = dtd;
    }

  private:
    xmlNode* top() { return reinterpret_cast<xmlNode*>(&doc_); }

    // The open element; with none, the first of the document's children when that is an
    // element (a page going on after </html>), else the document.
    xmlNode* parent_for_new_element() {
        if (!stack_.empty()) return stack_.back();
        xmlNode* first = doc_.children;
        return first && first->type == XML_ELEMENT_NODE ? first : top();
    }

    void add_attribute(xmlNode* el, const xmlChar* name, const xmlChar* value) {
        // A bare boolean attribute (<td nowrap>) has its name as value.
        if (!value && htmlIsBooleanAttr(name)) value = name;
        xmlAttr* a = attrs_.make();
        a->type = XML_ATTRIBUTE_NODE;
        a->name = strings_.copy(name, std::size_t(xmlStrlen(name)));
        a->parent = el;
        if (value) {
            xmlNode* v = nodes_.make();
            v->type = XML_TEXT_NODE;
            v->name = xmlStringText;
            v->content = strings_.copy(value, std::size_t(xmlStrlen(value)));
            v->parent = reinterpret_cast<xmlNode*>(a);
            a->children = a->last = v;
        }
        if (!el->properties) {
            el->properties = a;
        } else {
            xmlAttr* last = el->properties;
            while (last->next) last = last->next;
            last->next = a;
            a->prev = last;
        }
    }

    // The chunk has just been consumed: it started as many lines up as it holds newlines.
    // Exception: a long run is flushed every 1000 bytes (HTML_PARSER_BIG_BUFFER_SIZE)
    // before its last character is consumed, so a trailing newline is not counted yet.
    static int text_start_line(const htmlParserCtxt* ctxt, const xmlChar* ch, int len) {
        int newlines = 0;
        const xmlChar* const end = ch + len;
        for (const xmlChar* nl = ch;
             (nl = static_cast<const xmlChar*>(std::memchr(nl, '\n', std::size_t(end - nl)))); ++nl)
            ++newlines;
        if (len >= 1000 && ch[len - 1] == '\n') --newlines;
        return ctxt->input->line - newlines;
    }

    xmlDoc doc_{};
    Pool<xmlNode> nodes_;
    Pool<xmlAttr> attrs_;
    Strings strings_;
    std::vector<xmlNode*> stack_;  ///< the open elements, as libxml2's node stack counts them
    xmlNode* grown_ = nullptr;     ///< the text node made or grown last
    std::size_t grown_len_ = 0;    ///< its length
    xmlNode open_{};
    xmlChar empty_[1] = {0};
    bool has_doctype_ = false;
    bool parsed_ = false;
};

namespace {

void on_start_element(void* ctx, const xmlChar* name, const xmlChar** atts) {
    HtmlTree::of(ctx).start_element(static_cast<htmlParserCtxt*>(ctx), name, atts);
}

void on_end_element(void* ctx, const xmlChar*) {
    HtmlTree::of(ctx).end_element(static_cast<htmlParserCtxt*>(ctx));
}

void on_characters(void* ctx, const xmlChar* ch, int len) {
    HtmlTree::of(ctx).text(static_cast<htmlParserCtxt*>(ctx), ch, len, XML_TEXT_NODE);
}

// The text of <script> and <style>.
void on_cdata(void* ctx, const xmlChar* ch, int len) {
    HtmlTree::of(ctx).text(static_cast<htmlParserCtxt*>(ctx), ch, len, XML_CDATA_SECTION_NODE);
}

void on_doctype(void* ctx, const xmlChar* name, const xmlChar* external_id,
                const xmlChar* system_id) {
    xmlSAX2InternalSubset(ctx, name, external_id, system_id);
    HtmlTree::of(ctx).doctype_declared(static_cast<htmlParserCtxt*>(ctx));
}

void on_comment(void* ctx, const xmlChar* value) {
    HtmlTree::of(ctx).other(XML_COMMENT_NODE, nullptr, value);
}

void on_processing_instruction(void* ctx, const xmlChar* target, const xmlChar* data) {
    HtmlTree::of(ctx).other(XML_PI_NODE, target, data);
}

}  // namespace

ParsedHtml::ParsedHtml() = default;
ParsedHtml::ParsedHtml(ParsedHtml&&) noexcept = default;
ParsedHtml& ParsedHtml::operator=(ParsedHtml&&) noexcept = default;
ParsedHtml::~ParsedHtml() = default;

xmlDoc* ParsedHtml::doc() const {
    return tree_ ? tree_->doc() : nullptr;
}

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
    out.tree_ = std::make_unique<HtmlTree>();
    HtmlTree& tree = *out.tree_;
    ctxt->_private = &tree;
    // The document node and its doctype stay libxml2's (the parser reads the doctype);
    // everything below them is ours.
    ctxt->sax->internalSubset = on_doctype;
    ctxt->sax->startElement = on_start_element;
    ctxt->sax->endElement = on_end_element;
    ctxt->sax->characters = on_characters;
    ctxt->sax->cdataBlock = on_cdata;
    ctxt->sax->comment = on_comment;
    ctxt->sax->processingInstruction = on_processing_instruction;
    constexpr int kOptions =
        HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING;
    // An explicit "UTF-8" makes libxml2 ignore the page's own <meta charset>: the bytes
    // were decoded by the caller already.
    const std::unique_ptr<xmlDoc, XmlDocDeleter> doc(
        htmlCtxtReadMemory(ctxt.get(), utf8.data(), int(utf8.size()), nullptr, "UTF-8", kOptions));
    if (doc) tree.set_parsed();
    const xmlError* err = xmlCtxtGetLastError(ctxt.get());
    out.stopped_at_depth_limit =
        err && err->code == XML_ERR_INTERNAL_ERROR && err->message &&
        std::string_view(err->message).find("depth") != std::string_view::npos;
    return out;
}

}  // namespace mtk::converters::html
