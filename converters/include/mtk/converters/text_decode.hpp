// Bytes -> UTF-8 text, shared by the converters.
#pragma once

#include <string>
#include <string_view>

namespace mtk::converters {

struct DecodedText {
    std::string text;      ///< UTF-8, BOM removed, CRLF and CR turned into LF
    std::string encoding;  ///< "UTF-8", "UTF-16LE", "windows-1252", ...
    std::string error;     ///< set when the bytes are not text at all
};

/// True when the bytes look binary (NUL bytes or many control characters).
bool looks_binary(std::string_view bytes);

/// True when the bytes are valid UTF-8.
bool is_valid_utf8(std::string_view bytes);

/// Decodes with the BOM if any, else `charset` if given (a name Poco knows, e.g.
/// "windows-1252", "iso-8859-1"), else UTF-8 when valid, else Windows-1252 (the usual
/// encoding of legacy archives; ISO-8859-1 is a subset of it for printable text).
/// Line endings are normalised to LF so that line numbers match what editors show.
DecodedText decode_text(std::string_view bytes, std::string_view charset = {});

/// Lowercase hex SHA-256 of the bytes.
std::string sha256_hex(std::string_view bytes);

}  // namespace mtk::converters
