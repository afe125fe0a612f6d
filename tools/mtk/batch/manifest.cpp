#include "batch/manifest.hpp"

#include "io.hpp"
#include "module.hpp"

namespace fs = std::filesystem;

namespace mtk::cli::batch {
namespace {

OpenManifestStore* load_module() {
    static OpenManifestStore* const open = reinterpret_cast<OpenManifestStore*>(
        module_entry("libmtk-manifest.so", "mtk_open_manifest_store"));
    return open;
}

}  // namespace

fs::path Manifest::file_for(const fs::path& out, const std::optional<Shard>& shard) {
    if (!shard) return out / "mtk-manifest.sqlite";
    return out / ("mtk-manifest." + std::to_string(shard->index) + "-of-" +
                  std::to_string(shard->count) + ".sqlite");
}

Manifest::Manifest(const fs::path& file, std::string tool_version, const fs::path& durable) {
    std::string error;
    store_.reset(load_module()(file, tool_version, durable, error));
    if (!store_) throw UsageError(error);
}

Manifest::~Manifest() = default;

void Manifest::rethrow_failure() {
    if (std::string error = store_->take_error(); !error.empty()) throw UsageError(error);
}

std::optional<PreviousRecord> Manifest::previous(const std::string& rel) {
    std::optional<PreviousRecord> p = store_->previous(rel);
    rethrow_failure();
    return p;
}

void Manifest::record(const SourceRecord& r) {
    store_->record(r);
    rethrow_failure();
}

void Manifest::commit() {
    store_->commit();
    rethrow_failure();
}

void Manifest::merge(const fs::path& other) {
    store_->merge(other);
    rethrow_failure();
}

ManifestSummary Manifest::summarise(std::size_t top) {
    ManifestSummary s = store_->summarise(top);
    rethrow_failure();
    return s;
}

}  // namespace mtk::cli::batch
