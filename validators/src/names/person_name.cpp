#include "names/person_name.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <span>
#include <stdexcept>

#include "names/first_names.hpp"
#include "names/fold.hpp"

namespace mtk::validators::names {
namespace {

// Honorifics, ranks and offices written before a name, folded and without dots.
constexpr std::string_view kTitles[] = {
    "ac", "acc", "assistant", "baroness", "baron", "bishop", "canon", "captain", "ch", "chief",
    "cllr", "col", "colonel", "commander", "commissioner", "constable", "councillor", "cmdr", "dac",
    "dame", "deputy", "det", "detective", "dr", "hon", "insp", "inspector", "judge", "lady", "lord",
    "mayor", "miss", "mr", "mrs", "ms", "mx", "prof", "professor", "rev", "revd", "rt", "sergeant",
    "sir", "superintendent", "supt", "the",
    // North American civic titles
    "alderman", "alderwoman", "councilmember", "councilman", "councilwoman", "councilor",
    "selectman", "selectwoman", "supervisor", "trustee", "senator", "sheriff",
    // Australia and New Zealand
    "cr", "crs"};
// Post-nominal letters written after a name.
constexpr std::string_view kPostNominals[] = {"am",  "cbe", "dbe", "dl",  "frsa", "jp",
                                              "kbe", "kc",  "mbe", "obe", "qpm"};

// A list of folded words, ordered by length at compile time and looked up by length and
// first letter first: names are parsed by the thousand, each checks its first and last words
// against the lists, and most words fail on their length and first letter; the others are
// compared with the few words of their length.
template <std::size_t N>
class WordList {
  public:
    constexpr explicit WordList(const std::string_view (&words)[N]) {
        std::copy(std::begin(words), std::end(words), by_length_.begin());
        std::sort(by_length_.begin(), by_length_.end(),
                  [](std::string_view a, std::string_view b) { return a.size() < b.size(); });
        for (std::string_view w : words) {
            // Not a constant expression (a compile error) for a word the masks cannot hold.
            if (w.size() >= initials_.size() || w[0] < 'a' || w[0] > 'z')
                throw std::logic_error("WordList: a word of 1 to 15 bytes from a to z");
            initials_[w.size()] |= std::uint32_t{1} << unsigned(w[0] - 'a');
            ++ends_[w.size()];
        }
        for (std::size_t length = 1; length < ends_.size(); ++length)
            ends_[length] += ends_[length - 1];
    }
    bool contains(std::string_view w) const {
        if (w.empty() || w.size() >= initials_.size() || w[0] < 'a' || w[0] > 'z' ||
            (initials_[w.size()] >> unsigned(w[0] - 'a') & 1) == 0)
            return false;
        for (std::size_t k = ends_[w.size() - 1]; k < ends_[w.size()]; ++k)
            if (by_length_[k].front() == w.front() && by_length_[k] == w) return true;
        return false;
    }

