// Plain text and markdown -> SourceLines for the layout assembler. One physical line gives
// one SourceLine, except that list items take their continuation lines along, so line
// numbers stay those an editor shows.
//
// Recognised: YAML front matter (-> Kind::meta), ATX and setext headings, a line that is
// all bold (-> heading), bullets "- * + •" and ordered markers "1. 1) A. a)" with nesting
// levels from indentation (-> list_item with `marker`), pipe tables (-> table_row), fenced
// code (kept as text), Quarto/pandoc ":::" fences and HTML comments (dropped), horizontal
// rules (-> blank), and inline markup (see inline_markup.hpp).
#pragma once

#include <string_view>
#include <vector>

#include "layout/source_line.hpp"

namespace mtk::converters::text {

/// `text` is UTF-8 with LF line ends.
std::vector<SourceLine> to_source_lines(std::string_view text);

}  // namespace mtk::converters::text
