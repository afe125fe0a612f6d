// The SQLite manifest store, built as the module libmtk-manifest.so (see manifest.hpp).
#include <Poco/Data/RecordSet.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/SQLite/SQLiteException.h>
#include <Poco/Data/Session.h>
#include <Poco/Data/Statement.h>
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <set>
#include <type_traits>
#include <utility>

#include "batch/manifest.hpp"
#include "io.hpp"
#include "module.hpp"

namespace fs = std::filesystem;
using namespace Poco::Data::Keywords;
using Poco::Int64;

namespace mtk::cli::batch {
namespace {

constexpr int kCommitRows = 256;
constexpr auto kCommitInterval = std::chrono::seconds(1);

constexpr std::string_view kSchema[] = {
    "CREATE TABLE IF NOT EXISTS sources ("
    " rel TEXT PRIMARY KEY, path TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL,"
    " converter TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('ok','findings','failed')),"
    " reason TEXT NOT NULL, output TEXT NOT NULL, errors INTEGER NOT NULL, warnings INTEGER NOT "
    "NULL,"
    " notes INTEGER NOT NULL, read_ms REAL NOT NULL, convert_ms REAL NOT NULL, check_ms REAL NOT "
    "NULL,"
    " write_ms REAL NOT NULL, tool_version TEXT NOT NULL, finished_at TEXT NOT NULL,"
    " settings TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE IF NOT EXISTS findings ("
    " rel TEXT NOT NULL, rule TEXT NOT NULL, severity TEXT NOT NULL, count INTEGER NOT NULL,"
    " PRIMARY KEY (rel, rule, severity))",
    "CREATE INDEX IF NOT EXISTS findings_rule ON findings (rule)",
};

Poco::Data::Session open(const fs::path& file) {
    Poco::Data::SQLite::Connector::registerConnector();
    try {
        return Poco::Data::Session(Poco::Data::SQLite::Connector::KEY, file.string());
    } catch (const Poco::Exception& e) {
        throw UsageError(file.string() + ": cannot open the manifest: " + e.displayText());
    }
}

std::string text(Poco::Data::RecordSet& rs, std::size_t col, std::size_t row) {
    return rs.value(col, row).convert<std::string>();
}

Int64 integer(Poco::Data::RecordSet& rs, std::size_t col, std::size_t row) {
    return rs.value(col, row).convert<Int64>();
}

// The columns of `schema`.sources, by name.
std::set<std::string> columns(Poco::Data::Session& session, const std::string& schema) {
    Poco::Data::Statement st(session);
    st << "PRAGMA " + schema + ".table_info(sources)", now;
    Poco::Data::RecordSet rs(st);
    std::set<std::string> out;
    for (std::size_t i = 0; i < rs.rowCount(); ++i) out.insert(text(rs, 1, i));
    return out;
}

// The store itself; its calls throw. FencedStore is what leaves the module.
class SqliteManifest {
  public:
    SqliteManifest(const fs::path& file, std::string tool_version, const fs::path& durable);
    ~SqliteManifest();
    SqliteManifest(const SqliteManifest&) = delete;
    SqliteManifest& operator=(const SqliteManifest&) = delete;

    std::optional<PreviousRecord> previous(const std::string& rel);
    void record(const SourceRecord& r);
    void commit();
    void merge(const fs::path& other);
    ManifestSummary summarise(std::size_t top);

  private:
    void begin_if_needed();

