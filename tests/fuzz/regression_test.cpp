// Replays the hand-made seeds and every input a fuzzer ever crashed or hung on
// (regressions/<target>/) through the entry points the fuzzers use. A crash, a sanitizer
// report or a broken contract aborts; a hang is caught by ctest's --timeout (speed
// itself is measured in bench/, not here).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "targets.hpp"

namespace fs = std::filesystem;

namespace mtk::fuzz {
namespace {

std::vector<fs::path> files_in(const fs::path& dir) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.is_regular_file() && e.path().filename() != "README.md") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void replay(const Target& t, const std::vector<fs::path>& files) {
    for (const fs::path& f : files) {
        SCOPED_TRACE(f.string());
        const std::string bytes = slurp(f);
        t.run(bytes);
    }
}

class FuzzReplay : public ::testing::TestWithParam<std::string_view> {
  protected:
    const Target& target() const { return *find_target(GetParam()); }
    fs::path dir(std::string_view kind) const { return fs::path(MTK_FUZZ_DIR) / kind / GetParam(); }
};

TEST_P(FuzzReplay, Seeds) {
    const auto files = files_in(dir("seeds"));
    ASSERT_FALSE(files.empty()) << "no seeds in " << dir("seeds");
    replay(target(), files);
}

TEST_P(FuzzReplay, Regressions) {
    const auto files = files_in(dir("regressions"));
    if (files.empty()) GTEST_SKIP() << "no regression inputs for this target yet";
    replay(target(), files);
}

std::vector<std::string_view> target_names() {
    std::vector<std::string_view> out;
    for (const Target& t : all_targets()) out.push_back(t.name);
    return out;
}

INSTANTIATE_TEST_SUITE_P(Targets, FuzzReplay, ::testing::ValuesIn(target_names()),
                         [](const auto& info) { return std::string(info.param); });

}  // namespace
}  // namespace mtk::fuzz
