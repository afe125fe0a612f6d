#include "batch/manifest.hpp"

#include <dlfcn.h>

#include <system_error>

#include "io.hpp"

#ifndef MTK_MODULE_DIR
#define MTK_MODULE_DIR ""
#endif

namespace fs = std::filesystem;

namespace mtk::cli::batch {
namespace {

constexpr const char* kModule = "libmtk-manifest.so";

// The module beside the mtk executable (a build tree), else in the install's module folder.
OpenManifestStore* load_module() {
    static OpenManifestStore* const open = [] {
        std::error_code ec;
        const fs::path self = fs::read_symlink("/proc/self/exe", ec);
        std::string errors;
        for (const fs::path& dir :
             {ec ? fs::path() : self.parent_path(), fs::path(MTK_MODULE_DIR)}) {
            if (dir.empty()) continue;
            // Never closed: the store's code must outlive every store.
            void* handle = ::dlopen((dir / kModule).c_str(), RTLD_NOW | RTLD_LOCAL);
            if (!handle) {
                errors += std::string("; ") + ::dlerror();
                continue;
            }
            if (void* entry = ::dlsym(handle, "mtk_open_manifest_store"))
                return reinterpret_cast<OpenManifestStore*>(entry);
            errors += "; " + (dir / kModule).string() + ": no mtk_open_manifest_store";
        }
        throw UsageError(std::string("cannot load the manifest module ") + kModule + errors);
    }();
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
