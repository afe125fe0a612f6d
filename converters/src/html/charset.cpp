#include "html/charset.hpp"

#include <algorithm>
#include <array>

#include "html/dom.hpp"

namespace mtk::converters::html {
namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// The value after `key=` (lowercase; the key in any case) in `s`, quoted or not,
// lowercase; empty when absent.
std::string value_after(std::string_view s, std::string_view key) {
    std::size_t at = 0;
    while ((at = ifind(s, key, at)) != std::string_view::npos) {
        std::size_t i = at + key.size();
        at = i;
        while (i < s.size() && is_space(s[i])) ++i;
        if (i >= s.size() || s[i] != '=') continue;
        ++i;
        while (i < s.size() && is_space(s[i])) ++i;
        const char quote = i < s.size() && (s[i] == '"' || s[i] == '\'') ? s[i] : '\0';
        if (quote) ++i;
        std::size_t end = i;
        while (end < s.size() && (quote ? s[end] != quote
                                        : !is_space(s[end]) && s[end] != '>' && s[end] != ';' &&
                                              s[end] != '"' && s[end] != '\''))
            ++end;
        return lowercase(s.substr(i, end - i));
    }
    return {};
}

// WHATWG Encoding: these labels all mean windows-1252 in a browser.
std::string canonical(std::string label) {
    static constexpr std::array kWindows1252 = {
        "ansi_x3.4-1968", "ascii",           "cp1252",     "cp819",     "csisolatin1",
        "ibm819",         "iso-8859-1",      "iso-ir-100", "iso8859-1", "iso88591",
        "iso_8859-1",     "iso_8859-1:1987", "l1",         "latin1",    "us-ascii",
        "windows-1252",   "x-cp1252"};
    if (std::find(kWindows1252.begin(), kWindows1252.end(), label) != kWindows1252.end())
        return "windows-1252";
    // A page cannot really be UTF-16 if its meta tag could be read as ASCII: browsers
    // take such labels as UTF-8.
    if (label == "utf8" || label == "unicode-1-1-utf-8" || label.starts_with("utf-16"))
        return "utf-8";
    return label;
}

}  // namespace

std::string declared_charset(std::string_view bytes) {
    // Markup is matched in any case, in place: the declaration is usually in the first
    // hundred bytes.
    const std::string_view h = bytes.substr(0, 4096);
    if (istarts_with(h, "<?xml")) {
        const std::size_t end = h.find("?>");
        const std::string enc = value_after(h.substr(0, end), "encoding");
        if (!enc.empty()) return canonical(enc);
    }
    std::size_t at = 0;
    while ((at = ifind(h, "<meta", at)) != std::string_view::npos) {
        const std::size_t end = h.find('>', at);
        const std::string_view tag = h.substr(at, end == std::string_view::npos ? end : end - at);
        at += 5;
        std::string cs = value_after(tag, "charset");
        if (cs.empty()) continue;
        // <meta charset=X> or <meta http-equiv=Content-Type content="text/html; charset=X">
        // (value_after finds the charset= inside the content attribute either way).
        return canonical(std::move(cs));
    }
    return {};
}

DecodedPage decode_page(std::string_view bytes) {
    DecodedPage out;
    const bool bom = bytes.starts_with("\xEF\xBB\xBF") || bytes.starts_with("\xFF\xFE") ||
                     bytes.starts_with("\xFE\xFF");
    const std::string declared = bom ? std::string() : declared_charset(bytes);
    out.decoded = decode_text(bytes, declared);
    if (bom || !out.decoded.error.empty()) return out;
    const std::string got = lowercase(out.decoded.encoding);
    if (declared.empty()) {
        if (got != "utf-8")
            out.note =
                "no charset declared and not valid UTF-8; decoded as " + out.decoded.encoding;
    } else if (declared == "utf-8" && got != "utf-8") {
        out.note = "declared UTF-8 but not valid UTF-8; decoded as " + out.decoded.encoding;
    } else if (!is_known_charset(declared)) {
        out.note = "unknown charset '" + declared + "'; decoded as " + out.decoded.encoding;
    }
    return out;
}

}  // namespace mtk::converters::html
