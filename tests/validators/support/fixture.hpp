// Small hand-written minutes for rule tests (pugixml's TEST_XML: the input next to the
// assertion) and a runner for one rule.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "mtk/validators/config.hpp"
#include "mtk/validators/rule.hpp"

namespace mtk::validators::testing {

/// A document from the XML children of <minutes> after <meta> (attendance, items,
/// nextMeeting). `meta` is the inside of <meta> without <source>. Findings use the `line`
/// attributes, as for a converted source file. Fails the test when the XML does not read.
Document minutes(std::string_view body, std::string_view meta = "<date>2023-01-17</date>",
                 std::string path = "m.txt");

/// Runs the rule `id` over the documents as one set.
Diagnostics run(std::string_view id, const std::vector<Document>& docs, const Config& config = {});
inline Diagnostics run(std::string_view id, const Document& doc, const Config& config = {}) {
    return run(id, std::vector<Document>{doc}, config);
}

/// "LINE: message" for each finding, for exact assertions.
std::vector<std::string> lines(const Diagnostics& d);

}  // namespace mtk::validators::testing