  private:
    std::array<std::string_view, N> by_length_{};
    /// By a length: the end in by_length_ of the words of that length or shorter.
    std::array<std::size_t, 16> ends_{};
    /// By a word's length: bit c set when a word of that length starts with 'a' + c.
    std::array<std::uint32_t, 16> initials_{};
};
constexpr WordList kTitleList(kTitles);
constexpr WordList kPostNominalList(kPostNominals);

// The C locale's character classes, inline (names are parsed by the thousand).
constexpr bool is_lower(char c) {
    return c >= 'a' && c <= 'z';
}
constexpr bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
constexpr bool is_alnum(char c) {
    return is_lower(c) || is_upper(c) || (c >= '0' && c <= '9');
}

// Lower-case ASCII letters, digits and hyphens of a folded word (no dots, apostrophes).
std::string letters(std::string_view folded) {
    std::string out;
    for (char c : folded)
        if (is_alnum(c) || c == '-') out += c;
    while (!out.empty() && out.back() == '-') out.pop_back();
    while (!out.empty() && out.front() == '-') out.erase(out.begin());
    return out;
}

bool is_separator(char c) {
    return c == ' ' || c == '\t' || c == ',' || c == '\n';
}

// Calls f(word) for every word of `s`: the runs between separators.
template <typename F>
void for_each_word(std::string_view s, F&& f) {
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i)
        if (i == s.size() || is_separator(s[i])) {
            if (i > start) f(s.substr(start, i - start));
            start = i + 1;
        }
}

std::vector<std::string> split_words(std::string_view s) {
    std::vector<std::string> out;
    out.reserve(std::size_t(std::count_if(s.begin(), s.end(), is_separator)) + 1);
    for_each_word(s, [&](std::string_view w) { out.emplace_back(w); });
    return out;
}

char upper(char c) {
    return is_lower(c) ? char(c - 'a' + 'A') : c;
}

// letters(fold(word)) of an ASCII word, in one pass: folding ASCII only lowers its letters.
std::string ascii_letters(std::string_view word) {
    // What each byte keeps: a letter lower-cased, a digit or a hyphen; 0 for one dropped.
    static constexpr auto kKept = [] {
        std::array<char, 256> t{};
        for (int c = 0; c < 128; ++c)
            if (is_alnum(char(c)) || c == '-')
                t[std::size_t(c)] = is_upper(char(c)) ? char(c - 'A' + 'a') : char(c);
        return t;
    }();
    std::string out(word.size(), '\0');
    std::size_t n = 0;
    for (char c : word)
        if (const char k = kKept[static_cast<unsigned char>(c)]; k != 0) out[n++] = k;
    std::size_t from = 0;
    while (n > from && out[n - 1] == '-') --n;
    while (from < n && out[from] == '-') ++from;
    out.resize(n);
    if (from > 0) out.erase(0, from);
    return out;
}

// letters(fold(to_ascii(word))).
std::string base_letters(std::string_view word) {
    return is_ascii(word) ? ascii_letters(word) : letters(fold(to_ascii(word)));
}

// The first of the word's initials (below): its first letter or digit, in capitals; 0 for a
// word without any. An ASCII word's is its first letter or digit (base_letters keeps them in
// order, lower-cased).
char first_initial(std::string_view word) {
    // A word that starts with a letter or digit (most) starts so in any form.
    if (!word.empty() && is_alnum(word.front())) return upper(word.front());
    if (is_ascii(word)) {
        const auto first = std::find_if(word.begin(), word.end(), is_alnum);
        return first == word.end() ? '\0' : upper(*first);
    }
    const std::string base = base_letters(word);
    return base.empty() ? '\0' : upper(base.front());
}

// The ways one written word can contribute to initials, distinct, its first letter first
// (none for a word without letters or digits), in place: a name has a handful of words, and
// initials are read off every listed name.
struct WordInitials {
    std::array<std::string, 3> ways;
    std::size_t count = 0;

    void add(std::string way) {
        if (std::find(ways.begin(), ways.begin() + std::ptrdiff_t(count), way) ==
            ways.begin() + std::ptrdiff_t(count))
            ways[count++] = std::move(way);
    }
    std::span<const std::string> all() const { return {ways.data(), count}; }
};

// True for a letter then lower-case letters ("Jane", "E"), as most words of names are: no
// hyphen, apostrophe or inner capital, so that the word's one way is its first letter (what
// the full reading below gives).
bool is_plain_word(std::string_view word) {
    return !word.empty() && (is_upper(word[0]) || is_lower(word[0])) &&
           std::all_of(word.begin() + 1, word.end(), is_lower);
}

// Its first letter, plus the letters of hyphenated parts ("Weekes-Bernard" -> "WB") or inner
// capitals ("McCleave" -> "MC", "O'Brien" -> "OB").
WordInitials word_initials(std::string_view word) {
    WordInitials out;
    if (is_plain_word(word)) {
        out.ways.front().assign(1, upper(word[0]));
        out.count = 1;
        return out;
    }
    const bool ascii = is_ascii(word);
    const std::string converted = ascii ? std::string() : to_ascii(word);
    const std::string_view written = ascii ? word : converted;  // "Émilie" -> "Emilie", case kept
    const std::string base = ascii ? ascii_letters(word) : letters(fold(converted));
    if (base.empty()) return out;
    out.add(std::string(1, upper(base.front())));
    std::string parts(1, upper(base.front()));
    for (std::size_t i = 1; i < base.size(); ++i)
        if (base[i - 1] == '-') parts += upper(base[i]);
    out.add(parts);
    // Inner capitals are read from the written form (folding loses case).
    if (std::none_of(written.begin(), written.end(), is_lower)) return out;
    std::string caps;
    bool after_mark = true;
    for (char c : written) {
        if (is_upper(c) || (after_mark && is_lower(c))) caps += upper(c);
        after_mark = c == '\'' || c == '-';
    }
    if (!caps.empty() && caps.front() == parts.front()) out.add(std::move(caps));
    return out;
}

}  // namespace

std::string PersonName::spelling() const {
    std::string out;
    for (const std::string& w : words) {
        if (!out.empty()) out += ' ';
        out += w;
    }
    return out;
}

