// The one XML serialisation of the model (urn:mtk:minutes:1), built with pugixml.
#pragma once

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

/// Reads minutes XML into the model, recording each element's line in the XML.
/// Tolerant of elements it does not know (the XSD check reports them); fails only
/// on XML that is not well-formed or whose root is not `minutes`. DTDs and entity
/// declarations are refused: pugixml never loads external resources.
XmlReadResult from_xml(std::string_view xml);

}  // namespace mtk