    Poco::Data::Session session_;
    std::string tool_version_;
    int durable_fd_ = -1;
    bool in_transaction_ = false;
    int uncommitted_ = 0;
    std::chrono::steady_clock::time_point last_commit_;
};

SqliteManifest::SqliteManifest(const fs::path& file, std::string tool_version,
                               const fs::path& durable)
    : session_(open(file)),
      tool_version_(std::move(tool_version)),
      last_commit_(std::chrono::steady_clock::now()) {
    try {
        std::string mode;
        session_ << "PRAGMA journal_mode=WAL", into(mode), now;
        // WAL + NORMAL: a commit is an append, durable against process death (kill -9);
        // a power loss may drop the last commits, never corrupt the file.
        session_ << "PRAGMA synchronous=NORMAL", now;
        session_ << "PRAGMA busy_timeout=10000", now;
        for (std::string_view sql : kSchema) session_ << std::string(sql), now;
        // A manifest of an earlier mtk has no settings column: its rows count as other settings.
        if (columns(session_, "main").count("settings") == 0)
            session_ << "ALTER TABLE sources ADD COLUMN settings TEXT NOT NULL DEFAULT ''", now;
        if (!durable.empty())
            durable_fd_ = ::open(durable.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    } catch (const Poco::Exception& e) {
        throw UsageError(file.string() + ": not a usable manifest: " + e.displayText());
    }
}

SqliteManifest::~SqliteManifest() {
    try {
        commit();
    } catch (...) {
        // Nothing to do: the uncommitted rows are redone by the next run.
    }
    if (durable_fd_ >= 0) ::close(durable_fd_);
}

std::optional<PreviousRecord> SqliteManifest::previous(const std::string& rel) {
    PreviousRecord p;
    Poco::Data::Statement st =
        (session_ << "SELECT sha256, status, output, tool_version, settings FROM sources "
                     "WHERE rel = ?",
         bind(rel), into(p.sha256), into(p.status), into(p.output), into(p.tool_version),
         into(p.settings), limit(1));
    if (st.execute() == 0) return std::nullopt;
    return p;
}

void SqliteManifest::begin_if_needed() {
    if (in_transaction_) return;
    session_.begin();
    in_transaction_ = true;
}

void SqliteManifest::record(const SourceRecord& r) {
    begin_if_needed();
    const Int64 size = r.size, errors = r.errors, warnings = r.warnings, notes = r.notes;
    session_ << "INSERT OR REPLACE INTO sources VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
                "strftime('%Y-%m-%dT%H:%M:%fZ','now'),?)",
        bind(r.rel), bind(r.path), bind(size), bind(r.sha256), bind(r.converter), bind(r.status),
        bind(r.reason), bind(r.output), bind(errors), bind(warnings), bind(notes), bind(r.read_ms),
        bind(r.convert_ms), bind(r.check_ms), bind(r.write_ms), bind(tool_version_),
        bind(r.settings), now;
    session_ << "DELETE FROM findings WHERE rel = ?", bind(r.rel), now;
    for (const SourceRecord::RuleCount& c : r.rules) {
        const Int64 count = c.count;
        session_ << "INSERT INTO findings VALUES (?,?,?,?)", bind(r.rel), bind(c.rule),
            bind(c.severity), bind(count), now;
    }
    if (++uncommitted_ >= kCommitRows ||
        std::chrono::steady_clock::now() - last_commit_ >= kCommitInterval)
        commit();
}

void SqliteManifest::commit() {
    if (in_transaction_ && durable_fd_ >= 0)
        ::syncfs(durable_fd_);  // the outputs before their rows
    if (in_transaction_) session_.commit();
    in_transaction_ = false;
    uncommitted_ = 0;
    last_commit_ = std::chrono::steady_clock::now();
}

void SqliteManifest::merge(const fs::path& other) {
    commit();
    std::error_code ec;
    if (!fs::is_regular_file(other, ec)) throw UsageError(other.string() + ": no such manifest");
    const std::string name = other.string();
    try {
        session_ << "ATTACH DATABASE ? AS shard", bind(name), now;
        session_.begin();
        session_ << "DELETE FROM findings WHERE rel IN (SELECT rel FROM shard.sources)", now;
        // By name: a shard of an earlier mtk may lack a column (settings); it takes the default.
        // (Only names of our own table are used: the shard is a file from outside.)
        const std::set<std::string> ours = columns(session_, "main");
        std::string shared;
        for (const std::string& col : columns(session_, "shard"))
            if (ours.count(col)) shared += (shared.empty() ? "" : ",") + col;
        session_ << "INSERT OR REPLACE INTO sources (" + shared + ") SELECT " + shared +
                        " FROM shard.sources",
            now;
        session_ << "INSERT OR REPLACE INTO findings SELECT * FROM shard.findings", now;
        session_.commit();
        session_ << "DETACH DATABASE shard", now;
    } catch (const Poco::Exception& e) {
        if (session_.isTransaction()) session_.rollback();
        throw UsageError(name + ": cannot merge: " + e.displayText());
    }
}

ManifestSummary SqliteManifest::summarise(std::size_t top) {
    commit();
    ManifestSummary s;
    const Int64 n = Int64(top);
    session_
        << "SELECT count(*), coalesce(sum(status='ok'),0), coalesce(sum(status='findings'),0),"
           " coalesce(sum(status='failed'),0), coalesce(sum(errors),0), coalesce(sum(warnings),0),"
           " coalesce(sum(notes),0), coalesce(sum(size),0),"
           " coalesce(sum(read_ms+convert_ms+check_ms+write_ms),0) FROM sources",
        into(s.files), into(s.ok), into(s.with_findings), into(s.failed), into(s.errors),
        into(s.warnings), into(s.notes), into(s.bytes), into(s.busy_ms), now;

    Poco::Data::Statement rules(session_);
    rules << "SELECT rule, severity, sum(count), count(*) FROM findings GROUP BY rule, severity"
             " ORDER BY sum(count) DESC, rule",
        now;
    Poco::Data::RecordSet rs(rules);
    for (std::size_t i = 0; i < rs.rowCount(); ++i)
        s.rules.push_back({text(rs, 0, i), text(rs, 1, i), integer(rs, 2, i), integer(rs, 3, i)});

    auto files = [&](const std::string& where_order) {
        std::vector<ManifestSummary::File> out;
        Poco::Data::Statement st(session_);
        st << "SELECT rel, status, errors, warnings, notes, read_ms+convert_ms+check_ms+write_ms "
              "FROM sources " +
                  where_order + " LIMIT ?",
            bind(n), now;
        Poco::Data::RecordSet rows(st);
        for (std::size_t i = 0; i < rows.rowCount(); ++i)
            out.push_back({text(rows, 0, i), text(rows, 1, i), integer(rows, 2, i),
                           integer(rows, 3, i), integer(rows, 4, i),
                           rows.value(5, i).convert<double>()});
        return out;
    };
    s.worst = files(
        "WHERE errors + warnings + notes > 0 ORDER BY errors DESC, warnings DESC, notes DESC, rel");
    s.slowest = files("ORDER BY read_ms+convert_ms+check_ms+write_ms DESC, rel");

    Poco::Data::Statement failures(session_);
    failures << "SELECT rel, reason FROM sources WHERE status = 'failed' ORDER BY rel LIMIT ?",
        bind(n), now;
    Poco::Data::RecordSet failed(failures);
    for (std::size_t i = 0; i < failed.rowCount(); ++i)
        s.failures.push_back({text(failed, 0, i), text(failed, 1, i)});
    return s;
}

// Runs f and returns what it returns; when it throws, the reason goes to `error` instead (the
// manifest's name first unless the reason names it) and a default value is returned.
template <typename F>
std::invoke_result_t<F> fenced(const fs::path& file, std::string& error, F&& f) noexcept {
    try {
        return f();
    } catch (const UsageError& e) {
        error = e.what();
    } catch (const Poco::Exception& e) {
        error = file.string() + ": " + e.displayText();
    } catch (const std::exception& e) {
        error = file.string() + ": " + e.what();
    } catch (...) {
        error = file.string() + ": unknown error";
    }
    if constexpr (!std::is_void_v<std::invoke_result_t<F>>) return {};
}

class FencedStore final : public ManifestStore {
  public:
    FencedStore(const fs::path& file, std::string tool_version, const fs::path& durable)
        : file_(file), db_(file, std::move(tool_version), durable) {}

    std::optional<PreviousRecord> previous(const std::string& rel) noexcept override {
        return fenced(file_, error_, [&] { return db_.previous(rel); });
    }
    void record(const SourceRecord& r) noexcept override {
        fenced(file_, error_, [&] { db_.record(r); });
    }
    void commit() noexcept override {
        fenced(file_, error_, [&] { db_.commit(); });
    }
    void merge(const fs::path& other) noexcept override {
        fenced(file_, error_, [&] { db_.merge(other); });
    }
    ManifestSummary summarise(std::size_t top) noexcept override {
        return fenced(file_, error_, [&] { return db_.summarise(top); });
    }
    std::string take_error() noexcept override { return std::exchange(error_, {}); }

  private:
    fs::path file_;
    std::string error_;
    SqliteManifest db_;
};

}  // namespace
}  // namespace mtk::cli::batch

extern "C" const char mtk_module_interface[] = MTK_MODULE_INTERFACE;

/// The module's entry point, found by name with dlsym (batch/manifest.cpp).
extern "C" mtk::cli::batch::ManifestStore* mtk_open_manifest_store(
    const std::filesystem::path& file, const std::string& tool_version,
    const std::filesystem::path& durable, std::string& error) noexcept {
    using mtk::cli::batch::ManifestStore;
    return mtk::cli::batch::fenced(file, error, [&]() -> ManifestStore* {
        return std::make_unique<mtk::cli::batch::FencedStore>(file, tool_version, durable)
            .release();
    });
}
