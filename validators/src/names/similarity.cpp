#include "names/similarity.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace mtk::validators::names {

// Hand-written: ICU has no edit distance, and this is the textbook O(n*m) table, of which
// only the last three rows are kept (a transposition looks two rows back), in one buffer.
int damerau_levenshtein(std::string_view a, std::string_view b) {
    const std::size_t n = a.size(), m = b.size();
    // Names are short: their rows fit on the stack, longer texts take the heap.
    constexpr std::size_t kOnStack = 3 * 32;
    std::array<int, kOnStack> small;
    std::vector<int> large;
    if (3 * (m + 1) > kOnStack) large.resize(3 * (m + 1));
    int* const rows = large.empty() ? small.data() : large.data();
    auto row = [&](std::size_t i) { return rows + (i % 3) * (m + 1); };
    for (std::size_t j = 0; j <= m; ++j) row(0)[j] = int(j);
    for (std::size_t i = 1; i <= n; ++i) {
        int* d = row(i);
        const int* up = row(i - 1);
        const int* up2 = row(i + 1);  // row i - 2
        d[0] = int(i);
        for (std::size_t j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[j] = std::min({up[j] + 1, d[j - 1] + 1, up[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[j] = std::min(d[j], up2[j - 2] + 1);
        }
    }
    return row(n)[m];
}

int slip_threshold(std::size_t length_a, std::size_t length_b) {
    const std::size_t shorter = std::min(length_a, length_b);
    return shorter <= 4 ? 0 : shorter <= 8 ? 1 : 2;
}

bool is_slip(std::string_view a, std::string_view b) {
    if (a == b) return false;
    // The distance is at least the difference in length: most pairs are decided without
    // the table.
    const int bound = slip_threshold(a.size(), b.size());
    const std::size_t longer = std::max(a.size(), b.size()), shorter = std::min(a.size(), b.size());
    if (bound == 0 || longer - shorter > std::size_t(bound)) return false;
    return damerau_levenshtein(a, b) <= bound;
}

}  // namespace mtk::validators::names
