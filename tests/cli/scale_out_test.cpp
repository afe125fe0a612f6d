// Beyond one machine: shards that partition the files, lists of files, merging the shards'
// manifests, and the GNU parallel example of docs/scale-out.md run as written.
#include <gtest/gtest.h>

#include <cstdlib>
#include <set>

#include "support.hpp"

namespace mtk::test {
namespace {

TEST(ScaleOut, ShardsPartitionTheFilesAndTheirManifestsMerge) {
    MTK_REQUIRE_CONVERTER();
    TempDir t;
    const auto rels = make_tree(t.path / "in", 60);
    const std::string in = (t.path / "in").string(), out = (t.path / "out").string();
    std::multiset<std::string> seen;
    for (int k = 0; k < 3; ++k) {
        const std::string shard = std::to_string(k) + "/3";
        ASSERT_EQ(mtk({"convert", "-q", "--shard", shard, in, "-o", out}).status, 0);
        for (const std::string& rel :
             query(t.path / ("out/mtk-manifest." + std::to_string(k) + "-of-3.sqlite"),
                   "SELECT rel FROM sources"))
            seen.insert(rel);
    }
    EXPECT_EQ(seen, std::multiset<std::string>(rels.begin(), rels.end()));  // each file once

    const Result merge =
        mtk({"manifest", "merge", out, out + "/mtk-manifest.0-of-3.sqlite",
             out + "/mtk-manifest.1-of-3.sqlite", out + "/mtk-manifest.2-of-3.sqlite"});
    ASSERT_EQ(merge.status, 0) << merge.err;
    EXPECT_EQ(query(t.path / "out/mtk-manifest.sqlite", "SELECT count(*) FROM sources")[0], "60");
    // The merged manifest serves a plain re-run: nothing left to do.
    const Result again = mtk({"convert", in, "-o", out});
    EXPECT_NE(again.err.find("0 converted, 60 unchanged"), std::string::npos) << again.err;
}

TEST(ScaleOut, AShardIsStableAcrossRunsAndMachines) {
    TempDir t;
    make_tree(t.path / "in", 30);
    const std::string in = (t.path / "in").string();
    const Result a = mtk({"check", "--shard", "1/4", "--fail-on", "never", in});
    const Result b = mtk({"check", "--shard", "1/4", "--fail-on", "never", "-j", "1", in});
    EXPECT_EQ(a.out, b.out);
    EXPECT_EQ(mtk({"check", "--shard", "4/4", in}).status, 2);
    EXPECT_EQ(mtk({"check", "--shard", "x", in}).status, 2);
}

TEST(ScaleOut, FilesFromAListAreConvertedUnderTheirOwnPaths) {
    MTK_REQUIRE_CONVERTER();
    TempDir t;
    const auto rels = make_tree(t.path / "in", 8);
    std::string list;
    for (const std::string& rel : rels) list += (t.path / "in" / rel).string() + "\n";
    write_file(t.path / "list.txt", list);
    const Result r = mtk({"convert", "--files-from", (t.path / "list.txt").string(), "-o",
                          (t.path / "out").string()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(files_below(t.path / "out").size(), 8u);
}

/// The shell block that follows `<!-- tested: NAME -->` in docs/scale-out.md.
std::string doc_block(const std::string& name) {
    const std::string doc = read_file(fs::path(MTK_DOCS_DIR) / "scale-out.md");
    const auto mark = doc.find("<!-- tested: " + name + " -->");
    if (mark == std::string::npos) return {};
    const auto start = doc.find("```sh\n", mark) + 6, end = doc.find("```", start);
    return doc.substr(start, end - start);
}

TEST(ScaleOut, TheGnuParallelExampleOfTheDocsWorks) {
    MTK_REQUIRE_CONVERTER();
    if (std::system("command -v parallel > /dev/null 2>&1") != 0)
        GTEST_SKIP() << "GNU parallel is not installed (Debian package: parallel)";
    TempDir t;
    make_tree(t.path / "archive", 40);
    const std::string block = doc_block("gnu-parallel");
    ASSERT_FALSE(block.empty());
    write_file(t.path / "run.sh", "set -euo pipefail\nexport PATH=\"" +
                                      fs::path(MTK_BIN).parent_path().string() + ":$PATH\"\n" +
                                      block);
    const std::string cmd = "cd '" + t.path.string() + "' && bash run.sh > log.txt 2>&1";
    ASSERT_EQ(std::system(cmd.c_str()), 0) << read_file(t.path / "log.txt");
    EXPECT_EQ(query(t.path / "xml/mtk-manifest.sqlite", "SELECT count(*) FROM sources")[0], "40");
    EXPECT_EQ(files_below(t.path / "xml").size(), 40u);
}

TEST(ScaleOut, TheXargsExampleOfTheDocsWorks) {
    MTK_REQUIRE_CONVERTER();
    TempDir t;
    make_tree(t.path / "archive", 20);
    const std::string block = doc_block("xargs");
    ASSERT_FALSE(block.empty());
    write_file(t.path / "run.sh", "set -euo pipefail\nexport PATH=\"" +
                                      fs::path(MTK_BIN).parent_path().string() + ":$PATH\"\n" +
                                      block);
    const std::string cmd = "cd '" + t.path.string() + "' && bash run.sh > log.txt 2>&1";
    ASSERT_EQ(std::system(cmd.c_str()), 0) << read_file(t.path / "log.txt");
    EXPECT_EQ(query(t.path / "xml/mtk-manifest.sqlite", "SELECT count(*) FROM sources")[0], "20");
}

}  // namespace
}  // namespace mtk::test
