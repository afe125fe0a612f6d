// The one XML serialisation of the model (urn:mtk:minutes:1), built with pugixml.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "mtk/model.hpp"

namespace mtk {

inline constexpr std::string_view kMinutesNamespace = "urn:mtk:minutes:1";

/// Serialises the model as indented UTF-8 XML with an XML declaration.
std::string to_xml(const Minutes& m);

/// The result of reading minutes XML: a model, or an error with its position.
struct XmlReadResult {
    std::optional<Minutes> minutes;
    std::string error;  ///< one line, set when minutes is empty
    int line = 0;
    int column = 0;
};

/// Bounds on the documents from_xml accepts, so that hostile input cannot exhaust the
/// stack (items nest recursively in the model) or memory.
struct XmlLimits {
    int max_depth = 256;                   ///< element nesting, the root is depth 1
    std::size_t max_elements = 1'000'000;  ///< elements in the whole document
};

/// Reads minutes XML into the model, recording each element's line in the XML.
/// Tolerant of elements it does not know (the XSD check reports them); fails only
/// on XML that is not well-formed, whose root is not `minutes`, or that exceeds
/// `limits` (the error names the limit). DTDs and entity declarations are refused:
/// pugixml never loads external resources.
XmlReadResult from_xml(std::string_view xml, const XmlLimits& limits = {});

}  // namespace mtk
