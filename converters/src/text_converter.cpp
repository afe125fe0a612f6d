#include "text_converter.hpp"

#include "layout/assemble.hpp"
#include "mtk/converters/text_decode.hpp"

namespace mtk::converters {

int TextConverter::sniff(std::string_view bytes) const { return looks_binary(bytes) ? 0 : 10; }

ConvertResult TextConverter::convert(const SourceDocument& doc) const {
    ConvertResult r;
    DecodedText decoded = decode_text(doc.bytes);
    if (!decoded.error.empty()) {
        r.error = decoded.error;
        return r;
    }
    std::vector<SourceLine> lines;
    int n = 0;
    std::size_t start = 0;
    const std::string& t = decoded.text;
    while (start <= t.size()) {
        std::size_t end = t.find('\n', start);
        if (end == std::string::npos) end = t.size();
        SourceLine l;
        l.text = t.substr(start, end - start);
        l.line = ++n;
        l.kind = l.text.find_first_not_of(" \t") == std::string::npos ? SourceLine::Kind::blank
                                                                      : SourceLine::Kind::text;
        lines.push_back(std::move(l));
        start = end + 1;
    }
    r = assemble_minutes(lines);
    if (r.minutes) r.minutes->meta.source = {"text", doc.name, sha256_hex(doc.bytes)};
    return r;
}

}  // namespace mtk::converters
