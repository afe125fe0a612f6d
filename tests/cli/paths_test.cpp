// Batch output never leaves the output folder: links out of the input tree, ".." and
// absolute paths in --files-from, links planted inside the output folder.
#include <gtest/gtest.h>

#include "support.hpp"

namespace mtk::test {
namespace {

TEST(Paths, LinksLeadingOutOfTheInputTreeAreSkippedWithANote) {
    MTK_REQUIRE_CONVERTER();
    TempDir t;
    write_file(t.path / "secret/minutes.txt", minutes_text(1));
    write_file(t.path / "in/real.txt", minutes_text(2));
    fs::create_directories(t.path / "in/sub");
    fs::create_symlink(t.path / "secret/minutes.txt", t.path / "in/stolen.txt");
    fs::create_directory_symlink(t.path / "secret", t.path / "in/sub/outside");
    fs::create_symlink(t.path / "in/real.txt", t.path / "in/sub/alias.txt");  // inside: taken
    const Result r = mtk({"convert", (t.path / "in").string(), "-o", (t.path / "out").string()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.err.find("stolen.txt: symbolic link is broken or leads outside"), std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("outside: symbolic link is broken or leads outside"), std::string::npos)
        << r.err;
    EXPECT_EQ(files_below(t.path / "out").size(), 2u);  // real.xml, sub/alias.xml
    EXPECT_TRUE(fs::exists(t.path / "out/sub/alias.xml"));
    EXPECT_EQ(query(t.path / "out/mtk-manifest.sqlite",
                    "SELECT count(*) FROM sources WHERE path LIKE '%secret%'")[0],
              "0");
}

TEST(Paths, ListedPathsWithDotDotOrARootAreMappedBelowTheOutputFolder) {
    MTK_REQUIRE_CONVERTER();
    TempDir t;
    const fs::path work = t.path / "work";
    write_file(t.path / "elsewhere/up.txt", minutes_text(1));
    write_file(work / "here/plain.txt", minutes_text(2));
    write_file(t.path / "abs/root.txt", minutes_text(3));
    const fs::path out = t.path / "out";
    const std::string list = "../elsewhere/up.txt\nhere/plain.txt\n" +
                             (t.path / "abs/root.txt").string() + "\nhere/../../../../..\n\n";
    const fs::path previous = fs::current_path();
    fs::current_path(work);
    const Result r = mtk({"convert", "--files-from", "-", "-o", out.string()}, list);
    fs::current_path(previous);
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.err.find("names no file"), std::string::npos) << r.err;
    const std::string base = t.path.relative_path().string();  // the temp folder without its root
    EXPECT_TRUE(fs::exists(out / base / "elsewhere/up.xml"));
    EXPECT_TRUE(fs::exists(out / "here/plain.xml"));
    EXPECT_TRUE(fs::exists(out / base / "abs/root.xml"));
    for (const auto& [rel, content] : files_below(t.path))
        EXPECT_TRUE(rel.starts_with("out/")) << "written outside the output folder: " << rel;
}

TEST(Paths, ALinkInsideTheOutputFolderCannotLeadAWriteOutside) {
    MTK_REQUIRE_CONVERTER();
    TempDir t;
    write_file(t.path / "in/sub/a.txt", minutes_text(1));
    write_file(t.path / "in/b.txt", minutes_text(2));
    fs::create_directories(t.path / "out");
    fs::create_directories(t.path / "victim");
    fs::create_directory_symlink(t.path / "victim", t.path / "out/sub");
    const Result r = mtk({"convert", (t.path / "in").string(), "-o", (t.path / "out").string()});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(fs::is_empty(t.path / "victim"));
    EXPECT_EQ(query(t.path / "out/mtk-manifest.sqlite",
                    "SELECT status FROM sources WHERE rel = 'sub/a.txt'"),
              std::vector<std::string>{"failed"});
    EXPECT_TRUE(fs::exists(t.path / "out/b.xml"));
}

TEST(Paths, NamesThatStartWithDotsStayInside) {
    MTK_REQUIRE_CONVERTER();
    TempDir t;
    write_file(t.path / "in/..minutes.txt", minutes_text(1));
    write_file(t.path / "in/...txt", minutes_text(2));
    const Result r = mtk({"convert", (t.path / "in").string(), "-o", (t.path / "out").string()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(fs::exists(t.path / "out/..minutes.xml"));
    EXPECT_EQ(files_below(t.path / "out").size(), 2u);
    EXPECT_EQ(files_below(t.path, ".xml").size(), 2u);
}

}  // namespace
}  // namespace mtk::test
