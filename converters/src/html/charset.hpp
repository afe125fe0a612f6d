// The character encoding of an HTML page, as a browser would determine it.
#pragma once

#include <string>
#include <string_view>

#include "mtk/converters/text_decode.hpp"

namespace mtk::converters::html {

/// The charset the page declares in its first 4 KB: <meta charset>, an http-equiv
/// Content-Type meta or an XML declaration; lowercase, empty when none. Labels browsers
/// treat as windows-1252 (ISO-8859-1, US-ASCII, latin1, ...) come back as "windows-1252".
std::string declared_charset(std::string_view bytes);

/// The page decoded to UTF-8: BOM first, then the declared charset, then UTF-8 when the
/// bytes are valid UTF-8, else windows-1252. `note` explains a guess (no or unknown
/// declaration, a declaration the bytes contradict); empty when the page said it right.
struct DecodedPage {
    DecodedText decoded;
    std::string note;
};
DecodedPage decode_page(std::string_view bytes);

}  // namespace mtk::converters::html
