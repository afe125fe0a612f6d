// libFuzzer driver: one executable per target, chosen by MTK_FUZZ_TARGET at build time.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const mtk::fuzz::Target* target = [] {
        const mtk::fuzz::Target* t = mtk::fuzz::find_target(MTK_FUZZ_TARGET);
        if (!t) {
            std::fprintf(stderr, "no fuzz target '%s'\n", MTK_FUZZ_TARGET);
            std::abort();
        }
        return t;
    }();
    target->run({reinterpret_cast<const char*>(data), size});
    return 0;
}
