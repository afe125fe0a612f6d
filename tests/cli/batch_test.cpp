// Batch conversion and checking of folders: the tree mirrored, the manifest, re-runs, one bad
// file among good ones, globs, the per-file time limit.
#include <gtest/gtest.h>

#include "support.hpp"

namespace mtk::test {
namespace {

constexpr const char* kManifest = "mtk-manifest.sqlite";

TEST(Batch, ConvertMirrorsTheTreeAndRecordsEverySource) {
    MTK_REQUIRE_CONVERTER();
    TempDir t;
    const auto rels = make_tree(t.path / "in", 24);
    const Result r =
        mtk({"convert", "-j", "2", (t.path / "in").string(), "-o", (t.path / "out").string()});
    ASSERT_EQ(r.status, 0) << r.err;
    for (std::string rel : rels) {
        rel.replace(rel.size() - 4, 4, ".xml");
        EXPECT_TRUE(fs::is_regular_file(t.path / "out" / rel)) << rel;
    }
    const fs::path db = t.path / "out" / kManifest;
    EXPECT_EQ(
        query(db,
              "SELECT count(*) FROM sources WHERE status != 'failed' AND length(sha256) = 64")[0],
        "24");
    const auto row = query(
        db,
        "SELECT path, size, converter, output FROM sources WHERE rel = 'body1/2011/minutes-1.txt'");
    ASSERT_EQ(row.size(), 1u);
    EXPECT_EQ(row[0], (t.path / "in/body1/2011/minutes-1.txt").string() + "|" +
                          std::to_string(fs::file_size(t.path / "in/body1/2011/minutes-1.txt")) +
                          "|text|body1/2011/minutes-1.xml");
}

TEST(Batch, ARerunSkipsUnchangedSourcesAndForceRedoesThem) {
    MTK_REQUIRE_CONVERTER();
    TempDir t;
    make_tree(t.path / "in", 10);
    const std::string in = (t.path / "in").string(), out = (t.path / "out").string();
    ASSERT_EQ(mtk({"convert", in, "-o", out}).status, 0);
    Result r = mtk({"convert", in, "-o", out});
    EXPECT_NE(r.err.find("0 converted, 10 unchanged, 0 failed"), std::string::npos) << r.err;

    write_file(t.path / "in/body0/2010/minutes-0.txt", minutes_text(99));
    fs::remove(t.path / "out/body1/2011/minutes-1.xml");  // output gone: redone too
    r = mtk({"convert", in, "-o", out});
    EXPECT_NE(r.err.find("2 converted, 8 unchanged, 0 failed"), std::string::npos) << r.err;
    EXPECT_TRUE(fs::exists(t.path / "out/body1/2011/minutes-1.xml"));

    r = mtk({"convert", "--force", in, "-o", out});
    EXPECT_NE(r.err.find("10 converted, 0 unchanged, 0 failed"), std::string::npos) << r.err;
}

TEST(Batch, ChangedRuleSettingsRedoTheSourcesTheyDecide) {
    MTK_REQUIRE_CONVERTER();
    TempDir t;
    make_tree(t.path / "in", 6);
    const std::string in = (t.path / "in").string(), out = (t.path / "out").string();
    const fs::path config = t.path / "in/.mtk.json";
    write_file(config, R"({"rules": {"actions/missing-due-date": "off"}})");
    ASSERT_EQ(mtk({"convert", in, "-o", out}).status, 0);
    Result r = mtk({"convert", in, "-o", out});
    EXPECT_NE(r.err.find("0 converted, 6 unchanged, 0 failed"), std::string::npos) << r.err;

    // Another severity: every row was decided by the old settings.
    write_file(config, R"({"rules": {"actions/missing-due-date": "note"}})");
    r = mtk({"convert", in, "-o", out});
    EXPECT_NE(r.err.find("6 converted, 0 unchanged, 0 failed"), std::string::npos) << r.err;
    // The same settings written another way are the same settings.
    write_file(config, R"({ "rules" : { "actions/missing-due-date" : "note" } })");
    r = mtk({"convert", in, "-o", out});
    EXPECT_NE(r.err.find("0 converted, 6 unchanged, 0 failed"), std::string::npos) << r.err;
    // --from is a setting too.
    r = mtk({"convert", "--from", "text", in, "-o", out});
    EXPECT_NE(r.err.find("6 converted, 0 unchanged, 0 failed"), std::string::npos) << r.err;
}

TEST(Batch, AManifestOfAnEarlierMtkGainsTheSettingsColumn) {
    MTK_REQUIRE_CONVERTER();
    TempDir t;
    make_tree(t.path / "in", 3);
    const std::string in = (t.path / "in").string(), out = (t.path / "out").string();
    ASSERT_EQ(mtk({"convert", in, "-o", out}).status, 0);
    const fs::path db = t.path / "out" / kManifest;
    // As an earlier mtk left it: no settings column.
    query(db, "ALTER TABLE sources DROP COLUMN settings");
    const Result r = mtk({"convert", in, "-o", out});
    EXPECT_NE(r.err.find("3 converted, 0 unchanged, 0 failed"), std::string::npos) << r.err;
    EXPECT_EQ(query(db, "SELECT count(*) FROM sources WHERE length(settings) = 64")[0], "3");
}

TEST(Batch, ASourceThatNowFailsLosesItsEarlierOutput) {
    MTK_REQUIRE_CONVERTER();
    TempDir t;
    make_tree(t.path / "in", 3);
    const std::string in = (t.path / "in").string(), out = (t.path / "out").string();
    ASSERT_EQ(mtk({"convert", in, "-o", out}).status, 0);
    const fs::path old_output = t.path / "out/body0/2010/minutes-0.xml";
    ASSERT_TRUE(fs::exists(old_output));
    write_file(t.path / "in/body0/2010/minutes-0.txt", std::string("\x7f"
                                                                   "ELF\x02\x01\x01\0",
                                                                   8));
    const Result r = mtk({"convert", in, "-o", out});
    EXPECT_EQ(r.status, 2) << r.err;
    EXPECT_FALSE(fs::exists(old_output)) << "the XML of the old version is still there";
    EXPECT_NE(r.err.find("removed the earlier output of"), std::string::npos) << r.err;
    EXPECT_EQ(query(t.path / "out" / kManifest,
                    "SELECT status, output FROM sources WHERE rel = 'body0/2010/minutes-0.txt'")[0],
              "failed|");
}

TEST(Batch, OneBadFileIsRecordedAsFailedAndTheOthersAreConverted) {
    MTK_REQUIRE_CONVERTER();
    TempDir t;
    make_tree(t.path / "in", 6);
    write_file(t.path / "in/body0/binary.txt", std::string("\x7f"
                                                           "ELF\0\0\0\x01\x02",
                                                           9));
    write_file(t.path / "in/body0/empty.txt", "");
    const Result r = mtk({"convert", (t.path / "in").string(), "-o", (t.path / "out").string()});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("binary.txt"), std::string::npos) << r.err;
    const fs::path db = t.path / "out" / kManifest;
    EXPECT_EQ(query(db,
                    "SELECT rel, output FROM sources WHERE status = 'failed' AND reason != '' "
                    "ORDER BY rel"),
              (std::vector<std::string>{"body0/binary.txt|", "body0/empty.txt|"}));
    // A failed source names the converter that refused it; an empty one was given to none.
    EXPECT_EQ(query(db,
                    "SELECT rel, converter IN ('text', 'html') FROM sources WHERE status = "
                    "'failed' ORDER BY rel"),
              (std::vector<std::string>{"body0/binary.txt|1", "body0/empty.txt|0"}));
    EXPECT_EQ(query(db, "SELECT count(*) FROM sources WHERE status != 'failed'")[0], "6");
    EXPECT_FALSE(fs::exists(t.path / "out/body0/binary.xml"));
}

TEST(Batch, IncludeAndExcludeGlobsMatchThePathBelowTheInputFolder) {
    MTK_REQUIRE_CONVERTER();
    TempDir t;
    make_tree(t.path / "in", 12);
    write_file(t.path / "in/body0/notes.md", minutes_text(1));
    write_file(t.path / "in/drafts/minutes-x.txt", minutes_text(2));
    const Result r = mtk({"convert", "--include", "*.txt", "--exclude", "drafts", "--exclude",
                          "body1/*", (t.path / "in").string(), "-o", (t.path / "out").string()});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto rows = query(
        t.path / "out" / kManifest,
        "SELECT count(*), sum(rel LIKE 'body1/%'), sum(rel LIKE 'drafts/%'), sum(rel LIKE '%.md') "
        "FROM sources");
    EXPECT_EQ(rows[0], "9|0|0|0");
}

TEST(Batch, StemsThatCollideInOneFolderKeepTheirExtension) {
    MTK_REQUIRE_CONVERTER();
    TempDir t;
    write_file(t.path / "in/a.txt", minutes_text(1));
    write_file(t.path / "in/a.md", minutes_text(2));
    write_file(t.path / "in/b.txt", minutes_text(3));
    ASSERT_EQ(mtk({"convert", (t.path / "in").string(), "-o", (t.path / "out").string()}).status,
              0);
    EXPECT_TRUE(fs::exists(t.path / "out/a.txt.xml"));
    EXPECT_TRUE(fs::exists(t.path / "out/a.md.xml"));
    EXPECT_TRUE(fs::exists(t.path / "out/b.xml"));
}

TEST(Batch, AFileOverTheTimeLimitIsRecordedAsTimedOut) {
    MTK_REQUIRE_CONVERTER();
    TempDir t;
    // 15 MB cannot be read, hashed and converted within a millisecond.
    std::string big;
    while (big.size() < 15u * 1024 * 1024) big += minutes_text(int(big.size() % 97), 40);
    write_file(t.path / "in/big.txt", big);
    const Result r = mtk({"convert", "--timeout", "0.001", (t.path / "in").string(), "-o",
                          (t.path / "out").string()});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(query(t.path / "out" / kManifest,
                    "SELECT status, reason FROM sources WHERE rel = 'big.txt'"),
              std::vector<std::string>{"failed|timed out"});
    EXPECT_FALSE(fs::exists(t.path / "out/big.xml"));
}

TEST(Batch, CheckOfAFolderGivesTheSameFindingsAsCheckingEachSet) {
    MTK_REQUIRE_CONVERTER();
    TempDir t;
    make_tree(t.path / "in", 8, 2);
    const Result all = mtk({"check", "--fail-on", "never", (t.path / "in").string()});
    ASSERT_EQ(all.status, 0) << all.err;
    std::string joined;
    for (const char* set :
         {"body0/2010", "body0/2011", "body0/2012", "body1/2010", "body1/2011", "body1/2012"}) {
        const Result one = mtk({"check", "--fail-on", "never", (t.path / "in" / set).string()});
        joined += one.out.substr(0, one.out.rfind('\n', one.out.size() - 2) + 1);
    }
    EXPECT_EQ(all.out.substr(0, all.out.rfind('\n', all.out.size() - 2) + 1), joined);
    EXPECT_NE(all.out.find(" in 8 files\n"), std::string::npos) << all.out;
}

TEST(Batch, CheckOfOneFileKeepsItsExitStatusAndFormats) {
    MTK_REQUIRE_CONVERTER();
    TempDir t;
    write_file(t.path / "a.txt", minutes_text(3));
    const Result json =
        mtk({"check", "--format", "json", "--fail-on", "never", (t.path / "a.txt").string()});
    EXPECT_EQ(json.status, 0) << json.err;
    EXPECT_EQ(json.out.rfind("{", 0), 0u);
    EXPECT_NE(json.out.find("\"summary\""), std::string::npos);
    EXPECT_EQ(mtk({"check", (t.path / "missing.txt").string()}).status, 2);
    EXPECT_EQ(mtk({"check", "--jobs", "0", (t.path / "a.txt").string()}).status, 2);
}

}  // namespace
}  // namespace mtk::test
