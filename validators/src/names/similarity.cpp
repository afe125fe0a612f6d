#include "names/similarity.hpp"

#include <algorithm>
#include <vector>

namespace mtk::validators::names {

// Hand-written: ICU has no edit distance, and this is the textbook O(n*m) table.
int damerau_levenshtein(std::string_view a, std::string_view b) {
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
    for (std::size_t i = 0; i <= n; ++i) d[i][0] = int(i);
    for (std::size_t j = 0; j <= m; ++j) d[0][j] = int(j);
    for (std::size_t i = 1; i <= n; ++i)
        for (std::size_t j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[n][m];
}

int slip_threshold(std::size_t length_a, std::size_t length_b) {
    const std::size_t shorter = std::min(length_a, length_b);
    return shorter <= 4 ? 0 : shorter <= 8 ? 1 : 2;
}

bool is_slip(std::string_view a, std::string_view b) {
    if (a == b) return false;
    return damerau_levenshtein(a, b) <= slip_threshold(a.size(), b.size());
}

}  // namespace mtk::validators::names
