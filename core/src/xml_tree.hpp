// The XML tree of a model, as to_xml writes it: shared by the writer and the in-memory
// schema check (Schema::validate of a model), so that both see the same document.
#pragma once

#include <pugixml.hpp>

#include "mtk/model.hpp"

namespace mtk {

/// Appends the <minutes> element of `m` to the empty document `doc`. Text and attribute
/// values are already cleaned of what XML 1.0 forbids.
void build_xml_tree(const Minutes& m, pugi::xml_document& doc);

}  // namespace mtk
