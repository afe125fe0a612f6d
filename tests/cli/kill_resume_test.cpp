// Nothing is lost: a batch killed with SIGKILL while it writes leaves no partial XML and a
// manifest whose rows all name complete outputs; running it again completes the tree, which
// then equals the tree of a run that was never interrupted.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>

#include <chrono>
#include <thread>

#include "support.hpp"

namespace mtk::test {
namespace {

bool any_xml_below(const fs::path& root) {
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(root, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->path().extension() == ".xml") return true;
    return false;
}

TEST(KillAndResume, AKilledBatchLeavesCompleteOutputsAndARerunCompletesIt) {
    MTK_REQUIRE_CONVERTER();
    TempDir t;
    const fs::path in = t.path / "in", clean = t.path / "clean", out = t.path / "out";
    make_tree(in, 300, 8, 5);

    const Result reference = mtk({"convert", "-q", "-j", "2", in.string(), "-o", clean.string()});
    ASSERT_EQ(reference.status, 0) << reference.err;
    const auto expected = files_below(clean);
    ASSERT_EQ(expected.size(), 300u);

    const pid_t pid = start_mtk({"convert", "-q", "-j", "2", in.string(), "-o", out.string()});
    while (!any_xml_below(out)) std::this_thread::sleep_for(std::chrono::microseconds(200));
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    ASSERT_EQ(::kill(pid, SIGKILL), 0);
    int st = 0;
    ASSERT_EQ(::waitpid(pid, &st, 0), pid);
    if (!WIFSIGNALED(st)) GTEST_SKIP() << "the batch finished before it could be killed";

    // No partial XML: every .xml present is byte for byte the uninterrupted run's.
    const auto partial = files_below(out);
    EXPECT_LT(partial.size(), expected.size());
    for (const auto& [rel, content] : partial) EXPECT_EQ(content, expected.at(rel)) << rel;
    // Every row names a complete output.
    const fs::path db = out / "mtk-manifest.sqlite";
    for (const std::string& rel : query(db, "SELECT output FROM sources")) {
        ASSERT_TRUE(partial.count(rel)) << rel;
        EXPECT_EQ(partial.at(rel), expected.at(rel)) << rel;
    }
    const std::size_t listed = query(db, "SELECT output FROM sources").size();

    const Result resumed = mtk({"convert", "-j", "2", in.string(), "-o", out.string()});
    ASSERT_EQ(resumed.status, 0) << resumed.err;
    EXPECT_NE(resumed.err.find(std::to_string(listed) + " unchanged"), std::string::npos)
        << resumed.err;
    EXPECT_EQ(files_below(out), expected);
    EXPECT_TRUE(files_below(out, std::string_view(".sqlite-journal")).empty());
    for (const auto& e : fs::recursive_directory_iterator(out))
        EXPECT_NE(e.path().filename().string().front(), '.') << "temporary file left: " << e.path();
    EXPECT_EQ(query(db, "SELECT count(*) FROM sources WHERE status != 'failed'")[0], "300");
}

TEST(KillAndResume, StaleTemporaryFilesAreRemovedOnStart) {
    MTK_REQUIRE_CONVERTER();
    TempDir t;
    make_tree(t.path / "in", 3);
    write_file(t.path / "out/body0/.minutes-0.xml.Ab12Cd", "<?xml version=\"1.0\"?><minu");
    write_file(t.path / "out/body0/.keep.txt", "not ours");
    const Result r = mtk({"convert", (t.path / "in").string(), "-o", (t.path / "out").string()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_FALSE(fs::exists(t.path / "out/body0/.minutes-0.xml.Ab12Cd"));
    EXPECT_TRUE(fs::exists(t.path / "out/body0/.keep.txt"));
    EXPECT_NE(r.err.find("removed 1 temporary files"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace mtk::test
