// mtk report: the manifest summarised as text, JSON and one self-contained HTML page.
#include <gtest/gtest.h>

#include "support.hpp"

namespace mtk::test {
namespace {

struct Converted {
    TempDir t;
    Converted() {
        make_tree(t.path / "in", 12);
        write_file(t.path / "in/body0/broken.txt", std::string("\0\0\0binary", 9));
        mtk({"convert", (t.path / "in").string(), "-o", (t.path / "out").string()});
    }
    std::string out() const { return (t.path / "out").string(); }
};

TEST(Report, TextGivesTotalsAndFailures) {
    MTK_REQUIRE_CONVERTER();
    Converted c;
    const Result r = mtk({"report", c.out()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("files     13 ("), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(", 1 failed)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("failures\n  body0/broken.txt: "), std::string::npos) << r.out;
}

TEST(Report, JsonCarriesTheSameTotals) {
    MTK_REQUIRE_CONVERTER();
    Converted c;
    const Result r = mtk({"report", "--format", "json", c.out()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("\"files\": 13"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\"failed\": 1"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\"path\": \"body0/broken.txt\""), std::string::npos) << r.out;
}

TEST(Report, HtmlIsOneSelfContainedPage) {
    MTK_REQUIRE_CONVERTER();
    Converted c;
    const fs::path page = c.t.path / "report.html";
    const Result r = mtk({"report", "--format", "html", "-o", page.string(), c.out()});
    ASSERT_EQ(r.status, 0) << r.err;
    const std::string html = read_file(page);
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(html.find("<style>"), std::string::npos);
    EXPECT_NE(html.find("body0/broken.txt"), std::string::npos);
    for (const char* external : {"src=", "href=", "@import", "url("})
        EXPECT_EQ(html.find(external), std::string::npos) << external;
}

TEST(Report, ChartsFindingsPerRuleWhenThereAreAny) {
    MTK_REQUIRE_CONVERTER();
    TempDir t;
    const fs::path db = t.path / "out/mtk-manifest.sqlite";
    write_file(t.path / "in/a.txt", minutes_text(1));
    ASSERT_NE(mtk({"convert", (t.path / "in").string(), "-o", (t.path / "out").string()}).status,
              1);
    // Rules are written by others; plant a row so that the chart is exercised either way.
    query(db, "INSERT OR REPLACE INTO findings VALUES ('a.txt', 'test/<planted>', 'warning', 7)");
    const Result r = mtk({"report", "--format", "html", (t.path / "out").string()});
    EXPECT_NE(r.out.find("<svg"), std::string::npos);
    EXPECT_NE(r.out.find("test/&lt;planted&gt;"), std::string::npos);
}

TEST(Report, AFolderWithoutAManifestIsAUsageError) {
    TempDir t;
    const Result r = mtk({"report", t.path.string()});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("no manifest"), std::string::npos) << r.err;
}

// The manifest lives in a module with a C++ runtime of its own: its failures reach the command
// as one-line errors, whether the database fails to open or fails in a later call.
TEST(Report, AFileThatIsNotADatabaseIsAUsageErrorNamingIt) {
    TempDir t;
    write_file(t.path / "out/mtk-manifest.sqlite", "not a database\n");
    const Result r = mtk({"report", (t.path / "out").string()});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("mtk-manifest.sqlite: not a usable manifest: "), std::string::npos)
        << r.err;
    EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << r.err;
}

TEST(Report, AManifestThatFailsWhenSummarisedIsAUsageErrorNamingIt) {
    TempDir t;
    const fs::path db = t.path / "out/mtk-manifest.sqlite";
    fs::create_directories(db.parent_path());
    query(db, "CREATE TABLE sources (rel TEXT PRIMARY KEY)");  // opens, then lacks columns
    const Result r = mtk({"report", (t.path / "out").string()});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err.rfind("mtk: " + db.string() + ": ", 0), 0u) << r.err;
    EXPECT_NE(r.err.find("no such column"), std::string::npos) << r.err;
    EXPECT_EQ(r.out, "");
}

TEST(Report, MergingAShardThatIsNotADatabaseIsAUsageError) {
    MTK_REQUIRE_CONVERTER();
    Converted c;
    const fs::path shard = c.t.path / "shard.sqlite";
    write_file(shard, "not a database either\n");
    const Result r = mtk({"manifest", "merge", c.out(), shard.string()});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find(shard.string() + ": cannot merge: "), std::string::npos) << r.err;
}

}  // namespace
}  // namespace mtk::test
