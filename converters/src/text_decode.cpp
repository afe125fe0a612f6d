#include "mtk/converters/text_decode.hpp"

// SHA256_Init/Update/Final: deprecated in OpenSSL 3 in favour of EVP, whose one-shot SHA256()
// also goes through; EVP loads the library's configuration (openssl.cnf) and its providers on
// first use, which would cost every `mtk` start and let a system file change what mtk runs.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>
#include <unicode/localpointer.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <bit>
#include <climits>
#include <cstdint>
#include <cstring>

#include "binary_verdict.hpp"
#include "mtk/bytes8.hpp"
#include "mtk/converters/converter.hpp"

// Code pages are ICU's converters (already linked for names; it knows every legacy code page
// Poco::Encodings knows and more: KOI8, Mac, DOS, EBCDIC, CJK), and SHA-256 is OpenSSL's (static),
// so that converting a document loads no Poco library: their symbol relocations cost each `mtk`
// start about 1 ms (bench/README.md).
namespace mtk::converters {
namespace {

std::string normalise_newlines(std::string_view in) {
    const char* cr = static_cast<const char*>(std::memchr(in.data(), '\r', in.size()));
    if (cr == nullptr) return std::string(in);
    std::string out;
    out.reserve(in.size());
    std::size_t at = 0;
    while (cr != nullptr) {  // the text up to each CR, then LF for CR or CRLF
        const auto pos = static_cast<std::size_t>(cr - in.data());
        out.append(in.substr(at, pos - at));
        out += '\n';
        at = pos + 1;
        if (at < in.size() && in[at] == '\n') ++at;
        cr = static_cast<const char*>(std::memchr(in.data() + at, '\r', in.size() - at));
    }
    out.append(in.substr(at));
    return out;
}

// The converter for a charset name ICU knows (any IANA alias), null otherwise.
icu::LocalUConverterPointer open_converter(const std::string& charset) {
    UErrorCode err = U_ZERO_ERROR;
    icu::LocalUConverterPointer conv(ucnv_open(charset.c_str(), &err));
    if (U_FAILURE(err)) conv.adoptInstead(nullptr);
    return conv;
}

// The name users know: MIME's ("ISO-8859-1"), else IANA's ("windows-1252"), else ICU's.
std::string display_name(UConverter* conv) {
    UErrorCode err = U_ZERO_ERROR;
    const char* name = ucnv_getName(conv, &err);
    for (const char* standard : {"MIME", "IANA"}) {
        UErrorCode e = U_ZERO_ERROR;
        if (const char* s = ucnv_getStandardName(name, standard, &e); s && U_SUCCESS(e)) return s;
    }
    return U_SUCCESS(err) ? name : "";
}

// Bytes the code page does not map become U+FFFD (ICU's default substitution).
std::string convert_with(UConverter* from, std::string_view bytes) {
    UErrorCode err = U_ZERO_ERROR;
    const icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), from, err);
    std::string out;
    if (U_SUCCESS(err)) text.toUTF8String(out);
    return out;
}

// The verdict a RememberedBinaryVerdict keeps; empty bytes when none is alive.
thread_local RememberedBinaryVerdict::State remembered;

bool scan_binary(std::string_view bytes) {
    // The control characters text does not use: all below 0x20 but tab, LF, FF and CR.
    constexpr std::uint32_t kNotText = ~((1U << '\t') | (1U << '\n') | (1U << '\f') | (1U << '\r'));
    const std::size_t n = std::min<std::size_t>(bytes.size(), 8192);
    if (std::memchr(bytes.data(), 0, n)) return true;
    // Eight bytes at a time, as every document is looked at (once, RememberedBinaryVerdict):
    // most chunks hold no byte below 0x20, and the few that do hold a newline or two.
    std::size_t control = 0;
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        const std::uint64_t chunk = bytes8::load(bytes, i);
        std::uint64_t below = bytes8::below(chunk, 0x20);
        for (; below != 0; below &= below - 1) {
            const auto c = unsigned(chunk >> (std::countr_zero(below) - 7)) & 0x1F;
            control += (kNotText >> c) & 1;
        }
    }
    for (; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        control += c < 0x20 && ((kNotText >> c) & 1);
    }
    return n > 0 && control * 20 > n;  // more than 5% control characters
}

}  // namespace

RememberedBinaryVerdict::RememberedBinaryVerdict(std::string_view bytes) : outer_(remembered) {
    remembered = {bytes, std::nullopt};
}

RememberedBinaryVerdict::~RememberedBinaryVerdict() {
    remembered = outer_;
}

bool looks_binary(std::string_view bytes) {
    if (bytes.data() != remembered.bytes.data() || bytes.size() != remembered.bytes.size() ||
        bytes.empty())
        return scan_binary(bytes);
    if (!remembered.verdict) remembered.verdict = scan_binary(bytes);
    return *remembered.verdict;
}

