#include "mtk/converters/text_decode.hpp"

#include <Poco/SHA2Engine.h>
#include <Poco/TextConverter.h>
#include <Poco/TextEncoding.h>
#include <Poco/UTF16Encoding.h>
#include <Poco/UTF8Encoding.h>
#include <Poco/Windows1252Encoding.h>
#include <Poco/Encodings.h>

#include <mutex>

namespace mtk::converters {
namespace {

void register_encodings_once() {
    static std::once_flag once;
    std::call_once(once, [] { Poco::registerExtraEncodings(); });
}

std::string normalise_newlines(std::string_view in) {
    std::string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (in[i] == '\r') {
            out += '\n';
            if (i + 1 < in.size() && in[i + 1] == '\n') ++i;
        } else {
            out += in[i];
        }
    }
    return out;
}

std::string convert_with(const Poco::TextEncoding& from, std::string_view bytes) {
    Poco::UTF8Encoding utf8;
    Poco::TextConverter conv(from, utf8, 0xFFFD);
    std::string out;
    conv.convert(bytes.data(), int(bytes.size()), out);
    return out;
}

}  // namespace

bool looks_binary(std::string_view bytes) {
    const std::size_t n = std::min<std::size_t>(bytes.size(), 8192);
    std::size_t control = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0) return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
    }
    return n > 0 && control * 20 > n;  // more than 5% control characters
}

bool is_valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (len == 0 || i + std::size_t(len) > s.size()) return false;
        if (len == 2 && c < 0xC2) return false;  // overlong
        for (int k = 1; k < len; ++k)
            if ((static_cast<unsigned char>(s[i + std::size_t(k)]) >> 6) != 0x2) return false;
        if (len == 3) {
            const auto c1 = static_cast<unsigned char>(s[i + 1]);
            if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0)) return false;
        }
        if (len == 4) {
            const auto c1 = static_cast<unsigned char>(s[i + 1]);
            if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90) || c > 0xF4) return false;
        }
        i += std::size_t(len);
    }
    return true;
}

DecodedText decode_text(std::string_view bytes, std::string_view charset) {
    register_encodings_once();
    DecodedText out;
    if (bytes.starts_with("\xEF\xBB\xBF")) {
        bytes.remove_prefix(3);
        out.encoding = "UTF-8";
    } else if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
        const bool le = bytes[0] == '\xFF';
        Poco::UTF16Encoding utf16(le ? Poco::UTF16Encoding::LITTLE_ENDIAN_BYTE_ORDER
                                     : Poco::UTF16Encoding::BIG_ENDIAN_BYTE_ORDER);
        out.text = normalise_newlines(convert_with(utf16, bytes.substr(2)));
        out.encoding = le ? "UTF-16LE" : "UTF-16BE";
        return out;
    } else if (looks_binary(bytes)) {
        out.error = "binary data, not text";
        return out;
    }
    if (out.encoding.empty() && !charset.empty()) {
        try {
            const Poco::TextEncoding& enc = Poco::TextEncoding::byName(std::string(charset));
            if (std::string_view(enc.canonicalName()) != "UTF-8") {
                out.text = normalise_newlines(convert_with(enc, bytes));
                out.encoding = enc.canonicalName();
                return out;
            }
        } catch (const Poco::Exception&) {
            // unknown charset name: fall through to detection
        }
    }
    if (is_valid_utf8(bytes)) {
        out.text = normalise_newlines(bytes);
        if (out.encoding.empty()) out.encoding = "UTF-8";
        return out;
    }
    Poco::Windows1252Encoding cp1252;
    out.text = normalise_newlines(convert_with(cp1252, bytes));
    out.encoding = "windows-1252";
    return out;
}

std::string sha256_hex(std::string_view bytes) {
    Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
    engine.update(bytes.data(), unsigned(bytes.size()));
    return Poco::DigestEngine::digestToHex(engine.digest());
}

}  // namespace mtk::converters
