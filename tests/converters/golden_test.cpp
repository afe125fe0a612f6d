// Golden tests of the converters on the repository's samples.
//
// Every file under samples/ (any extension; not README*, not *.expected.*) is converted with
// mtk::converters::convert (format sniffed, as `mtk convert` does) and compared with the XML
// beside it: samples/text/X.txt -> samples/text/X.expected.xml. The expected XML must also
// validate against schemas/minutes.xsd. New samples are picked up without touching this file.
//
// MTK_ACCEPT=1 ctest -R golden   rewrites the expected files with the current output; read
// the diff (git diff samples/) before committing it.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "golden_support.hpp"

namespace fs = std::filesystem;

namespace mtk::test {
namespace {

const fs::path kSamples = MTK_SAMPLES_DIR;

std::vector<std::string> discover() {
    std::vector<std::string> out;
    if (!fs::is_directory(kSamples)) return out;
    for (const auto& e : fs::recursive_directory_iterator(kSamples)) {
        if (!e.is_regular_file()) continue;
        const std::string name = e.path().filename().string();
        if (name.find(".expected.") != std::string::npos || name.starts_with("README") ||
            name.starts_with("."))
            continue;
        out.push_back(fs::relative(e.path(), kSamples).generic_string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

fs::path expected_for(const std::string& rel) {
    fs::path p = kSamples / rel;
    return p.replace_extension(".expected.xml");
}

class Golden : public ::testing::TestWithParam<std::string> {};

TEST_P(Golden, MatchesExpectedXml) {
    const std::string rel = GetParam();
    const auto bytes = read_file(kSamples / rel);
    ASSERT_TRUE(bytes) << "cannot read " << rel;
    const std::string actual = convert_to_xml(rel, *bytes);
    const fs::path exp_path = expected_for(rel);
    if (accept_mode()) {
        write_file(exp_path, actual);
        GTEST_SKIP() << "rewrote " << exp_path;
    }
    const auto expected = read_file(exp_path);
    ASSERT_TRUE(expected) << "missing " << exp_path
                          << " (MTK_ACCEPT=1 writes it; check it by hand)";
    EXPECT_EQ(schema_errors(*expected), "") << exp_path << " does not validate";
    const std::string d = diff_lines(*expected, actual);
    EXPECT_TRUE(d.empty()) << rel << ":\n" << d;
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
    std::string n = info.param;
    for (char& c : n)
        if (!isalnum(static_cast<unsigned char>(c))) c = '_';
    return n;
}

INSTANTIATE_TEST_SUITE_P(Samples, Golden, ::testing::ValuesIn(discover()), test_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(Golden);

}  // namespace
}  // namespace mtk::test
