// Web page leftovers in minutes copied from a web page: skip links, logos, "Home",
// "Back to table of contents", "Key information", an empty "Publication date:".
#pragma once

#include <string>
#include <string_view>

namespace mtk::converters::layout {

/// True when the line is page furniture, not content.
bool is_boilerplate(std::string_view text);

/// "Publication type: General" -> "General"; empty when the line is not one.
std::string publication_type(std::string_view text);

}  // namespace mtk::converters::layout
