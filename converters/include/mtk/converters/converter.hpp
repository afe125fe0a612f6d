// The common interface of every input format (pandoc's readers): bytes in, model out.
// A converter does no I/O; the caller reads the file and hands over its bytes.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mtk/diagnostic.hpp"
#include "mtk/model.hpp"

namespace mtk::converters {

/// One source document as read from disk or stdin.
struct SourceDocument {
    std::string name;   ///< the path as the user gave it ("-" for stdin)
    std::string bytes;  ///< the raw bytes, any encoding
    /// meta/source/@sha256. Unset: the converter hashes `bytes`. Set: this digest, one the
    /// caller computed already (`mtk convert`, for its manifest), or "" for none (`mtk check`,
    /// which shows no digest).
    std::optional<std::string> sha256 = std::nullopt;
};

/// Either a model (with possible warnings) or a one-line error, never both.
struct ConvertResult {
    std::optional<Minutes> minutes;
    std::string error;  ///< why the input could not be converted (not minutes, binary, ...)
    int error_line = 0;
    Diagnostics warnings;  ///< things the converter recovered from (rule ids "convert/...")
    /// The name of the converter that ran (convert() of the registry sets it); empty when none
    /// did (an empty file, an unknown format).
    std::string_view converter = {};
};

class Converter {
  public:
    virtual ~Converter() = default;
    /// The format name used by `--from` and in meta/source/@format.
    virtual std::string_view name() const = 0;
    /// How confident this converter is, 0..100, that the (raw) bytes are its format.
    virtual int sniff(std::string_view bytes) const = 0;
    /// Converts the document. Fills meta/source (format, name, digest_of(doc)), every id and
    /// every `line`; not the xpaths, which address the XML form: findings carry them for XML
    /// input only (the spec), and assign_xpaths fills them for whoever wants them.
    virtual ConvertResult convert(const SourceDocument& doc) const = 0;
};

}  // namespace mtk::converters
