#include "mtk/bytes8.hpp"

#include <gtest/gtest.h>

#include <string>

namespace mtk::bytes8 {
namespace {

// Every byte value at every place of a block, among neighbours that would carry or borrow
// into it if a test leaked from byte to byte.
template <typename Test, typename Expected>
void expect_per_byte(Test test, Expected expected) {
    for (const unsigned char filler : {0x00, 0x1F, 0x20, 0x41, 0x5A, 0x7F, 0x80, 0xEF, 0xFF}) {
        for (std::size_t at = 0; at < 8; ++at) {
            for (unsigned b = 0; b < 256; ++b) {
                std::string block(8, char(filler));
                block[at] = char(b);
                const std::uint64_t marks = test(load(block, 0));
                for (std::size_t k = 0; k < 8; ++k) {
                    const auto byte = static_cast<unsigned char>(block[k]);
                    // the mark of byte k: the top bit of the k-th byte in memory
                    std::string top(8, '\0');
                    top[k] = '\x80';
                    const std::uint64_t mark = load(top, 0);
                    ASSERT_EQ((marks & mark) != 0, expected(byte))
                        << "byte " << b << " at " << at << ", filler " << int(filler)
                        << ", looking at " << k;
                }
                ASSERT_EQ(marks & ~kTops, 0u);  // marks are top bits only
            }
        }
    }
}

TEST(Bytes8, InRangeMarksExactlyTheBytesInTheRange) {
    const std::pair<unsigned, unsigned> ranges[] = {
        {0, 0x1F},    {'\t', '\r'}, {'0', '9'},   {'A', 'Z'}, {'a', 'z'},
        {0x5B, 0x60}, {0, 0x7F},    {0x7F, 0x7F}, {' ', ' '}, {0, 0}};
    for (const auto& range : ranges) {
        const unsigned lo = range.first, hi = range.second;  // (lambdas cannot capture bindings)
        expect_per_byte([&](std::uint64_t x) { return in_range(x, lo, hi); },
                        [&](unsigned char c) { return c >= lo && c <= hi; });
    }
}

TEST(Bytes8, BelowMarksExactlyTheBytesBelow) {
    for (const unsigned n : {0u, 1u, 0x20u, 0x41u, 0x7Fu, 0x80u})
        expect_per_byte([&](std::uint64_t x) { return below(x, n); },
                        [&](unsigned char b) { return b < n; });
}

TEST(Bytes8, EqualToMarksExactlyTheBytesEqual) {
    for (const unsigned c : {0u, unsigned(' '), unsigned('<'), 0x7Fu})
        expect_per_byte([&](std::uint64_t x) { return equal_to(x, c); },
                        [&](unsigned char b) { return b == c; });
}

TEST(Bytes8, NonAsciiMarksTheBytesFrom0x80) {
    expect_per_byte([](std::uint64_t x) { return non_ascii(x); },
                    [](unsigned char b) { return b >= 0x80; });
}

}  // namespace
}  // namespace mtk::bytes8
