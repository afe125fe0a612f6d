#include "golden_support.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

#include "mtk/converters/registry.hpp"
#include "mtk/xml_io.hpp"
#include "mtk/xsd.hpp"

namespace mtk::test {
namespace {

std::vector<std::string> split(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string l; std::getline(in, l);) out.push_back(l);
    return out;
}

}  // namespace

std::optional<std::string> read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void write_file(const std::filesystem::path& p, const std::string& text) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << text;
}

bool accept_mode() {
    const char* v = std::getenv("MTK_ACCEPT");
    return v && std::string(v) == "1";
}

std::string diff_lines(const std::string& expected, const std::string& actual) {
    const auto e = split(expected), a = split(actual);
    std::size_t first = 0;
    while (first < e.size() && first < a.size() && e[first] == a[first]) ++first;
    if (first == e.size() && first == a.size()) return {};
    // the end of the difference: common suffix
    std::size_t ke = e.size(), ka = a.size();
    while (ke > first && ka > first && e[ke - 1] == a[ka - 1]) --ke, --ka;
    std::ostringstream out;
    const std::size_t from = first >= 3 ? first - 3 : 0;
    out << "first difference at line " << first + 1 << " (expected " << e.size() << " lines, got "
        << a.size() << ")\n";
    for (std::size_t i = from; i < first; ++i) out << "  " << e[i] << '\n';
    for (std::size_t i = first; i < ke && i < first + 40; ++i) out << "- " << e[i] << '\n';
    for (std::size_t i = first; i < ka && i < first + 40; ++i) out << "+ " << a[i] << '\n';
    out << "(set MTK_ACCEPT=1 to rewrite the expected file with the converter's output)\n";
    return out.str();
}

std::string convert_to_xml(const std::string& name, const std::string& bytes,
                           const std::string& format) {
    const converters::ConvertResult r = converters::convert({name, bytes}, format);
    if (!r.minutes) return "ERROR: " + r.error + "\n";
    return to_xml(*r.minutes);
}

std::string source_format(const std::string& xml) {
    const std::size_t src = xml.find("<source ");
    if (src == std::string::npos) return "auto";
    const std::size_t f = xml.find("format=\"", src);
    if (f == std::string::npos) return "auto";
    const std::size_t end = xml.find('"', f + 8);
    return end == std::string::npos ? "auto" : xml.substr(f + 8, end - f - 8);
}

std::string schema_errors(const std::string& xml) {
    static const Schema schema(default_schema_path());
    std::string out;
    for (const SchemaError& e : schema.validate(xml))
        out += std::to_string(e.line) + ":" + std::to_string(e.column) + ": " + e.message + "\n";
    return out;
}

}  // namespace mtk::test
