// Bytes -> UTF-8: valid UTF-8, Windows-1252, broken UTF-8, binary.
#include "mtk/converters/text_decode.hpp"

#include <gtest/gtest.h>

#include <string>

#include "binary_verdict.hpp"
#include "mtk/converters/registry.hpp"

namespace mtk::converters {
namespace {

TEST(Decode, ValidUtf8) {
    const auto d = decode_text("Item 2 \xE2\x80\x93 London\r\nnext\r");
    EXPECT_EQ(d.error, "");
    EXPECT_EQ(d.encoding, "UTF-8");
    EXPECT_EQ(d.text, "Item 2 \xE2\x80\x93 London\nnext\n");
}

TEST(Decode, Windows1252WhenNoMultibyte) {
    const auto d = decode_text("Caf\xE9 \x96 r\xE9sum\xE9");
    EXPECT_EQ(d.error, "");
    EXPECT_EQ(d.encoding, "windows-1252");
    EXPECT_EQ(d.text, "Caf\xC3\xA9 \xE2\x80\x93 r\xC3\xA9sum\xC3\xA9");
}

TEST(Decode, BrokenUtf8IsAnError) {
    const auto d = decode_text("Item \xE2\x80\x93 ok\nline two\nbad \xE9 here\n");
    EXPECT_EQ(d.error, "invalid UTF-8 at line 3");
    EXPECT_EQ(d.error_line, 3);
    const auto truncated = decode_text("a\r\nb \xC3\xA9\r\n\xE2\x80");
    EXPECT_EQ(truncated.error_line, 3);
    const auto scan = scan_utf8("x \xC3\xA9 \xFF");
    EXPECT_EQ(scan.first_invalid, 5u);
    EXPECT_EQ(scan.multibyte_sequences, 1u);
}

TEST(Decode, DeclaredCharsetsIncludeOtherLegacyCodePages) {
    const auto koi8 =
        decode_text("\xF0\xD2\xC9\xD3\xD5\xD4\xD3\xD4\xD7\xCF\xD7\xC1\xCC\xC9", "koi8-r");
    EXPECT_EQ(koi8.error, "");
    EXPECT_EQ(koi8.encoding, "KOI8-R");
    EXPECT_EQ(koi8.text,
              "\xD0\x9F\xD1\x80\xD0\xB8\xD1\x81\xD1\x83\xD1\x82\xD1\x81\xD1\x82\xD0\xB2"
              "\xD0\xBE\xD0\xB2\xD0\xB0\xD0\xBB\xD0\xB8");  // Присутствовали
    const auto latin1 = decode_text("Caf\xE9", "latin1");
    EXPECT_EQ(latin1.encoding, "ISO-8859-1");
    EXPECT_EQ(latin1.text, "Caf\xC3\xA9");
    EXPECT_TRUE(is_known_charset("macintosh"));
    EXPECT_FALSE(is_known_charset("no-such-charset"));
    // An unknown name falls back to detection.
    EXPECT_EQ(decode_text("Caf\xE9", "no-such-charset").encoding, "windows-1252");
}

TEST(Decode, Utf16ByItsByteOrderMark) {
    const auto le = decode_text(std::string("\xFF\xFEO\0k\0\r\0\n\0", 8));
    EXPECT_EQ(le.encoding, "UTF-16LE");
    EXPECT_EQ(le.text, "Ok\n");
    const auto be = decode_text(std::string("\xFE\xFF\0O\0k", 6));
    EXPECT_EQ(be.encoding, "UTF-16BE");
    EXPECT_EQ(be.text, "Ok");
}

TEST(Decode, Sha256KnownAnswers) {  // FIPS 180-2, appendix B
    EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(sha256_hex("abc"),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

// Without a NUL byte, a text is binary when more than 5% of its first 8 KB are control
// characters other than tab, newlines and form feed.
TEST(Decode, ControlCharactersBeyondLayoutMakeBinary) {
    EXPECT_FALSE(looks_binary("Minutes\tof\r\nthe\fmeeting\n\n\t\t"));
    EXPECT_TRUE(looks_binary("Minutes \x01\x02\x03 of the meeting"));
    std::string mostly_text(100, 'a');
    mostly_text.replace(0, 5, "\x1b\x1b\x1b\x1b\x1b");  // 5%: still text
    EXPECT_FALSE(looks_binary(mostly_text));
    mostly_text[5] = '\x1b';  // 6%
    EXPECT_TRUE(looks_binary(mostly_text));
    EXPECT_FALSE(looks_binary(std::string(8192, 'a') + std::string(1, '\0')));  // past 8 KB
    EXPECT_FALSE(looks_binary(""));
}

// While a document is converted its verdict is remembered, for exactly its bytes: another
// view, even of the same memory, is looked at anew; scopes nest and end.
TEST(Decode, ARememberedVerdictIsForTheSameBytesOnly) {
    const std::string doc = "Minutes \x01\x02\x03 of the meeting";  // binary
    const std::string_view bytes = doc;
    {
        const RememberedBinaryVerdict outer(bytes);
        EXPECT_TRUE(looks_binary(bytes));
        EXPECT_TRUE(looks_binary(bytes));
        EXPECT_FALSE(looks_binary(bytes.substr(0, 7)));  // "Minutes": text
        EXPECT_FALSE(looks_binary("Minutes of the meeting"));
        const std::string text = "Minutes of the meeting";
        {
            const RememberedBinaryVerdict inner(text);
            EXPECT_FALSE(looks_binary(text));
            EXPECT_TRUE(looks_binary(bytes));
        }
        EXPECT_TRUE(looks_binary(bytes));
    }
    EXPECT_TRUE(looks_binary(bytes));
}

// The count is exact wherever the control characters fall (eight-byte chunks and the tail),
// and bytes 0x80-0x9F, control characters only in their low seven bits, are not counted.
TEST(Decode, ControlCharactersCountedAtEveryOffset) {
    for (std::size_t at = 0; at < 23; ++at) {
        std::string s(100, 'a');
        s.replace(at, 6, "\x01\x1f\x0b\x0e\x08\x7f");  // 5 control characters, and DEL
        EXPECT_FALSE(looks_binary(s)) << at;           // 5%
        s[at + 6] = '\x1b';
        EXPECT_TRUE(looks_binary(s)) << at;  // 6%
    }
    EXPECT_FALSE(looks_binary(std::string(100, '\x81') + "\n\r\t\f"));
    EXPECT_FALSE(looks_binary(std::string(64, '\n') + std::string(36, '\t')));
    EXPECT_TRUE(looks_binary(std::string(7, '\x02')));  // all in the tail
}

TEST(Decode, CarriageReturnsBecomeLineFeeds) {
    EXPECT_EQ(decode_text("\r\ra\r\nb\rc\n\r\n\r").text, "\n\na\nb\nc\n\n\n");
    EXPECT_EQ(decode_text("no returns\n").text, "no returns\n");
}

TEST(Decode, BinaryRefused) {
    const std::string bin(
        "\x7F"
        "ELF\x02\x01\x01\0\0\0",
        10);
    EXPECT_EQ(decode_text(bin).error, "binary data, not text");
    ConvertResult r = convert({"x.bin", bin}, "text");
    EXPECT_FALSE(r.minutes);
    EXPECT_FALSE(r.error.empty());
}

TEST(Decode, SourceDigestHashedGivenOrLeftOut) {
    const std::string page =
        "<html><body><h1>Minutes 1 May 2020</h1><p>Present: Ann Smith</p>"
        "<h2>1. Welcome</h2><p>Noted.</p></body></html>";
    for (const auto& [format, text] :
         {std::pair<std::string, std::string>{"text", "Minutes 1 May 2020\n\nPresent: Ann Smith\n"},
          {"html", page}}) {
        SCOPED_TRACE(format);
        const ConvertResult hashed = convert({"m", text}, format);
        ASSERT_TRUE(hashed.minutes);
        EXPECT_EQ(hashed.minutes->meta.source.sha256, sha256_hex(text));
        EXPECT_EQ(hashed.minutes->meta.source.sha256.size(), 64u);
        const ConvertResult given = convert({"m", text, std::string(64, 'a')}, format);
        ASSERT_TRUE(given.minutes);
        EXPECT_EQ(given.minutes->meta.source.sha256, std::string(64, 'a'));
        const ConvertResult none = convert({"m", text, ""}, format);
        ASSERT_TRUE(none.minutes);
        EXPECT_EQ(none.minutes->meta.source.sha256, "");
    }
}

TEST(Decode, BrokenUtf8ThroughTheConverter) {
    ConvertResult r =
        convert({"x.txt", "Minutes 1 May 2020\n\xE2\x80\x93\nPresent: Ann \xE9 Smith\n"}, "text");
    EXPECT_FALSE(r.minutes);
    EXPECT_EQ(r.error, "invalid UTF-8 at line 3");
    EXPECT_EQ(r.error_line, 3);
}

}  // namespace
}  // namespace mtk::converters
