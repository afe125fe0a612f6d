#include "html_converter.hpp"

#include <algorithm>
#include <cctype>

#include "html/blocks.hpp"
#include "html/charset.hpp"
#include "html/dom.hpp"
#include "html/main_content.hpp"
#include "html/parse.hpp"
#include "layout/assemble.hpp"
#include "mtk/converters/text_decode.hpp"

namespace mtk::converters {
namespace {

using namespace std::string_view_literals;

// Structural tags, counted to tell an HTML fragment from markdown that quotes a tag.
constexpr std::string_view kStructuralTags[] = {
    "article", "body", "br",   "dd", "div", "dl",      "dt",    "h1", "h2", "h3", "h4", "h5",
    "h6",      "li",   "main", "ol", "p",   "section", "table", "td", "th", "tr", "ul"};

int structural_tags(std::string_view s) {
    int count = 0;
    for (std::size_t at = s.find('<'); at != std::string_view::npos; at = s.find('<', at + 1)) {
        std::size_t i = at + 1;
        if (i < s.size() && s[i] == '/') ++i;
        std::size_t end = i;
        while (end < s.size() && std::isalnum(static_cast<unsigned char>(s[end]))) ++end;
        if (end == i || end >= s.size() ||
            !(s[end] == '>' || s[end] == ' ' || s[end] == '/' || s[end] == '\n' || s[end] == '\t'))
            continue;
        const std::string_view name = s.substr(i, end - i);
        count += std::any_of(std::begin(kStructuralTags), std::end(kStructuralTags),
                             [name](std::string_view tag) { return html::iequals(name, tag); });
    }
    return count;
}

Diagnostic warning(const SourceDocument& doc, std::string rule, std::string message, int line) {
    Diagnostic d;
    d.rule = std::move(rule);
    d.severity = Severity::warning;
    d.message = std::move(message);
    d.file = doc.name;
    d.line = line;
    return d;
}

}  // namespace

int HtmlConverter::sniff(std::string_view bytes) const {
    if (looks_binary(bytes)) return 0;
    std::string_view s = bytes.substr(0, 65536);
    if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);
    const std::string_view head = s.substr(0, 1024);
    const std::size_t first = head.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos) {
        const std::string_view h = head.substr(first);
        if (html::istarts_with(h, "<!doctype html") || html::istarts_with(h, "<html")) return 95;
        if (html::istarts_with(h, "<?xml")) return html::icontains(head, "<html") ? 95 : 0;
    }
    // A fragment: tags are many, and most non-blank lines start with one.
    if (structural_tags(s) < 5) return 0;
    int lines = 0;
    int tag_lines = 0;
    for (std::size_t at = 0; at < s.size();) {
        std::size_t end = s.find('\n', at);
        if (end == std::string_view::npos) end = s.size();
        const std::string_view line = s.substr(at, end - at);
        const std::size_t c = line.find_first_not_of(" \t\r");
        if (c != std::string_view::npos) {
            ++lines;
            tag_lines += line[c] == '<';
        }
        at = end + 1;
    }
    return lines > 0 && tag_lines * 5 >= lines ? 80 : 0;
}

ConvertResult HtmlConverter::convert(const SourceDocument& doc) const {
    ConvertResult r;
    const html::DecodedPage page = html::decode_page(doc.bytes);
    if (!page.decoded.error.empty()) {
        r.error = page.decoded.error;
        return r;
    }
    const html::ParsedHtml parsed = html::parse_html(page.decoded.text);
    if (!parsed.doc()) {
        r.error = "could not be parsed as HTML";
        return r;
    }
    const html::PageLayout layout(parsed.doc());
    const std::vector<SourceLine> lines = html::extract_lines(parsed, layout);
    if (lines.empty()) {
        r.error = "no minutes found: the page has no text content";
    } else {
        r = assemble_minutes(lines);
        if (!r.minutes && !r.error.starts_with("no minutes found"))
            r.error = "no minutes found: " + r.error;
    }
    if (!page.note.empty()) r.warnings.push_back(warning(doc, "convert/encoding", page.note, 1));
    if (parsed.stopped_at_depth_limit)
        r.warnings.push_back(warning(doc, "convert/nesting-too-deep",
                                     "markup nested deeper than 256 levels; the page was read "
                                     "only up to that point",
                                     lines.empty() ? 0 : lines.back().line));
    if (r.minutes) r.minutes->meta.source = {"html", doc.name, digest_of(doc)};
    return r;
}

}  // namespace mtk::converters
