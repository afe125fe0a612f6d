#include "mtk/converters/registry.hpp"

#include <array>

#include "binary_verdict.hpp"
#include "html_converter.hpp"
#include "mtk/converters/text_decode.hpp"
#include "text_converter.hpp"

namespace mtk::converters {
namespace {

// The explicit table of formats, in the order sniffing breaks ties.
std::vector<std::unique_ptr<Converter>> make_table() {
    std::vector<std::unique_ptr<Converter>> t;
    t.push_back(std::make_unique<HtmlConverter>());
    t.push_back(std::make_unique<TextConverter>());
    return t;
}

const std::vector<std::unique_ptr<Converter>>& table() {
    static const auto t = make_table();
    return t;
}

}  // namespace

std::span<const std::unique_ptr<Converter>> all() {
    return table();
}

const Converter* find(std::string_view name) {
    for (const auto& c : table())
        if (c->name() == name) return c.get();
    return nullptr;
}

const Converter& detect(std::string_view bytes) {
    // The last converter takes what no converter claims (bytes that are no format at all,
    // such as binary data): its own refusal then names it.
    const Converter* best = table().back().get();
    int best_score = 0;
    for (const auto& c : table()) {
        const int s = c->sniff(bytes);
        if (s > best_score) {
            best = c.get();
            best_score = s;
        }
    }
    return *best;
}

ConvertResult convert(const SourceDocument& doc, std::string_view format) {
    ConvertResult r;
    if (doc.bytes.empty()) {
        r.error = "empty file";
        return r;
    }
    const RememberedBinaryVerdict binary(doc.bytes);  // asked by sniffing and by decoding
    const Converter* c = format == "auto" ? &detect(doc.bytes) : find(format);
    if (!c) {
        r.error = "unknown input format '" + std::string(format) + "'";
        return r;
    }
    r = c->convert(doc);
    r.converter = c->name();
    return r;
}

}  // namespace mtk::converters
