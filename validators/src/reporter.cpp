#include <algorithm>
#include <string>

#include "mtk/bytes8.hpp"
#include "mtk/validators/rule.hpp"

namespace mtk::validators {
namespace {

// Findings print one per line: line breaks quoted from the minutes become spaces.
// True when no byte of `s` is below 0x0E (line breaks and tabs are): eight bytes at a time.
bool no_control_below_0e(std::string_view s) {
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8)
        if (bytes8::below(bytes8::load(s, i), 0x0E) != 0) return false;
    for (; i < s.size(); ++i)
        if (static_cast<unsigned char>(s[i]) < 0x0E) return false;
    return true;
}

std::string one_line(std::string s) {
    const auto breaks = [](char c) { return c == '\n' || c == '\r' || c == '\t'; };
    // Most messages have no byte below 0x0E, so no break.
    if (no_control_below_0e(s) || std::none_of(s.begin(), s.end(), breaks)) return s;
    std::string out;
    for (char c : s) {
        if (!breaks(c))
            out += c;
        else if (!out.empty() && out.back() != ' ')
            out += ' ';
    }
    return out;
}

}  // namespace

void Reporter::report(const Document& doc, const Origin& where, std::string message) {
    Diagnostic d;
    d.rule = std::string(info_.id);
    d.severity = severity_;
    d.message = one_line(std::move(message));
    d.file = doc.path;
    d.line = line_of(doc, where);
    if (doc.from_xml) d.xpath = where.xpath;
    out_.push_back(std::move(d));
}

void Reporter::report_at(const Document& doc, int line, int column, std::string message) {
    Diagnostic d;
    d.rule = std::string(info_.id);
    d.severity = severity_;
    d.message = one_line(std::move(message));
    d.file = doc.path;
    d.line = line;
    d.column = column;
    out_.push_back(std::move(d));
}

}  // namespace mtk::validators

namespace mtk::validators {

std::string line_ref(const Document& doc, const Origin& where) {
    const int line = line_of(doc, where);
    return line > 0 ? "line " + std::to_string(line) : "";
}

int RuleContext::option_int(std::string_view name, int fallback) const {
    const auto it = options.find(name);
    // load_config has checked that the value is an integer.
    return it == options.end() ? fallback : std::stoi(it->second);
}

}  // namespace mtk::validators
