#include "batch/manifest.hpp"

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

Manifest::Manifest(const fs::path& file, std::string tool_version, const fs::path& durable)
    : store_(std::unique_ptr<ManifestStore>(load_module()(file, tool_version, durable))) {}

Manifest::~Manifest() = default;

std::optional<PreviousRecord> Manifest::previous(const std::string& rel) {
    return store_->previous(rel);
}

void Manifest::record(const SourceRecord& r) {
    store_->record(r);
}

void Manifest::commit() {
    store_->commit();
}

void Manifest::merge(const fs::path& other) {
    store_->merge(other);
}

ManifestSummary Manifest::summarise(std::size_t top) {
    return store_->summarise(top);
}

}  // namespace mtk::cli::batch
