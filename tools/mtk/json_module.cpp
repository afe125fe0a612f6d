// mtk::json for the mtk command: forwards to the JSON module, loaded on first use.
#include <stdexcept>

#include "json_codec.hpp"
#include "module.hpp"

namespace mtk::json {
namespace {

const cli::JsonCodec& codec() {
    static const cli::JsonCodec* const c = reinterpret_cast<cli::GetJsonCodec*>(
        cli::module_entry("libmtk-json.so", "mtk_json_codec"))();
    return *c;
}

}  // namespace

Value parse(std::string_view text) {
    std::string error;
    Value v = codec().parse(text, error);
    if (!error.empty()) throw ParseError(error);
    return v;
}

std::string write(const Value& v, unsigned indent) {
    std::string error;
    std::string text = codec().write(v, indent, error);
    if (!error.empty()) throw std::runtime_error(error);
    return text;
}

}  // namespace mtk::json
