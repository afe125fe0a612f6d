// What the JSON module (libmtk-json.so, Poco::JSON) gives the mtk command: see mtk/json.hpp.
#pragma once

#include <string>
#include <string_view>

#include "mtk/json.hpp"

namespace mtk::cli {

struct JsonCodec {
    /// The parsed value, or null with the parser's reason in `error`.
    json::Value (*parse)(std::string_view text, std::string& error);
    std::string (*write)(const json::Value& v, unsigned indent);
};

using GetJsonCodec = const JsonCodec*();

}  // namespace mtk::cli

extern "C" const mtk::cli::JsonCodec* mtk_json_codec();
