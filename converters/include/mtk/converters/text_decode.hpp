// Bytes -> UTF-8 text, shared by the converters.
#pragma once

#include <string>
#include <string_view>

namespace mtk::converters {

struct SourceDocument;  // converter.hpp

struct DecodedText {
    std::string text;      ///< UTF-8, BOM removed, CRLF and CR turned into LF
    std::string encoding;  ///< "UTF-8", "UTF-16LE", "windows-1252", ...
    std::string error;     ///< set when the bytes are not text at all, or broken UTF-8
    int error_line = 0;    ///< 1-based line of the first bad byte, when known
};

/// True when the bytes look binary (NUL bytes or many control characters).
bool looks_binary(std::string_view bytes);

/// True when the bytes are valid UTF-8.
bool is_valid_utf8(std::string_view bytes);

/// Where UTF-8 validation fails: the offset of the first invalid byte (npos when the bytes
/// are valid) and how many valid multibyte sequences the bytes hold in all.
struct Utf8Scan {
    std::size_t first_invalid = std::string_view::npos;
    std::size_t multibyte_sequences = 0;
};
Utf8Scan scan_utf8(std::string_view bytes);

/// Decodes with the BOM if any, else `charset` if given (any name or alias ICU's converters
/// know, e.g. "windows-1252", "iso-8859-1", "koi8-r", "macintosh"; bytes the code page does
/// not map become U+FFFD), else UTF-8 when valid, else Windows-1252 (the usual
/// encoding of legacy archives; ISO-8859-1 is a subset of it for printable text).
/// Bytes that hold valid UTF-8 multibyte sequences and invalid ones as well are broken
/// UTF-8, not Windows-1252: the error is "invalid UTF-8 at line N".
/// Line endings are normalised to LF so that line numbers match what editors show.
DecodedText decode_text(std::string_view bytes, std::string_view charset = {});

/// True when decode_text knows the charset name.
bool is_known_charset(std::string_view charset);

/// Lowercase hex SHA-256 of the bytes.
std::string sha256_hex(std::string_view bytes);

/// The digest a converter records for `doc`: doc.sha256 when the caller set it, else
/// sha256_hex(doc.bytes).
std::string digest_of(const SourceDocument& doc);

}  // namespace mtk::converters
