// The XML of a model as a stream of elements: to_xml builds its pugixml tree from it, and
// the in-memory schema check (Schema::validate of a model) hands it to libxml2's validator,
// so that both see the one document describe_xml defines.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

#include "mtk/model.hpp"

namespace mtk {

/// An attribute of an element: its name, a static string, and its value.
struct XmlAttribute {
    const char* name = nullptr;
    std::string_view value;
};

/// The most attributes an element of minutes XML has (a decision's ten, with room).
inline constexpr std::size_t kMaxXmlAttributes = 12;

/// Receives a document element by element: start() with the element's attributes, then its
/// text and child elements in order, then end(). Names are static strings; values are views
/// valid during the call only, already cleaned of what XML 1.0 forbids. An element has at
/// most kMaxXmlAttributes attributes; the root element's first is "xmlns", its namespace
/// declaration.
class XmlSink {
  public:
    virtual ~XmlSink() = default;
    virtual void start(const char* name, std::span<const XmlAttribute> attributes) = 0;
    virtual void text(std::string_view value) = 0;
    virtual void end() = 0;
};

/// Sends the minutes XML of `m` (urn:mtk:minutes:1) to `sink`.
void describe_xml(const Minutes& m, XmlSink& sink);

}  // namespace mtk
