// XSD validation of minutes XML with libxml2, with line and column of each error.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "mtk/model.hpp"

namespace mtk {

struct SchemaError {
    std::string message;
    int line = 0;
    int column = 0;
};

/// A compiled XSD. Build it once, validate many documents (each call is thread-safe
/// with respect to other Schema objects; one Schema serves one thread at a time).
class Schema {
  public:
    /// Loads and compiles the XSD at `path`; throws std::runtime_error when it cannot.
    explicit Schema(const std::string& path);
    ~Schema();
    Schema(const Schema&) = delete;
    Schema& operator=(const Schema&) = delete;

    /// Validates the XML text as it is parsed, without building a tree. Parsing has network
    /// access, DTD loading, entity substitution and XInclude off; a DOCTYPE is refused. A
    /// document that is not well-formed yields its parse errors. Each error has the line of
    /// its element's start tag (column 0), whether libxml2 found it at the start or the end
    /// tag. The schema's uniqueness constraints of the form ".//p:name" / "@attr" are checked
    /// by mtk (libxml2's were a third of the cost), with libxml2's message.
    std::vector<SchemaError> validate(std::string_view xml) const;

    /// Validates the minutes as to_xml writes them, without writing or parsing text: the
    /// tree to_xml builds is handed to the validator as the events a parser of its text
    /// would send. Same verdicts and messages as validate(to_xml(m)); every line is 0.
    std::vector<SchemaError> validate(const Minutes& m) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// Initialises libxml2 once per process. libxml2 2.9 initialises its globals lazily and
/// not thread-safely: two threads creating their first parser or schema at once can
/// deadlock. Schema and the HTML converter call this; a program that uses mtk from several
/// threads calls it from its main thread first.
void init_xml_library();

/// Where the installed or in-tree schema lives: $MTK_SCHEMA, else the directory
/// compiled in at build time (source tree), else the install prefix.
std::string default_schema_path();

}  // namespace mtk
