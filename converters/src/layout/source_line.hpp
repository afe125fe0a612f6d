// The format-neutral input of the minutes assembler: a document as a sequence of logical
// lines, each with the line it came from and what the markup says it is. The text
// converter makes these from plain text and markdown, the HTML converter from the DOM;
// both then hand them to assemble_minutes(), so one set of layout rules serves both.
#pragma once

#include <string>
#include <vector>

namespace mtk::converters {

struct SourceLine {
    enum class Kind {
        text,       ///< a line or paragraph of running text (plain text: one physical line)
        heading,    ///< marked up as a heading (HTML h1-h6, markdown #, a bold-only paragraph)
        list_item,  ///< an item of a bulleted or numbered list (text without the bullet)
        table_row,  ///< a table row; `cells` holds the cells, `text` them joined by TAB
        blank,      ///< a paragraph break (plain text: an empty line)
        meta,       ///< document metadata (YAML front matter, HTML <title>): cells = {key, value}
    };
    Kind kind = Kind::text;
    std::string text;         ///< UTF-8, inline markup removed, whitespace collapsed
    int line = 0;             ///< 1-based line in the source file
    int level = 0;            ///< heading level (1-6) or list nesting depth (1-based)
    bool header_row = false;  ///< table_row: a header row (th cells)
    std::vector<std::string>
        cells;                ///< table_row cells; text: TAB-separated columns; meta: {key, value}
    int indent = 0;           ///< leading whitespace columns in the source (text formats, tab = 4)
    std::string marker;       ///< list_item: the marker as written ("-", "*", "1.", "A.", "a)")
    bool emphasised = false;  ///< the whole text was bold/strong in the source
    bool continuation = false;  ///< text: follows the previous text line after a soft line break
    /// text: a continuation that is surely part of the line before (a wrap): it starts in
    /// lower case, is indented under that line's text, or did not fit on it. The lines of a
    /// label ("PRESENT:  ...", "Apologies were received from ...") read as one.
    bool wrapped = false;
    std::string href;  ///< the link target when the whole line is one link (TOC entries)
};

}  // namespace mtk::converters
