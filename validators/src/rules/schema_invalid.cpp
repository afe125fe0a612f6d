#include "rules/schema_invalid.hpp"

#include "mtk/xsd.hpp"

namespace mtk::validators {

const RuleInfo& SchemaInvalidRule::info() const {
    static const RuleInfo i{
        "schema/invalid", Severity::error,
        "The XML does not validate against the minutes schema (schemas/minutes.xsd).",
        R"doc(The XML does not validate against the minutes schema (schemas/minutes.xsd).

Why: tools outside mtk read the minutes vocabulary by its names; an element the schema
does not declare, a missing required element or a malformed date or time breaks them.
The schema is mtk's own, loaded from the install (or $MTK_SCHEMA), never from the
document's schemaLocation. Parsing has network access, DTDs and entities off.

Bad:

    <minutes xmlns="urn:mtk:minutes:1" version="1.0">
      <meta><date>17 January 2023</date><source format="text" name="a.txt"/></meta>
      <items/>
    </minutes>

Good:

    <minutes xmlns="urn:mtk:minutes:1" version="1.0">
      <meta><date>2023-01-17</date><source format="text" name="a.txt"/></meta>
      <items/>
    </minutes>

For `mtk check`, the XML the converter produced is validated; a finding then means a
converter defect and has no source line.

Options: none.)doc"};
    return i;
}

void SchemaInvalidRule::check(const Document& doc, const RuleContext&, Reporter& out) const {
    // One compiled schema per thread: compiling costs far more than validating.
    thread_local const Schema schema(default_schema_path());
    for (const SchemaError& e :
         doc.from_xml ? schema.validate(doc.xml) : schema.validate(doc.minutes)) {
        if (doc.from_xml)
            out.report_at(doc, e.line, e.column, e.message);
        else
            out.report_at(doc, 0, 0, "converter output: " + e.message);
    }
}

}  // namespace mtk::validators
