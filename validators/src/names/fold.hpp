// Folding of names for comparison, with ICU.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace mtk::validators::names {

/// True when every byte of `text` is ASCII (fold then only lowers its letters).
bool is_ascii(std::string_view text);

/// The ASCII, case-folded form of UTF-8 text: ICU "Any-Latin; Latin-ASCII" transliteration
/// ("Siobhán" -> "Siobhan", "Łukasz" -> "Lukasz") then full case folding. Other text is kept.
std::string fold(std::string_view text);

/// The ASCII form of UTF-8 text, case kept: "Émilie" -> "Emilie".
std::string to_ascii(std::string_view text);

/// to_ascii without building ICU's transliterator (costly: ICU loads its whole registry),
/// for text of ASCII, Latin letters with diacritics and common punctuation and symbols;
/// nullopt for any other text, which needs the transliterator. Where it answers, it
/// answers as to_ascii does.
std::optional<std::string> to_ascii_without_icu_transliterator(std::string_view text);

}  // namespace mtk::validators::names
