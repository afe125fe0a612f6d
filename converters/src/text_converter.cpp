#include "text_converter.hpp"

#include "layout/assemble.hpp"
#include "mtk/converters/text_decode.hpp"
#include "text/text_lines.hpp"

namespace mtk::converters {

int TextConverter::sniff(std::string_view bytes) const {
    return looks_binary(bytes) ? 0 : 10;
}

ConvertResult TextConverter::convert(const SourceDocument& doc) const {
    ConvertResult r;
    DecodedText decoded = decode_text(doc.bytes);
    if (!decoded.error.empty()) {
        r.error = decoded.error;
        r.error_line = decoded.error_line;
        return r;
    }
    const std::vector<SourceLine> lines = text::to_source_lines(decoded.text);
    r = assemble_minutes(lines);
    if (r.minutes) r.minutes->meta.source = {"text", doc.name, digest_of(doc)};
    return r;
}

}  // namespace mtk::converters
