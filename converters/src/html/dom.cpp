#include "html/dom.hpp"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <utility>

namespace mtk::converters::html {

std::string_view attr(const xmlNode* n, const char* name) {
    if (!is_element(n)) return {};
    // The first attribute of that name outside any namespace, as xmlGetNoNsProp finds it
    // (which copies the value).
    for (const xmlAttr* a = n->properties; a; a = a->next)
        if (!a->ns && xmlStrEqual(a->name, reinterpret_cast<const xmlChar*>(name)))
            return attr_value(a);
    return {};
}

std::string_view attr_value(const xmlAttr* a) {
    const xmlNode* v = a->children;
    if (!v || v->next || (v->type != XML_TEXT_NODE && v->type != XML_CDATA_SECTION_NODE) ||
        !v->content)
        return {};
    return reinterpret_cast<const char*>(v->content);
}

std::string text_content(const xmlNode* n) {
    std::unique_ptr<xmlChar, decltype(xmlFree)> raw(xmlNodeGetContent(n), xmlFree);
    return raw ? std::string(reinterpret_cast<const char*>(raw.get())) : std::string();
}

bool has_attr(const xmlNode* n, const char* name) {
    return is_element(n) && n->properties &&
           xmlHasProp(n, reinterpret_cast<const xmlChar*>(name)) != nullptr;
}

int heading_level(const xmlNode* n) {
    const std::string_view s = name_of(n);
    return s.size() == 2 && s[0] == 'h' && s[1] >= '1' && s[1] <= '6' ? s[1] - '0' : 0;
}

bool is_block(const xmlNode* n) {
    static constexpr NameSet kBlocks(
        {"address",  "article",    "aside",  "blockquote", "body",   "caption", "center",
         "dd",       "details",    "dialog", "dir",        "div",    "dl",      "dt",
         "fieldset", "figcaption", "figure", "footer",     "form",   "h1",      "h2",
         "h3",       "h4",         "h5",     "h6",         "header", "hgroup",  "hr",
         "li",       "main",       "menu",   "nav",        "ol",     "p",       "pre",
         "section",  "summary",    "table",  "td",         "th",     "tr",      "ul"});
    return kBlocks.contains(name_of(n));
}

bool has_block_child(const xmlNode* n) {
    for (const xmlNode* c = n ? n->children : nullptr; c; c = c->next)
        if (is_block(c)) return true;
    return false;
}

std::optional<long> number_attr(const xmlNode* el, const char* name) {
    const std::string v(attr(el, name));
    char* end = nullptr;
    const long n = std::strtol(v.c_str(), &end, 10);
    if (v.empty() || *end != '\0' || n < -1'000'000 || n > 1'000'000) return std::nullopt;
    return n;
}

namespace {

std::string roman(long n) {
    static constexpr std::pair<int, std::string_view> kDigits[] = {
        {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
        {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
    std::string out;
    for (const auto& [value, digits] : kDigits)
        for (; n >= value; n -= value) out += digits;
    return out;
}

}  // namespace

std::string list_marker(char type, long n) {
    std::string m;
    if (n < 1 || type == '1') {
        m = std::to_string(n);
    } else if (type == 'a' || type == 'A') {
        for (long k = n; k > 0; k = (k - 1) / 26) m.insert(m.begin(), char('a' + (k - 1) % 26));
    } else {
        m = roman(std::min(n, 3999L));
    }
    if (type == 'A' || type == 'I')
        for (char& c : m) c = char(std::toupper(static_cast<unsigned char>(c)));
    return m + '.';
}

std::string compact_style(std::string_view style) {
    std::string out;
    out.reserve(style.size());
    for (const char c : style)
        if (c != ' ' && c != '\t' && c != '\n') out += ascii::lower(c);
    return out;
}

}  // namespace mtk::converters::html
