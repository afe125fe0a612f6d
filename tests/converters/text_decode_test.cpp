// Bytes -> UTF-8: valid UTF-8, Windows-1252, broken UTF-8, binary.
#include "mtk/converters/text_decode.hpp"

#include <gtest/gtest.h>

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

TEST(Decode, BrokenUtf8ThroughTheConverter) {
    ConvertResult r =
        convert({"x.txt", "Minutes 1 May 2020\n\xE2\x80\x93\nPresent: Ann \xE9 Smith\n"}, "text");
    EXPECT_FALSE(r.minutes);
    EXPECT_EQ(r.error, "invalid UTF-8 at line 3");
    EXPECT_EQ(r.error_line, 3);
}

}  // namespace
}  // namespace mtk::converters
