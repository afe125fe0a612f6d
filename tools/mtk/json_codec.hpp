// What the JSON module (libmtk-json.so, Poco::JSON) gives the mtk command: see mtk/json.hpp.
#pragma once

#include <string>
#include <string_view>

#include "mtk/json.hpp"

namespace mtk::cli {

/// No exception crosses it: the module runs on the shared C++ runtime that Poco needs, the
/// command on its own static one (see batch/manifest.hpp's ManifestStore).
struct JsonCodec {
    /// The parsed value, or null with the parser's reason in `error`.
    json::Value (*parse)(std::string_view text, std::string& error) noexcept;
    /// The text, or empty with the reason in `error`.
    std::string (*write)(const json::Value& v, unsigned indent, std::string& error) noexcept;
};

using GetJsonCodec = const JsonCodec*();

}  // namespace mtk::cli

extern "C" const mtk::cli::JsonCodec* mtk_json_codec();
