// What, besides a source's bytes and mtk's version, decides a batch's output for it: the
// rules' configuration (.mtk.json, --config, --roster) and the converter choice (--from).
#pragma once

#include <string>
#include <string_view>

#include "mtk/validators/config.hpp"

namespace mtk::cli::batch {

/// A sha256 (hex) over a canonical text of `config` (rules on/off, severities, options,
/// acronyms, roster people) and `from`. Equal settings give equal fingerprints whatever the
/// order or layout of the files they came from; any change that can alter an output or its
/// findings changes it. `failOn` is left out: it only decides the exit status.
std::string settings_fingerprint(const validators::Config& config, std::string_view from);

}  // namespace mtk::cli::batch
