// Spelling similarity of names: Damerau-Levenshtein distance with a bound by length.
#pragma once

#include <string_view>

namespace mtk::validators::names {

/// The optimal-string-alignment Damerau-Levenshtein distance: insertions, deletions,
/// substitutions and transpositions of adjacent characters each cost 1. Bytes are compared;
/// callers pass folded (ASCII) text.
int damerau_levenshtein(std::string_view a, std::string_view b);

/// The largest distance at which two words of these lengths count as one word misspelled:
/// 0 up to 4 letters, 1 up to 8, 2 beyond (measured on the shorter word).
int slip_threshold(std::size_t length_a, std::size_t length_b);

/// True when a and b differ but are within slip_threshold of each other.
bool is_slip(std::string_view a, std::string_view b);

}  // namespace mtk::validators::names
