// Markdown inline markup -> plain text: emphasis markers, links, images, code spans,
// simple HTML tags and character references (&nbsp; &lt; &#8211;) are removed or decoded.
#pragma once

#include <string>
#include <string_view>

namespace mtk::converters::text {

struct InlineText {
    std::string text;         ///< plain text, whitespace collapsed
    bool emphasised = false;  ///< the whole span was **bold** (or __bold__)
    std::string href;         ///< the target when the whole span is one link
};

/// Strips the inline markup of one line or paragraph.
InlineText strip_inline(std::string_view s);

/// Decodes HTML character references (named ones through libxml2's HTML entity table).
std::string decode_entities(std::string_view s);

}  // namespace mtk::converters::text
