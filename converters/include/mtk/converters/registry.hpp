// The explicit table of input formats. Adding a format: one converter file and one line
// in registry.cpp.
#pragma once

#include <span>
#include <string_view>

#include "mtk/converters/converter.hpp"

namespace mtk::converters {

/// Every registered converter, in registration order.
std::span<const std::unique_ptr<Converter>> all();

/// The converter called `name`, or nullptr.
const Converter* find(std::string_view name);

/// The converter whose sniff() is highest for these bytes (ties: registration order); the
/// last registered (text, the fallback) when every sniff() is 0.
const Converter& detect(std::string_view bytes);

/// Looks at the document and converts it with `format` ("auto" to detect).
/// An empty input is refused here; binary and undecodable inputs by the converter. Size
/// limits are the caller's (the CLI's --max-size).
ConvertResult convert(const SourceDocument& doc, std::string_view format = "auto");

}  // namespace mtk::converters
