// The manifest of a batch conversion: one SQLite database (Poco::Data) in the output folder,
// one row per source, written only after its output has been renamed into place.
//
// Poco::Data and SQLite live in a module of their own (libmtk-manifest.so, loaded on first
// use): linking them into mtk cost every start, a one-file `mtk check` included, about 4 ms
// of dynamic linking.
//
// Crash safety: the database is in WAL mode; rows are committed in small transactions
// (every 256 rows or every second), so a kill -9 loses at most the last uncommitted rows.
// Their outputs exist but are not listed, and the next run simply redoes them. A row that
// is listed always names a complete output, because the row is written after the rename.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "batch/sources.hpp"

namespace mtk::cli::batch {

/// What happened to one source.
struct SourceRecord {
    std::string rel;   ///< the key: the source path below OUT ("2014/06-09.txt")
    std::string path;  ///< the path it was read from
    std::int64_t size = 0;
    std::string sha256;  ///< of the bytes read; empty when unreadable
    std::string converter;
    std::string status;  ///< "ok", "findings" or "failed"
    std::string reason;  ///< why it failed ("timed out", "not minutes: ...")
    std::string output;  ///< the XML below OUT; empty when failed
    int errors = 0, warnings = 0, notes = 0;
    struct RuleCount {
        std::string rule, severity;
        int count = 0;
    };
    std::vector<RuleCount> rules;  ///< findings per rule and severity
    double read_ms = 0, convert_ms = 0, check_ms = 0, write_ms = 0;
    /// Fingerprint of what else decides the output: the rules' configuration and --from
    /// (see settings_fingerprint). A row with other settings is redone.
    std::string settings;
};

/// What the manifest knows of a source from an earlier run.
struct PreviousRecord {
    std::string sha256, status, output, tool_version, settings;
};

/// Totals for `mtk report`.
struct ManifestSummary {
    std::int64_t files = 0, ok = 0, with_findings = 0, failed = 0;
    std::int64_t errors = 0, warnings = 0, notes = 0, bytes = 0;
    double busy_ms = 0;  ///< sum of per-file times (read, convert, check, write)
    struct Rule {
        std::string rule, severity;
        std::int64_t findings = 0, files = 0;
    };
    std::vector<Rule> rules;  ///< most findings first
    struct File {
        std::string rel, status;
        std::int64_t errors = 0, warnings = 0, notes = 0;
        double total_ms = 0;
    };
    std::vector<File> worst;  ///< most errors, then warnings, then notes
    struct Failure {
        std::string rel, reason;
    };
    std::vector<Failure> failures;
    std::vector<File> slowest;
};

/// The database behind a Manifest (batch/manifest_sqlite.cpp, in the module).
///
/// No exception crosses this interface: the module runs on the shared C++ runtime that Poco
/// needs, the command on its own static one, and an exception thrown by one runtime and
/// caught by the other is not supported (each keeps its own exception state). Each call catches
/// what it throws and keeps the reason; take_error() hands it over (empty when the calls since the
/// last take_error succeeded).
class ManifestStore {
  public:
    virtual ~ManifestStore() = default;
    virtual std::optional<PreviousRecord> previous(const std::string& rel) noexcept = 0;
    virtual void record(const SourceRecord& r) noexcept = 0;
    virtual void commit() noexcept = 0;
    virtual void merge(const std::filesystem::path& other) noexcept = 0;
    virtual ManifestSummary summarise(std::size_t top) noexcept = 0;
    virtual std::string take_error() noexcept = 0;
};

/// The module's entry point: opens the store as Manifest's constructor describes. It has C
/// linkage (dlsym finds it by name), so it returns a plain pointer: the caller owns the store
/// and takes it into a unique_ptr at once. On failure: null, and the reason in `error`.
using OpenManifestStore = ManifestStore*(const std::filesystem::path& file,
                                         const std::string& tool_version,
                                         const std::filesystem::path& durable,
                                         std::string& error) noexcept;

class Manifest {
  public:
    /// OUT/mtk-manifest.sqlite, or OUT/mtk-manifest.K-of-N.sqlite for a shard, so that shards
    /// sharing one output folder never write one database.
    static std::filesystem::path file_for(const std::filesystem::path& out,
                                          const std::optional<Shard>& shard);

    /// Opens (creating) the database. Throws UsageError when it cannot. With `durable`, the
    /// file system of that folder is synced (syncfs) before each commit, so that outputs
    /// written without their own fsync are on disk before the rows that list them.
    Manifest(const std::filesystem::path& file, std::string tool_version,
             const std::filesystem::path& durable = {});
    /// Commits what is pending.
    ~Manifest();
    Manifest(const Manifest&) = delete;
    Manifest& operator=(const Manifest&) = delete;

    std::optional<PreviousRecord> previous(const std::string& rel);

    /// Replaces the row of r.rel (and its per-rule counts); committed within a second.
    void record(const SourceRecord& r);
    void commit();

    /// Adds every row of another manifest (a shard's), replacing rows with the same key.
    void merge(const std::filesystem::path& other);

    ManifestSummary summarise(std::size_t top);

  private:
    /// Throws UsageError with the store's reason when its last call failed.
    void rethrow_failure();

    std::unique_ptr<ManifestStore> store_;
};

}  // namespace mtk::cli::batch
