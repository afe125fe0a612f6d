// Modules (the JSON and manifest libraries mtk loads on first use) from another build: mtk
// refuses them with a one-line error instead of calling code built for other types.
#include <gtest/gtest.h>

#include <algorithm>

#include "support.hpp"

namespace mtk::test {
namespace {

// An mtk beside a stale libmtk-json.so, as an install upgraded by halves would leave it: the
// command looks for its modules beside itself first.
TEST(Module, AModuleOfAnotherBuildIsRefusedWithAOneLineError) {
    TempDir t;
    const fs::path bin = t.path / "mtk";
    fs::copy_file(MTK_BIN, bin);
    fs::copy_file(MTK_STALE_MODULE, t.path / "libmtk-json.so");
    write_file(t.path / "minutes.txt", minutes_text(1));

    const Result r =
        run(bin, {"check", "--no-config", "--format", "json", (t.path / "minutes.txt").string()});
    EXPECT_EQ(r.status, 2) << r.err;
    EXPECT_NE(r.err.find("libmtk-json.so: built for another version of mtk (its interface "
                         "another-build"),
              std::string::npos)
        << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_EQ(r.out, "");
}

// The same command with the module of its own build works: the refusal above is the stamp's.
TEST(Module, TheModuleOfItsOwnBuildIsLoaded) {
    TempDir t;
    write_file(t.path / "minutes.txt", minutes_text(1));
    const Result r =
        mtk({"check", "--no-config", "--format", "json", (t.path / "minutes.txt").string()});
    EXPECT_LT(r.status, 2) << r.err;
    EXPECT_EQ(r.out.rfind("{", 0), 0u) << r.out;
}

}  // namespace
}  // namespace mtk::test
