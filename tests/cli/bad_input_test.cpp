// One-document commands on input that is not minutes: a one-line error naming the file,
// exit 2, and no output file left behind.
#include <gtest/gtest.h>

#include "support.hpp"

namespace mtk::test {
namespace {

struct BadInput : ::testing::Test {
    TempDir dir;
    fs::path file(const std::string& name, std::string_view content) {
        write_file(dir.path / name, content);
        return dir.path / name;
    }
    void expect_refused(const std::vector<std::string>& args, const fs::path& input,
                        std::string_view why) {
        const Result r = mtk(args);
        EXPECT_EQ(r.status, 2) << r.err;
        EXPECT_NE(r.err.find(input.string()), std::string::npos) << r.err;
        EXPECT_NE(r.err.find(why), std::string::npos) << r.err;
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    }
};

TEST_F(BadInput, ConvertRefusesWhatIsNotMinutesAndWritesNothing) {
    const fs::path out = dir.path / "out.xml";
    const std::pair<std::string, std::string> cases[] = {
        {"empty.txt", ""},
        {"binary.txt", std::string("\x7f"
                                   "ELF\x02\x01\x01\0\0\0\0",
                                   11)},
        {"code.txt", "int main() {\n  return 0;\n}\n"},
        {"broken.txt",
         "Board minutes 3 March 2023\n\nPresent: Ann Smith\n\n1. Caf\xc3\xa9 \xe9t\xe9\n"},
    };
    for (const auto& [name, content] : cases) {
        SCOPED_TRACE(name);
        const fs::path in = file(name, content);
        const Result r = mtk({"convert", in.string(), "-o", out.string()});
        EXPECT_EQ(r.status, 2) << r.err;
        EXPECT_NE(r.err.find(in.string()), std::string::npos) << r.err;
        EXPECT_FALSE(fs::exists(out));
    }
}

TEST_F(BadInput, LegacyWindows1252IsDecodedNotRefused) {
    const fs::path in =
        file("legacy.txt",
             "Parish Council \x96 Minutes \x96 3 March 2023\n\nPresent: Cllr Ann Sm\xefth, "
             "Cllr Bob Jones\n\nApologies: none\n\n1. Caf\xe9 licence\n\nDiscussed.\n");
    const Result r = mtk({"convert", in.string()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("Cllr Ann Sm\xc3\xafth"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Caf\xc3\xa9 licence"), std::string::npos) << r.out;
}

TEST_F(BadInput, ValidateRefusesAFileThatIsNotXml) {
    const fs::path bin = file("bin.xml", std::string("\x01\x02\x03 binary", 10));
    expect_refused({"validate", bin.string()}, bin, "not XML");
    const fs::path text = file("notes.xml", "Just some notes.\n");
    expect_refused({"validate", text.string()}, text, "not XML");
}

TEST_F(BadInput, MissingFileAndFolderWhereAFileIsExpected) {
    const fs::path missing = dir.path / "missing.txt";
    expect_refused({"convert", missing.string()}, missing, "no such file");
    fs::create_directories(dir.path / "folder");
    expect_refused({"convert", (dir.path / "folder").string()}, dir.path / "folder", "-o");
}

}  // namespace
}  // namespace mtk::test
