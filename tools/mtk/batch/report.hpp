// `mtk report` output formats, one file each: a manifest summary as text, JSON or one
// self-contained HTML page.
#pragma once

#include <ostream>
#include <string_view>

#include "batch/manifest.hpp"

namespace mtk::cli::batch {

/// Where the summary came from, for the headings.
struct ReportContext {
    std::string_view out;       ///< the output folder
    std::string_view manifest;  ///< the database file
};

void report_text(std::ostream& out, const ManifestSummary& s, const ReportContext& ctx);
void report_json(std::ostream& out, const ManifestSummary& s, const ReportContext& ctx);
void report_html(std::ostream& out, const ManifestSummary& s, const ReportContext& ctx);

}  // namespace mtk::cli::batch
