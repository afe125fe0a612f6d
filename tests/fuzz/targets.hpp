// The fuzz entry points. Each takes arbitrary bytes, must not crash, hang or leak, and
// aborts when a contract of mtk breaks. The libFuzzer drivers (fuzz_main.cpp) and the
// regression test (regression_test.cpp) call the same functions.
#pragma once

#include <span>
#include <string_view>

namespace mtk::fuzz {

struct Target {
    std::string_view name;  ///< also the folder under seeds/ and regressions/
    void (*run)(std::string_view bytes);
};

/// text, html, xml, config, roster.
std::span<const Target> all_targets();

/// The target called `name`, or nullptr.
const Target* find_target(std::string_view name);

}  // namespace mtk::fuzz
