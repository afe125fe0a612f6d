// Golden findings: every sample under samples/ (X.txt, X.md, X.html) has X.expected.findings
// beside it, the exact text `mtk check X` prints from the repository root with no config.
// Each sample is converted in memory (the converters are linked here, in the test only:
// the rules never depend on them), checked alone, and printed by the text formatter.
// MTK_ACCEPT=1 rewrites the goldens; review the diff.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <span>
#include <sstream>

#include "formatters/formatter.hpp"
#include "mtk/converters/registry.hpp"
#include "mtk/validators/registry.hpp"
#include "mtk/xml_io.hpp"

namespace {

namespace fs = std::filesystem;
const fs::path kRoot = MTK_SOURCE_DIR;

std::vector<std::string> samples() {
    std::vector<std::string> out;
    if (!fs::is_directory(kRoot / "samples")) return out;
    for (const auto& e : fs::recursive_directory_iterator(kRoot / "samples")) {
        const std::string ext = e.path().extension().string();
        if (e.is_regular_file() && (ext == ".txt" || ext == ".md" || ext == ".html"))
            out.push_back(fs::relative(e.path(), kRoot).generic_string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// What `mtk check PATH` prints (tools/mtk/cmd_check.cpp): converter warnings and rule
// findings of the one file, sorted, in the text format.
std::string check(const std::string& path) {
    mtk::converters::ConvertResult r = mtk::converters::convert({path, read(kRoot / path)});
    if (!r.minutes) return "mtk: " + path + ": " + r.error + "\n";
    mtk::Diagnostics findings;
    for (mtk::Diagnostic& w : r.warnings) {
        w.file = path;
        findings.push_back(std::move(w));
    }
    std::string xml = mtk::to_xml(*r.minutes);
    const std::vector<mtk::validators::Document> docs{
        {path, std::move(*r.minutes), false, std::move(xml)}};
    for (mtk::Diagnostic& d : mtk::validators::run_rules(docs, {}))
        findings.push_back(std::move(d));
    std::stable_sort(findings.begin(), findings.end());
    mtk::cli::Report report;
    report.files.push_back({path, std::move(findings)});
    std::ostringstream out;
    mtk::cli::format_text(out, report);
    return out.str();
}

class FindingsGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(FindingsGolden, MatchesExpectedFindings) {
    const std::string& sample = GetParam();
    const fs::path golden = kRoot / (sample.substr(0, sample.rfind('.')) + ".expected.findings");
    const std::string actual = check(sample);
    if (const char* accept = std::getenv("MTK_ACCEPT"); accept && std::string(accept) == "1") {
        std::ofstream(golden, std::ios::binary) << actual;
        GTEST_SKIP() << "rewrote " << golden;
    }
    ASSERT_TRUE(fs::exists(golden)) << golden << " is missing: run with MTK_ACCEPT=1 and review it";
    EXPECT_EQ(actual, read(golden))
        << "findings differ from " << golden << " (MTK_ACCEPT=1 rewrites it)";
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
    std::string n = info.param;
    for (char& c : n)
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    return n;
}

// The five LCRB seeds (shared/seeds) checked as one set: the rules that compare documents
// find the two names written two ways across meetings, and nothing else beyond what each
// document raises alone.
TEST(SeedArchive, SetRulesFindNamesWrittenTwoWaysAcrossMeetings) {
    const fs::path seeds = fs::path(MTK_SHARED_DIR) / "seeds";
    if (!fs::is_directory(seeds)) GTEST_SKIP() << seeds << " is not there";
    std::vector<mtk::validators::Document> docs;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(seeds)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
        const std::string name = f.filename().string();
        mtk::converters::ConvertResult r = mtk::converters::convert({name, read(f)});
        ASSERT_TRUE(r.minutes) << name << ": " << r.error;
        std::string xml = mtk::to_xml(*r.minutes);
        docs.push_back({name, std::move(*r.minutes), false, std::move(xml)});
    }
    auto lines = [](std::span<const mtk::validators::Document> set) {
        std::vector<std::string> out;
        for (const mtk::Diagnostic& d : mtk::validators::run_rules(set, {}))
            out.push_back(d.file + ":" + std::to_string(d.line) + ": " + d.message + " [" + d.rule +
                          "]");
        return out;
    };
    // What the set finds beyond what each document finds alone.
    std::vector<std::string> alone;
    for (std::size_t i = 0; i < docs.size(); ++i)
        for (std::string& l : lines(std::span(docs).subspan(i, 1))) alone.push_back(std::move(l));
    std::vector<std::string> across;
    for (std::string& l : lines(docs))
        if (std::find(alone.begin(), alone.end(), l) == alone.end()) across.push_back(std::move(l));
    EXPECT_EQ(
        across,
        (std::vector<std::string>{
            "002_db5f7d11dcde51e6.txt:49: 'Claudia Strut' is written 'Claudia Sturt' in "
            "000_87547ba3731d3063.txt, line 44 [names/inconsistent-spelling]",
            "003_bc5123fd089beeb5.txt:14: 'Sir Stephen House' is written 'Sir Steve House' in "
            "002_db5f7d11dcde51e6.txt, line 19 [names/inconsistent-spelling]",
        }));
}

INSTANTIATE_TEST_SUITE_P(Samples, FindingsGolden, ::testing::ValuesIn(samples()), test_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(FindingsGolden);

}  // namespace
