// Text eight bytes at a time: tests on a 64-bit block of a string that mark each byte that
// passes with the top bit of that byte. The hot scans of the converters and the rules (case,
// spaces, digits, markup, control bytes) read a string block by block with these, and look at
// bytes one by one only in a block a test flags, and after the last whole block.
//
// The tests are per byte and hold on any machine; byte k of a block is bits 8k..8k+7 only on
// a little-endian one, which callers that shift marks from byte to byte must check.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace mtk::bytes8 {

inline constexpr std::uint64_t kOnes = 0x0101010101010101U;  ///< 1 in every byte
inline constexpr std::uint64_t kTops = kOnes * 0x80;         ///< the top bit of every byte

/// The eight bytes of `s` from `at`, which must be at most s.size() - 8.
inline std::uint64_t load(std::string_view s, std::size_t at) {
    std::uint64_t x = 0;
    std::memcpy(&x, s.data() + at, sizeof x);
    return x;
}

/// The top bit of each byte that is not ASCII (0x80 and above).
constexpr std::uint64_t non_ascii(std::uint64_t x) {
    return x & kTops;
}

/// The top bit of each byte below `n` (n <= 0x80); never of a byte that is not ASCII.
constexpr std::uint64_t below(std::uint64_t x, unsigned n) {
    return ~(((x & ~kTops) + kOnes * (0x80 - n)) | x) & kTops;
}

/// The top bit of each byte from `lo` to `hi` (lo <= hi <= 0x7F); never of a byte that is
/// not ASCII. The sums carry into a byte's top bit and never out of the byte: its low seven
/// bits are below 0x80 and what is added is at most 0x80.
constexpr std::uint64_t in_range(std::uint64_t x, unsigned lo, unsigned hi) {
    const std::uint64_t low7 = x & ~kTops;
    const std::uint64_t at_least_lo = low7 + kOnes * (0x80 - lo);
    const std::uint64_t above_hi = low7 + kOnes * (0x7F - hi);
    return ~x & at_least_lo & ~above_hi & kTops;
}

/// The top bit of each byte equal to `c` (c <= 0x7F): the bytes where x ^ c is zero.
constexpr std::uint64_t equal_to(std::uint64_t x, unsigned c) {
    const std::uint64_t z = x ^ (kOnes * c);
    return ~(((z & ~kTops) + ~kTops) | z) & kTops;
}

}  // namespace mtk::bytes8
