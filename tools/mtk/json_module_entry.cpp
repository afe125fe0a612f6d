// The JSON module: mtk::json's Poco implementation behind one C entry point.
#include "json_codec.hpp"

namespace {

mtk::json::Value parse(std::string_view text, std::string& error) {
    try {
        return mtk::json::parse(text);
    } catch (const mtk::json::ParseError& e) {
        error = e.what();
        return {};
    }
}

const mtk::cli::JsonCodec codec{parse, mtk::json::write};

}  // namespace

extern "C" const mtk::cli::JsonCodec* mtk_json_codec() {
    return &codec;
}
