// libxml2's HTML parser behind RAII handles, with exact source lines for every node.
#pragma once

#include <libxml/tree.h>

#include <memory>
#include <string_view>

namespace mtk::converters::html {

struct XmlDocDeleter {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocDeleter>;

/// A parsed page. libxml2 stores lines in 16 bits (capped at 65535) and gives a text node
/// the line where its first buffered chunk *ended*; so the parser's SAX callbacks record
/// the real start line of every element and text node in the node's `psvi` field (unused
/// by the HTML parser; libxml2 itself keeps big line numbers there).
struct ParsedHtml {
    XmlDocPtr doc;
    /// libxml2 stopped early: markup nested deeper than its limit (256 levels without
    /// XML_PARSE_HUGE, which we never set). Everything after that point is missing.
    bool stopped_at_depth_limit = false;

    /// 1-based line where the node starts.
    int line_of(const xmlNode* n) const;
    /// 1-based line of the byte at `offset` in a text node's content.
    int line_at(const xmlNode* text, std::size_t offset) const;
};

/// Parses UTF-8 HTML (the caller decodes first; any <meta charset> is ignored) with
/// recovery on, no network, no external entities and no error output. Never fails: the
/// worst input gives a document with an empty body.
ParsedHtml parse_html(std::string_view utf8);

}  // namespace mtk::converters::html
