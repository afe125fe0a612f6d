#include "module.hpp"

#include <dlfcn.h>

#include <cstring>
#include <filesystem>
#include <system_error>

#include "io.hpp"

#ifndef MTK_MODULE_DIR
#define MTK_MODULE_DIR ""
#endif
#ifndef MTK_MODULE_INTERFACE
#error "the build defines MTK_MODULE_INTERFACE (tools/CMakeLists.txt)"
#endif

namespace fs = std::filesystem;

namespace mtk::cli {

void* module_entry(const char* file, const char* symbol) {
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    std::string errors;
    for (const fs::path& dir : {ec ? fs::path() : self.parent_path(), fs::path(MTK_MODULE_DIR)}) {
        if (dir.empty()) continue;
        // Never closed: the module's code must outlive everything it made. dlopen counts
        // references, so a second call finds the loaded module.
        void* handle = ::dlopen((dir / file).c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!handle) {
            errors += std::string("; ") + ::dlerror();
            continue;
        }
        const auto* stamp = static_cast<const char*>(::dlsym(handle, "mtk_module_interface"));
        if (!stamp || std::strcmp(stamp, MTK_MODULE_INTERFACE) != 0) {
            errors += "; " + (dir / file).string() +
                      ": built for another version of mtk (its interface " +
                      (stamp ? stamp : "unstamped") + ", this mtk's " + MTK_MODULE_INTERFACE +
                      "); install the module of this build";
            continue;
        }
        if (void* entry = ::dlsym(handle, symbol)) return entry;
        errors += "; " + (dir / file).string() + ": no " + symbol;
    }
    throw UsageError(std::string("cannot load the module ") + file + errors);
}

}  // namespace mtk::cli
