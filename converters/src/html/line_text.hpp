// The text of one logical line, collected from the text nodes of the DOM.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <string_view>

#include "html/parse.hpp"

namespace mtk::converters::html {

/// Whitespace collapsed (no-break and typographic spaces too), invisible characters (soft
/// hyphen, zero-width) dropped, &#128;-&#159; read as windows-1252 as browsers do; with the
/// source line of the first character, how much of the text is bold, and whether all of
/// it sits in one link.
struct LineText {
    std::string text;
    int line = 0;
    bool space = false;             ///< a space goes before the next character
    int bold = 0;                   ///< letters and digits inside bold markup
    int plain = 0;                  ///< letters and digits outside it
    const xmlNode* link = nullptr;  ///< the link the first character is in
    bool not_one_link = false;      ///< some text is outside `link`
    bool after_break = false;       ///< follows a <br> in the same block

    /// Adds bytes [begin, end) of `content`, the content of text node `text`, read in
    /// `bold` markup inside the link `in_link` (null when none).
    void add(const ParsedHtml& page, const xmlNode* text, std::string_view content,
             std::size_t begin, std::size_t end, bool in_bold, const xmlNode* in_link);

    /// True when every letter is bold.
    bool all_bold() const { return bold > 0 && plain == 0; }

  private:
    /// The source line of byte i of text node t when it starts the line text, else 0.
    int line_of_first(const ParsedHtml& page, const xmlNode* t, std::size_t i) const;
    /// Appends `piece`, which holds `letters` letters and digits.
    void append(std::string_view piece, int letters, int source_line, bool in_bold,
                const xmlNode* in_link);
};

}  // namespace mtk::converters::html
