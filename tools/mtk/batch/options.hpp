// The options every batch command shares (convert, check, validate) and their parsing.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "batch/pool.hpp"
#include "batch/progress.hpp"
#include "batch/sources.hpp"
#include "cli.hpp"

namespace mtk::cli::batch {

struct Options {
    Selection selection;
    std::string files_from;
    unsigned jobs = 1;
    Clock::duration timeout{};  ///< zero: no limit
    Verbosity verbosity = Verbosity::normal;
};

/// --include, --exclude, --jobs, --timeout, --shard, --files-from, --quiet, --verbose.
void add_options(OptionSet& options);

/// Reads them; `extensions` is what a folder walk takes without --include. Throws UsageError.
Options parse_options(const Args& args, std::span<const std::string_view> extensions);

}  // namespace mtk::cli::batch
