// Running the built mtk on generated trees, and reading what it left behind.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace mtk::test {

namespace fs = std::filesystem;

struct Result {
    int status = -1;  ///< exit status, or 128 + signal
    std::string out, err;
};

/// Runs `program` with `args` (stdin from `input`), waits, returns its status and output.
Result run(const fs::path& program, const std::vector<std::string>& args,
           const std::string& input = {});

/// run() of MTK_BIN.
Result mtk(const std::vector<std::string>& args, const std::string& input = {});

/// Starts MTK_BIN with `args` in the background, output discarded; returns its pid.
pid_t start_mtk(const std::vector<std::string>& args);

/// A fresh folder under the system temp folder, removed with everything in it.
struct TempDir {
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    fs::path path;
};

void write_file(const fs::path& p, std::string_view content);
std::string read_file(const fs::path& p);

/// Minutes in the layout of the seeds ("Item N - Title", "- Name (XX) - Role" lists), varied by
/// `n`: names, dates, items and actions. `paragraphs` makes the body longer.
std::string minutes_text(int n, int paragraphs = 2);

/// Writes `count` minutes under `root` in `folders` sub-folders; returns their relative paths.
std::vector<std::string> make_tree(const fs::path& root, int count, int folders = 4,
                                   int paragraphs = 2);

/// Every regular file below `root` whose name ends in `suffix`: relative path -> content.
std::map<std::string, std::string> files_below(const fs::path& root,
                                               std::string_view suffix = ".xml");

/// True when the text converter converts the generated minutes (it is written in parallel
/// with these tests); tests of batches skip with a message until it does.
bool converter_ready();
#define MTK_REQUIRE_CONVERTER()          \
    if (!::mtk::test::converter_ready()) \
    GTEST_SKIP() << "the text converter does not convert minutes_text() yet"

/// The rows of a query on a manifest, each row its columns joined by '|'.
std::vector<std::string> query(const fs::path& db, const std::string& sql);

}  // namespace mtk::test
