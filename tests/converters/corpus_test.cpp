// Hand-checked expected XML for documents of the shared development corpus.
//
// tests/converters/corpus/<file>.expected.xml holds the expected output for
// $MTK_SHARED_DIR/corpus/<file> (e.g. odpi-tsc-2018-01-11.md.expected.xml). The documents
// themselves are third-party texts and stay outside the repository; when the shared folder
// is absent the tests skip. Every *.expected.xml here is discovered, whatever the format.
// The document is converted with the format its expected XML names in meta/source/@format
// (auto when none). MTK_ACCEPT=1 rewrites the expected files (review the diff).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "golden_support.hpp"

namespace fs = std::filesystem;

namespace mtk::test {
namespace {

const fs::path kExpectedDir = MTK_CORPUS_EXPECTED_DIR;
const fs::path kCorpus = fs::path(MTK_SHARED_DIR) / "corpus";
constexpr std::string_view kSuffix = ".expected.xml";

std::vector<std::string> discover() {
    std::vector<std::string> out;
    if (!fs::is_directory(kExpectedDir)) return out;
    for (const auto& e : fs::directory_iterator(kExpectedDir)) {
        const std::string name = e.path().filename().string();
        if (e.is_regular_file() && name.ends_with(kSuffix))
            out.push_back(name.substr(0, name.size() - kSuffix.size()));
    }
    std::sort(out.begin(), out.end());
    return out;
}

class Corpus : public ::testing::TestWithParam<std::string> {};

TEST_P(Corpus, MatchesExpectedXml) {
    const std::string doc = GetParam();
    const auto bytes = read_file(kCorpus / doc);
    if (!bytes)
        GTEST_SKIP() << "shared corpus absent: " << (kCorpus / doc) << " (set MTK_SHARED_DIR)";
    const fs::path exp_path = kExpectedDir / (doc + std::string(kSuffix));
    const auto previous = read_file(exp_path);
    const std::string actual =
        convert_to_xml(doc, *bytes, previous ? source_format(*previous) : "auto");
    if (accept_mode()) {
        write_file(exp_path, actual);
        GTEST_SKIP() << "rewrote " << exp_path;
    }
    const auto& expected = previous;
    ASSERT_TRUE(expected);
    EXPECT_EQ(schema_errors(*expected), "") << exp_path << " does not validate";
    const std::string d = diff_lines(*expected, actual);
    EXPECT_TRUE(d.empty()) << doc << ":\n" << d;
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
    std::string n = info.param;
    for (char& c : n)
        if (!isalnum(static_cast<unsigned char>(c))) c = '_';
    return n;
}

INSTANTIATE_TEST_SUITE_P(Shared, Corpus, ::testing::ValuesIn(discover()), test_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(Corpus);

}  // namespace
}  // namespace mtk::test
