// libxml2's HTML parser, building its tree in memory of our own, with exact source lines for
// every node.
#pragma once

#include <libxml/tree.h>

#include <memory>
#include <string_view>

namespace mtk::converters::html {

class HtmlTree;

/// A parsed page: libxml2's HTML parser (its recovery, auto-closing and implied elements)
/// with its SAX events building a tree of libxml2's node types whose nodes, names and texts
/// live in blocks owned here: nothing is allocated or freed node by node. The tree has the
/// shape libxml2's own tree builder gives (the same nodes, text runs merged the same way).
/// libxml2 stores lines in 16 bits (capped at 65535) and gives a text node the line where
/// its first buffered chunk *ended*; so every element and text node gets its real start
/// line in its `psvi` field (unused by the HTML parser).
struct ParsedHtml {
    ParsedHtml();
    ParsedHtml(ParsedHtml&&) noexcept;
    ParsedHtml& operator=(ParsedHtml&&) noexcept;
    ~ParsedHtml();

    /// The document, or null when libxml2 gave none. Read-only but for the nodes' `_private`
    /// field, left to the reader (PageLayout); valid while this object lives.
    xmlDoc* doc() const;

    /// libxml2 stopped early: markup nested deeper than its limit (256 levels without
    /// XML_PARSE_HUGE, which we never set). Everything after that point is missing.
    bool stopped_at_depth_limit = false;

    /// 1-based line where the node starts.
    int line_of(const xmlNode* n) const;
    /// 1-based line of the byte at `offset` in a text node's content.
    int line_at(const xmlNode* text, std::size_t offset) const;

  private:
    friend ParsedHtml parse_html(std::string_view utf8);
    std::unique_ptr<HtmlTree> tree_;
};

/// Parses UTF-8 HTML (the caller decodes first; any <meta charset> is ignored) with
/// recovery on, no network, no external entities and no error output. Never fails: the
/// worst input gives a document with an empty body.
ParsedHtml parse_html(std::string_view utf8);

}  // namespace mtk::converters::html
