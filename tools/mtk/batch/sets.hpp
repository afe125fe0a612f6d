// Check results gathered into sets (the documents rules compare: one folder, or the files
// named together) and released set by set, in input order, once a set is complete. Only the
// models of open sets are held, which bounds memory by the largest folder, not the archive.
// The set rules of a complete set run in a pool of their own, so that they overlap with the
// files still being checked; a set of one document is checked on the calling thread.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "batch/pool.hpp"
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

    /// `jobs` threads for the set rules; at most 2 * jobs sets are being checked at once.
    SetCollector(const Sources& sources, const validators::Config& config, unsigned jobs,
                 Emit emit);

    /// A file handed to a worker.
    void issued(const SourceFile& f) { ++sets_[f.set].issued; }
    /// Its result; starts the set rules of the sets that are complete, emits finished sets.
    void add(const SourceFile& f, Checked c);
    /// Once the sources are exhausted: waits for every set and emits the rest.
    void finish();

  private:
    struct Set {
        std::size_t issued = 0;
        std::map<std::size_t, std::pair<std::string, Checked>> files;  // by seq
        bool started = false;
        std::optional<Diagnostics> across;  // the set rules' findings, once done
    };
    void start_complete_sets();
    void collect(Clock::duration wait);
    void emit_finished();

    const Sources& sources_;
    const validators::Config& config_;
    Emit emit_;
    // The set rules' findings, behind a pointer: GCC 12 warns wrongly about moving them otherwise.
    Pool<std::unique_ptr<Diagnostics>> pool_;
    std::size_t window_, running_ = 0;
    std::map<std::size_t, Set> sets_;  // open sets, by id
};

}  // namespace mtk::cli::batch
