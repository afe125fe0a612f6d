// Check results gathered into sets (the documents rules compare: one folder, or the files
// named together) and released set by set, in input order, once a set is complete. Only the
// models of open sets are held, which bounds memory by the largest folder, not the archive.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>

#include "batch/sources.hpp"
#include "mtk/validators/config.hpp"
#include "mtk/validators/rule.hpp"

namespace mtk::cli::batch {

/// What a worker found in one file.
struct Checked {
    Diagnostics findings;                     ///< its own: converter warnings, per-document rules
    std::optional<validators::Document> doc;  ///< the model for the set rules; its xml is dropped
    std::string error;                        ///< set when the file is unusable (exit status 2)
};

class SetCollector {
  public:
    /// `emit(path, findings, error)` receives every file once, in input order, its findings
    /// (set rules included) sorted.
    using Emit = std::function<void(const std::string&, Diagnostics, const std::string&)>;

    SetCollector(const Sources& sources, const validators::Config& config, Emit emit)
        : sources_(sources), config_(config), emit_(std::move(emit)) {}

    /// A file handed to a worker.
    void issued(const SourceFile& f) { ++sets_[f.set].issued; }
    /// Its result; releases the sets that are complete.
    void add(const SourceFile& f, Checked c);
    /// Releases every complete set (call once more when the sources are exhausted).
    void release();

  private:
    struct Set {
        std::size_t issued = 0;
        std::map<std::size_t, std::pair<std::string, Checked>> files;  // by seq
    };
    const Sources& sources_;
    const validators::Config& config_;
    Emit emit_;
    std::map<std::size_t, Set> sets_;  // open sets, by id
};

}  // namespace mtk::cli::batch