namespace {

// Length of the valid UTF-8 sequence at `i`, 0 when the bytes there are not one.
std::size_t sequence_at(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t len = c < 0x80           ? 1
                            : (c >> 5) == 0x6  ? 2
                            : (c >> 4) == 0xE  ? 3
                            : (c >> 3) == 0x1E ? 4
                                               : 0;
    if (len == 0 || i + len > s.size()) return 0;
    if (len == 2 && c < 0xC2) return 0;  // overlong
    for (std::size_t k = 1; k < len; ++k)
        if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2) return 0;
    const auto c1 = len > 1 ? static_cast<unsigned char>(s[i + 1]) : 0;
    if (len == 3 && ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0)))
        return 0;  // overlong, surrogates
    if (len == 4 && ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90) || c > 0xF4)) return 0;
    return len;
}

// 1-based line of byte `pos`; CRLF, LF and lone CR each end a line.
int line_of(std::string_view s, std::size_t pos) {
    int line = 1;
    for (std::size_t i = 0; i < pos && i < s.size(); ++i)
        if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n'))) ++line;
    return line;
}

}  // namespace

Utf8Scan scan_utf8(std::string_view s) {
    Utf8Scan r;
    const auto ascii8 = [&](std::size_t at) {  // eight bytes of ASCII from `at`
        return bytes8::non_ascii(bytes8::load(s, at)) == 0;
    };
    for (std::size_t i = 0; i < s.size();) {
        while (i + 8 <= s.size() && ascii8(i)) i += 8;
        if (i >= s.size()) break;
        const std::size_t len = sequence_at(s, i);
        if (len == 0) {
            if (r.first_invalid == std::string_view::npos) r.first_invalid = i;
            ++i;
            continue;
        }
        if (len > 1) ++r.multibyte_sequences;
        i += len;
    }
    return r;
}

bool is_valid_utf8(std::string_view s) {
    return scan_utf8(s).first_invalid == std::string_view::npos;
}

DecodedText decode_text(std::string_view bytes, std::string_view charset) {
    DecodedText out;
    if (bytes.size() > INT32_MAX) {  // ICU counts in int32_t; --max-size keeps far below
        out.error = "too large to decode";
        return out;
    }
    if (bytes.starts_with("\xEF\xBB\xBF")) {
        bytes.remove_prefix(3);
        out.encoding = "UTF-8";
    } else if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
        const bool le = bytes[0] == '\xFF';
        const auto utf16 = open_converter(le ? "UTF-16LE" : "UTF-16BE");
        out.text = normalise_newlines(convert_with(utf16.getAlias(), bytes.substr(2)));
        out.encoding = le ? "UTF-16LE" : "UTF-16BE";
        return out;
    } else if (looks_binary(bytes)) {
        out.error = "binary data, not text";
        return out;
    }
    if (out.encoding.empty() && !charset.empty()) {
        // An unknown charset name falls through to detection.
        if (const auto enc = open_converter(std::string(charset)); enc.isValid()) {
            if (std::string name = display_name(enc.getAlias()); name != "UTF-8") {
                out.text = normalise_newlines(convert_with(enc.getAlias(), bytes));
                out.encoding = std::move(name);
                return out;
            }
        }
    }
    const Utf8Scan scan = scan_utf8(bytes);
    if (scan.first_invalid == std::string_view::npos) {
        out.text = normalise_newlines(bytes);
        if (out.encoding.empty()) out.encoding = "UTF-8";
        return out;
    }
    if (scan.multibyte_sequences > 0 || out.encoding == "UTF-8") {
        // UTF-8 that got damaged (truncated, mixed with another encoding): say where,
        // rather than turning the valid parts into mojibake.
        out.error_line = line_of(bytes, scan.first_invalid);
        out.error = "invalid UTF-8 at line " + std::to_string(out.error_line);
        return out;
    }
    const auto cp1252 = open_converter("windows-1252");
    out.text = normalise_newlines(convert_with(cp1252.getAlias(), bytes));
    out.encoding = "windows-1252";
    return out;
}

bool is_known_charset(std::string_view charset) {
    return open_converter(std::string(charset)).isValid();
}

std::string digest_of(const SourceDocument& doc) {
    return doc.sha256 ? *doc.sha256 : sha256_hex(doc.bytes);
}

std::string sha256_hex(std::string_view bytes) {
    std::array<unsigned char, SHA256_DIGEST_LENGTH> digest{};
    SHA256_CTX ctx;
    SHA256_Init(&ctx);
    SHA256_Update(&ctx, bytes.data(), bytes.size());
    SHA256_Final(digest.data(), &ctx);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out(2 * digest.size(), '0');
    for (std::size_t i = 0; i < digest.size(); ++i) {
        out[2 * i] = kHex[digest[i] >> 4];
        out[2 * i + 1] = kHex[digest[i] & 0xF];
    }
    return out;
}

}  // namespace mtk::converters
