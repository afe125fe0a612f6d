// The DOM of a page -> the logical lines the minutes assembler reads (layout/source_line.hpp).
#pragma once

#include <vector>

#include "html/main_content.hpp"
#include "html/parse.hpp"
#include "layout/source_line.hpp"

namespace mtk::converters::html {

/// Walks the content of the page (see PageLayout) in document order and turns markup into
/// lines: h1-h6 and bold-only paragraphs -> heading; li -> list_item with its nesting
/// level; data-table rows -> table_row with cells (layout tables are walked as blocks);
/// p, div and <br>-separated runs -> text; dt/dd pairs -> "Label: value" text lines;
/// blank between blocks. Each line carries the source line of its first character.
/// Recursion is bounded by kMaxDepth.
std::vector<SourceLine> extract_lines(const ParsedHtml& page, const PageLayout& layout);

}  // namespace mtk::converters::html
