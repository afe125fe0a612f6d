// Shared by the golden tests: reading files, comparing XML with a readable diff, and
// MTK_ACCEPT=1, which rewrites an expected file with what the converter produces (review the
// diff before committing it, as with pandoc's --accept).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace mtk::test {

std::optional<std::string> read_file(const std::filesystem::path& p);
void write_file(const std::filesystem::path& p, const std::string& text);

/// True when the environment asks for goldens to be rewritten (MTK_ACCEPT=1).
bool accept_mode();

/// Empty when equal; otherwise the first differing lines with context, both sides.
std::string diff_lines(const std::string& expected, const std::string& actual);

/// Converts `bytes` (named `name`, with `format` or "auto") and returns the XML, or
/// "ERROR: <reason>" when the converter refuses the input.
std::string convert_to_xml(const std::string& name, const std::string& bytes,
                           const std::string& format = "auto");

/// The format an expected XML file records in <source format="...">, "auto" when none.
std::string source_format(const std::string& xml);

/// Schema errors of `xml` against schemas/minutes.xsd, one per line; empty when valid.
std::string schema_errors(const std::string& xml);

}  // namespace mtk::test
