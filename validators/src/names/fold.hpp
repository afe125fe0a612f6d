// Folding of names for comparison, with ICU.
#pragma once

#include <string>
#include <string_view>

namespace mtk::validators::names {

/// The ASCII, case-folded form of UTF-8 text: ICU "Any-Latin; Latin-ASCII" transliteration
/// ("Siobhán" -> "Siobhan", "Łukasz" -> "Lukasz") then full case folding. Other text is kept.
std::string fold(std::string_view text);

/// The ASCII form of UTF-8 text, case kept: "Émilie" -> "Emilie".
std::string to_ascii(std::string_view text);

}  // namespace mtk::validators::names
