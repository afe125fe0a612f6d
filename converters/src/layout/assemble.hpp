// Layout rules shared by every converter: logical lines -> the minutes model.
#pragma once

#include <span>

#include "layout/source_line.hpp"
#include "mtk/converters/converter.hpp"

namespace mtk::converters {

/// Builds the model from logical lines: title, body, date, venue, attendance groups,
/// items (nested), paragraphs, lists, actions and next meetings, by general rules of
/// heading, list and name patterns. Fills ids, lines and xpaths; meta/source is left to
/// the caller. Returns an error when nothing in the lines looks like minutes.
ConvertResult assemble_minutes(std::span<const SourceLine> lines);

}  // namespace mtk::converters
