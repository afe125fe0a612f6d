#include "layout/assemble.hpp"

namespace mtk::converters {

ConvertResult assemble_minutes(std::span<const SourceLine>) {
    ConvertResult r;
    r.error = "the layout assembler is not built yet";
    return r;
}

}  // namespace mtk::converters
