#include "names/person_name.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <span>

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

bool listed(std::span<const std::string_view> list, std::string_view w) {
    return std::find(list.begin(), list.end(), w) != list.end();
}

// Lower-case ASCII letters, digits and hyphens of a folded word (no dots, apostrophes).
std::string letters(std::string_view folded) {
    std::string out;
    for (char c : folded)
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '-') out += c;
    while (!out.empty() && out.back() == '-') out.pop_back();
    while (!out.empty() && out.front() == '-') out.erase(out.begin());
    return out;
}

std::vector<std::string> split_words(std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == ',' || c == '\n') {
            if (!cur.empty()) out.push_back(std::move(cur));
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.empty()) out.push_back(std::move(cur));
    return out;
}

char upper(char c) {
    return char(std::toupper(static_cast<unsigned char>(c)));
}

// The ways one written word can contribute to initials: its first letter, plus the letters
// of hyphenated parts ("Weekes-Bernard" -> "WB") or inner capitals ("McCleave" -> "MC",
// "O'Brien" -> "OB").
std::set<std::string> word_initials(std::string_view word) {
    const std::string written = to_ascii(word);  // "Émilie" -> "Emilie", case kept
    const std::string base = letters(fold(written));
    std::set<std::string> out;
    if (base.empty()) return out;
    out.insert(std::string(1, upper(base.front())));
    std::string parts(1, upper(base.front()));
    for (std::size_t i = 1; i < base.size(); ++i)
        if (base[i - 1] == '-') parts += upper(base[i]);
    out.insert(parts);
    // Inner capitals are read from the written form (folding loses case).
    if (std::none_of(written.begin(), written.end(),
                     [](char c) { return std::islower(static_cast<unsigned char>(c)); }))
        return out;
    std::string caps;
    bool after_mark = true;
    for (char c : written) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isupper(u) || (after_mark && std::islower(u))) caps += upper(c);
        after_mark = c == '\'' || c == '-';
    }
    if (!caps.empty() && caps.front() == parts.front()) out.insert(caps);
    return out;
}

}  // namespace

std::string PersonName::spelling() const {
    std::string out;
    for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

PersonName parse_name(std::string_view text) {
    std::vector<std::string> raw = split_words(text);
    std::vector<std::string> keys;  // each word folded to its letters, once
    keys.reserve(raw.size());
    for (const std::string& w : raw) keys.push_back(letters(fold(w)));
    std::size_t first = 0, last = raw.size();
    while (last > first + 1 && listed(kPostNominals, keys[last - 1])) --last;
    while (first + 1 < last && listed(kTitles, keys[first])) ++first;
    PersonName n;
    for (std::size_t i = first; i < last; ++i) {
        std::string& k = keys[i];
        if (k.empty()) continue;
        n.written.push_back(std::move(raw[i]));
        const bool middle = i != first && i + 1 != last;
        if (middle && k.size() == 1) continue;  // a middle initial
        n.words.push_back(std::move(k));
    }
    return n;
}

bool same_person(const PersonName& a, const PersonName& b) {
    if (a.empty() || b.empty() || a.surname() != b.surname()) return false;
    const std::string_view ga = a.given(), gb = b.given();
    if (ga.empty() || gb.empty()) return ga.empty() && gb.empty();
    if (same_first_name(ga, gb)) return true;
    // "J Garvan" and "Jane Garvan".
    return (ga.size() == 1 || gb.size() == 1) && ga.front() == gb.front();
}

std::vector<std::string> initials_variants(const PersonName& name) {
    // Every middle name optional doubles the variants: past a handful of words the "name"
    // is not a person's (a fuzzed or mis-split line), and only all the words count.
    constexpr std::size_t kMaxOptionalWords = 6;
    const bool optional_middles = name.written.size() <= kMaxOptionalWords;
    std::vector<std::string> out{""};
    for (std::size_t i = 0; i < name.written.size(); ++i) {
        std::set<std::string> options = word_initials(name.written[i]);
        if (!optional_middles && !options.empty()) options = {*options.begin()};
        if (optional_middles && i != 0 && i + 1 != name.written.size())
            options.insert("");  // middle names are optional
        std::vector<std::string> next;
        for (const std::string& prefix : out)
            for (const std::string& o : options) next.push_back(prefix + o);
        out = std::move(next);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::string plain_initials(const PersonName& name) {
    std::string out;
    if (name.written.empty()) return out;
    out += *word_initials(name.written.front()).begin();
    if (name.written.size() > 1) out += *word_initials(name.written.back()).begin();
    return out;
}

bool initials_fit(std::string_view declared, const PersonName& name) {
    std::string letters_only;
    for (std::string word : split_words(to_ascii(declared))) {
        std::erase(word, '.');
        if (word.empty()) continue;
        const bool capitals = std::all_of(word.begin(), word.end(), [](char c) {
            return std::isupper(static_cast<unsigned char>(c));
        });
        if (capitals) {
            letters_only += word;
            continue;
        }
        // A written-out first name ("Kris V") stands for its initial.
        const std::string k = letters(fold(word));
        if (name.given().empty() || !same_first_name(k, name.given())) return false;
        letters_only += upper(k.front());
    }
    const auto variants = initials_variants(name);
    return std::binary_search(variants.begin(), variants.end(), letters_only);
}

}  // namespace mtk::validators::names