PersonName parse_name(std::string_view text) {
    // Every word, as written and folded to its letters, straight into the name; then the
    // titles, post-nominals, words without letters and middle initials are dropped in place.
    PersonName n;
    // Room for the words of most names ("Cllr Jane E Garvan OBE"): longer ones grow.
    constexpr std::size_t kUsualWords = 5;
    n.written.reserve(kUsualWords);
    n.words.reserve(kUsualWords);
    const bool ascii = is_ascii(text);  // most names are: their words need not be asked
    for_each_word(text, [&](std::string_view w) {
        n.written.push_back(w);
        n.words.push_back(ascii || is_ascii(w) ? ascii_letters(w) : letters(fold(w)));
    });
    std::size_t first = 0, last = n.words.size();
    while (last > first + 1 && kPostNominalList.contains(n.words[last - 1])) --last;
    while (first + 1 < last && kTitleList.contains(n.words[first])) ++first;
    std::size_t kept_written = 0, kept_words = 0;
    for (std::size_t i = first; i < last; ++i) {
        if (n.words[i].empty()) continue;
        n.written[kept_written] = n.written[i];
        ++kept_written;
        const bool middle = i != first && i + 1 != last;
        if (middle && n.words[i].size() == 1) continue;  // a middle initial
        if (kept_words != i) n.words[kept_words] = std::move(n.words[i]);
        ++kept_words;
    }
    n.written.resize(kept_written);
    n.words.resize(kept_words);
    n.given_groups = first_name_groups(n.given());
    return n;
}

bool same_person(const PersonName& a, const PersonName& b) {
    if (a.empty() || b.empty() || a.surname() != b.surname()) return false;
    const std::string_view ga = a.given(), gb = b.given();
    if (ga.empty() || gb.empty()) return ga.empty() && gb.empty();
    if (same_first_name(a, b)) return true;
    // "J Garvan" and "Jane Garvan".
    return (ga.size() == 1 || gb.size() == 1) && ga.front() == gb.front();
}

void for_each_initials_variant(const PersonName& name,
                               const std::function<void(std::string_view)>& f) {
    // Every middle name optional doubles the variants: past a handful of words the "name"
    // is not a person's (a fuzzed or mis-split line), and only all the words count, each by
    // its first letter.
    constexpr std::size_t kMaxOptionalWords = 6;
    std::string variant;
    if (name.written.size() > kMaxOptionalWords) {
        for (const std::string_view w : name.written) {
            const WordInitials word = word_initials(w);
            if (word.count == 0) return;  // a required word without letters: no variant
            variant += word.ways.front();
        }
        f(variant);
        return;
    }
    // Depth first, in one buffer: each word continues the variant with each of its ways, and
    // a middle word may also be left out (a required word without letters ends the branch).
    // A word's ways are read where they are needed: most names have two or three words, so
    // that few are read twice, and most words are read by their first letter alone.
    auto visit = [&](auto& self, std::size_t i) -> void {
        if (i == name.written.size()) {
            f(variant);
            return;
        }
        if (i != 0 && i + 1 != name.written.size()) self(self, i + 1);
        const std::size_t length = variant.size();
        if (const std::string_view w = name.written[i]; is_plain_word(w)) {
            variant += upper(w.front());
            self(self, i + 1);
            variant.resize(length);
            return;
        }
        const WordInitials word = word_initials(name.written[i]);
        for (const std::string& way : word.all()) {
            variant += way;
            self(self, i + 1);
            variant.resize(length);
        }
    };
    visit(visit, 0);
}

std::vector<std::string> initials_variants(const PersonName& name) {
    std::vector<std::string> out;
    for_each_initials_variant(name, [&](std::string_view v) { out.emplace_back(v); });
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::string plain_initials(const PersonName& name) {
    std::string out;
    if (name.written.empty()) return out;
    for (const char c : {first_initial(name.written.front()),
                         name.written.size() > 1 ? first_initial(name.written.back()) : '\0'})
        if (c != '\0') out += c;
    return out;
}

bool initials_fit(std::string_view declared, const PersonName& name) {
    std::string letters_only;
    for (std::string word : split_words(to_ascii(declared))) {
        std::erase(word, '.');
        if (word.empty()) continue;
        const bool capitals = std::all_of(word.begin(), word.end(), is_upper);
        if (capitals) {
            letters_only += word;
            continue;
        }
        // A written-out first name ("Kris V") stands for its initial.
        const std::string k = letters(fold(word));
        if (name.given().empty() || !same_first_name(k, name.given())) return false;
        letters_only += upper(k.front());
    }
    // Compared as they are made: no list of the variants to sort.
    bool found = false;
    for_each_initials_variant(name,
                              [&](std::string_view v) { found = found || v == letters_only; });
    return found;
}

}  // namespace mtk::validators::names
