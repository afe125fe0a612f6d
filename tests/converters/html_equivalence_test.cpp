// One set of layout rules: each samples/html/X.html (a CMS page of a seed document) converts
// to the same XML as samples/text/X.txt (the seed as scraped text), apart from meta/source
// and the line attributes, which name different files. Pairs are discovered: every HTML
// sample with a text sample of the same stem.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "mtk/converters/registry.hpp"
#include "mtk/xml_io.hpp"

namespace fs = std::filesystem;

namespace mtk::converters {
namespace {

const fs::path kSamples = MTK_SAMPLES_DIR;

std::vector<std::string> paired_stems() {
    std::vector<std::string> out;
    if (!fs::is_directory(kSamples / "html")) return out;
    for (const auto& e : fs::directory_iterator(kSamples / "html")) {
        if (e.path().extension() != ".html") continue;
        const std::string stem = e.path().stem().string();
        if (fs::exists(kSamples / "text" / (stem + ".txt"))) out.push_back(stem);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The XML without what differs by construction: the source element and line attributes.
std::string comparable_xml(const fs::path& p) {
    const ConvertResult r = convert({p.filename().string(), read(p)});
    if (!r.minutes) return "ERROR: " + r.error;
    std::istringstream in(to_xml(*r.minutes));
    std::string out;
    for (std::string l; std::getline(in, l);) {
        if (l.find("<source ") != std::string::npos) continue;
        for (std::size_t at; (at = l.find(" line=\"")) != std::string::npos;)
            l.erase(at, l.find('"', at + 7) + 1 - at);
        out += l + '\n';
    }
    return out;
}

class HtmlEquivalence : public ::testing::TestWithParam<std::string> {};

TEST_P(HtmlEquivalence, SameXmlAsTheTextForm) {
    const std::string stem = GetParam();
    const std::string html = comparable_xml(kSamples / "html" / (stem + ".html"));
    const std::string text = comparable_xml(kSamples / "text" / (stem + ".txt"));
    EXPECT_FALSE(html.starts_with("ERROR")) << html;
    EXPECT_EQ(html, text);
}

// The five seeds each have a text sample and an HTML page.
TEST(HtmlEquivalencePairs, EverySeedHasItsPage) {
    if (!fs::is_directory(kSamples / "text")) GTEST_SKIP() << "no text samples yet";
    EXPECT_GE(paired_stems().size(), 5u);
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
    std::string n = info.param;
    std::replace_if(
        n.begin(), n.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); },
        '_');
    return n;
}

INSTANTIATE_TEST_SUITE_P(Samples, HtmlEquivalence, ::testing::ValuesIn(paired_stems()), test_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(HtmlEquivalence);

}  // namespace
}  // namespace mtk::converters
