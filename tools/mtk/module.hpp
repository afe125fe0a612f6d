// Modules: the parts of mtk that need a large shared library (Poco) are built as modules and
// loaded by the commands that use them, so that the libraries' symbol relocations do not
// slow every start (bench/README.md).
#pragma once

namespace mtk::cli {

/// The entry point `symbol` of module `file` ("libmtk-json.so"), loaded once and never
/// unloaded. The module is looked for beside the mtk executable (a build tree), then in the
/// install's module folder; a module whose interface stamp is not the command's own (one left
/// from another build or version) is refused, never called. Throws UsageError naming the
/// module and why it did not load.
void* module_entry(const char* file, const char* symbol);

}  // namespace mtk::cli

/// Each module defines it, in the file of its entry point, as MTK_MODULE_INTERFACE: a digest of
/// the interface headers and the compiler, computed by the build (tools/CMakeLists.txt).
extern "C" const char mtk_module_interface[];
