#include "layout/mentions.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>

#include "layout/people.hpp"
#include "layout/text_util.hpp"
#include "mtk/bytes8.hpp"

namespace mtk::converters::layout {
namespace {

using Tok = MentionIndex::Token;

// What an ASCII byte is to a word (read for every byte of a word): a letter or digit, a
// joiner ('-', '_') that continues a word but starts none, or neither.
enum class Ascii : unsigned char { other, word, joiner };
constexpr std::array<Ascii, 128> kAscii = [] {
    std::array<Ascii, 128> t{};
    for (char c = 'a'; c <= 'z'; ++c) t[std::size_t(c)] = Ascii::word;
    for (char c = 'A'; c <= 'Z'; ++c) t[std::size_t(c)] = Ascii::word;
    for (char c = '0'; c <= '9'; ++c) t[std::size_t(c)] = Ascii::word;
    t['-'] = t['_'] = Ascii::joiner;
    return t;
}();

// The character at `i` outside ASCII is a letter or digit by ICU; moves `i` past it.
bool word_char_beyond_ascii(std::string_view s, std::size_t& i) {
    const char32_t c = decode_at(s, i);
    return is_letter(c) || is_digit(c);
}

// Calls `each` with the words of s[from, to) in order while it returns true: words are runs of
// letters and digits, with inner hyphens; apostrophes split ("MR's"). `from` is outside any word
// or where one starts or ends, `to` the text's end or where a word starts: the words are then
// those the whole text, read from its start, has there.
template <class Each>
void for_each_word(std::string_view s, std::size_t from, std::size_t to, Each each) {
    std::size_t i = from;
    while (i < to) {
        const std::size_t start = i;
        if (const auto b = static_cast<unsigned char>(s[i]); b < 0x80) {
            ++i;
            if (kAscii[b] != Ascii::word) continue;
        } else if (!word_char_beyond_ascii(s, i)) {
            continue;
        }
        // The word goes on over letters, digits and joiners ("Ege_Korkan"), up to `end`.
        std::size_t end = to;
        while (i < to) {
            const std::size_t at = i;
            if (const auto b = static_cast<unsigned char>(s[i]); b < 0x80) {
                ++i;
                if (kAscii[b] != Ascii::other) continue;
            } else if (word_char_beyond_ascii(s, i)) {
                continue;
            }
            end = at;
            break;
        }
        std::string_view w = s.substr(start, end - start);
        while (w.back() == '-' || w.back() == '_') w.remove_suffix(1);  // starts with a letter
        if (!each(Tok{w, start, start + w.size()})) return;
    }
}

// The first word of s[from, to), as for_each_word reads them; an empty view at `to` when none.
Tok word_from(std::string_view s, std::size_t from, std::size_t to) {
    Tok first{s.substr(to, 0), to, to};
    for_each_word(s, from, to, [&](const Tok& w) {
        first = w;
        return false;
    });
    return first;
}

// An ASCII byte that is no part of a word: words start and end at these.
bool separator(char c) {
    const auto b = static_cast<unsigned char>(c);
    return b < 0x80 && kAscii[b] == Ascii::other;
}

// A word of `s` starts at byte `p`, an ASCII letter or digit: no letter or digit comes right
// before it, nor before the joiners right before it.
bool word_starts_at(std::string_view s, std::size_t p) {
    std::size_t q = p;
    while (q > 0 && (s[q - 1] == '-' || s[q - 1] == '_')) --q;
    if (q == 0) return true;
    if (static_cast<unsigned char>(s[q - 1]) < 0x80) return separator(s[q - 1]);
    // the character that ends there, decoded from the last ASCII byte on as the whole text is
    // (an ASCII byte is a character of its own, whatever comes before it)
    std::size_t i = q - 1;
    while (i > 0 && static_cast<unsigned char>(s[i - 1]) >= 0x80) --i;
    bool word = false;
    while (i < q) word = word_char_beyond_ascii(s, i);
    return !word;
}

// The first word of `s` from byte `from` (outside any word) that starts with an ASCII capital,
// with two when `two` (as caps candidates do): the capitals are found eight bytes at a time.
Tok capital_word_from(std::string_view s, std::size_t from, bool two) {
    std::size_t p = from;
    const auto capital = [&] {
        if constexpr (std::endian::native == std::endian::little) {
            // (byte k of a block is bits 8k..8k+7)
            for (; p + 8 <= s.size(); p += 8)
                if (const std::uint64_t caps = bytes8::in_range(bytes8::load(s, p), 'A', 'Z')) {
                    p += std::size_t(std::countr_zero(caps)) / 8;
                    return true;
                }
        }
        for (; p < s.size(); ++p)
            if (s[p] >= 'A' && s[p] <= 'Z') return true;
        return false;
    };
    for (; capital(); ++p)
        if ((!two || (p + 1 < s.size() && s[p + 1] >= 'A' && s[p + 1] <= 'Z')) &&
            word_starts_at(s, p))
            return word_from(s, p, s.size());
    return {s.substr(s.size()), s.size(), s.size()};
}

// The words of `s` before byte `before` (where a word starts), the nearest first: up to `n`
// (at most three) into `out`; how many. They are read forwards from a separator, run by run
// back from `before`, as the whole text has them.
std::size_t words_before(std::string_view s, std::size_t before, std::size_t n,
                         std::array<Tok, 3>& out) {
    std::size_t found = 0;
    for (std::size_t from = before; found < n && from > 0;) {
        std::size_t p = from;
        while (p > 0 && separator(s[p - 1])) --p;
        const std::size_t run_end = p;
        while (p > 0 && !separator(s[p - 1])) --p;
        std::array<Tok, 3> last;  // the run's last words, in a ring
        std::size_t k = 0;
        for_each_word(s, p, run_end, [&](const Tok& w) {
            last[k++ % last.size()] = w;
            return true;
        });
        for (std::size_t j = 0; j < k && found < n; ++j) out[found++] = last[(k - 1 - j) % 3];
        from = p;
    }
    return found;
}

bool caps_candidate(std::string_view w) {
    if (w.size() != 2 && w.size() != 3) return false;
    for (const char c : w)
        if (c < 'A' || c > 'Z') return false;
    return true;
}

// A caps candidate as a number below 27^3 (its letters as digits 1-26, base 27).
std::size_t acronym_code(std::string_view w) {
    std::size_t code = 0;
    for (std::size_t k = 0; k < 3; ++k)
        code = code * 27 + (k < w.size() ? std::size_t(w[k] - 'A' + 1) : 0);
    return code;
}

// After these a capitalised word is a thing, not a person ("the SC", "a VRU"); only the
// articles teach the document-wide acronym list.
constexpr WordList kArticles({"the", "a", "an"});
constexpr WordList kDeterminers({"the", "a", "an", "this", "each", "per", "our", "their", "its",
                                 "any", "every", "across", "within", "via", "new", "no", "of"});

constexpr WordList kVerbs({"said",       "says",       "noted",      "notes",       "note",
                           "asked",      "asks",       "stated",     "states",      "explained",
                           "explains",   "agreed",     "agrees",     "suggested",   "suggests",
                           "suggest",    "confirmed",  "confirms",   "reported",    "reports",
                           "added",      "adds",       "offered",    "offers",      "proposed",
                           "proposes",   "presented",  "presents",   "spoke",       "highlighted",
                           "emphasised", "emphasized", "recognised", "recognized",  "welcomed",
                           "thanked",    "mentioned",  "raised",     "replied",     "responded",
                           "will",       "would",      "has",        "had",         "was",
                           "argues",     "argued",     "indicated",  "indicates",   "took",
                           "takes",      "updated",    "recommends", "recommended", "gave",
                           "brought",    "led",        "elaborates", "wants",       "feels"});

constexpr WordList kObjectVerbs({"asked", "thanked", "invited", "told", "congratulated"});

constexpr WordList kUnsafeFirstNames({"will", "may", "mark", "bill", "grace", "hope", "rich", "joy",
                                      "april", "june", "august", "dawn", "faith", "frank", "art",
                                      "guy"});

// Only spaces (or a joiner inside a name) between two tokens.
bool adjacent(std::string_view s, const Tok& a, const Tok& b) {
    const std::string_view gap = s.substr(a.end, b.begin - a.end);
    return !gap.empty() && gap.size() <= 3 &&
           (gap == " " || gap == "'" || gap == "\u2019" || gap == ". " || gap == "-");
}

// `ws` (views of `name`) joined by single spaces are `name` itself: each starts where the
// one before it ends, one space on (no honorific left out, no underscore or extra space).
bool spells(std::span<const std::string_view> ws, std::string_view name) {
    const char* at = name.data();
    const char* const end = name.data() + name.size();
    for (const std::string_view w : ws) {
        if (w.data() != at) return false;
        at = w.data() + w.size();
        if (at != end && *at++ != ' ') return false;
    }
    return at == end;
}

// `w` (not empty) starts with an ASCII capital: its first character is one (the bytes of one
// beyond ASCII are above 0x7F).
bool capital_first(std::string_view w) {
    return w[0] >= 'A' && w[0] <= 'Z';
}

// `w` has three characters or more (three ASCII bytes at its start are three).
bool three_chars_or_more(std::string_view w) {
    if (w.size() < 3) return false;
    const auto ascii = [&](std::size_t i) { return static_cast<unsigned char>(w[i]) < 0x80; };
    return (ascii(0) && ascii(1) && ascii(2)) || char_count(w) >= 3;
}

}  // namespace

std::uint64_t MentionIndex::word_key(std::string_view w) {
    std::uint64_t key = 0;
    const std::size_t n = std::min<std::size_t>(w.size(), 7);
    for (std::size_t i = 0; i < n; ++i) key = key << 8 | static_cast<unsigned char>(w[i]);
    key <<= 8 * (7 - n);  // (the bytes that are not there are zeros)
    return key << 8 | std::min<std::size_t>(w.size(), 255);
}

std::span<const MentionIndex::Name> MentionIndex::starting_with(std::string_view w,
                                                                std::uint64_t key, std::size_t from,
                                                                std::size_t to) const {
    const auto begin = names_.begin() + std::ptrdiff_t(from);
    const auto end = names_.begin() + std::ptrdiff_t(to);
    // The names of `key` by integer comparisons; a key holds a word of up to seven bytes
    // whole (its bytes and length), and longer words with the same key are rare: the names
    // of other words among them are passed one by one.
    auto first = std::partition_point(begin, end, [key](const Name& n) { return n.key < key; });
    auto last = first;
    while (last != end && last->key == key) ++last;
    if (w.size() > 7) {
        while (first != last && first_word(*first) < w) ++first;
        last = first;
        while (last != end && last->key == key && first_word(*last) == w) ++last;
    }
    return {first, last};
}

void MentionIndex::add_words(std::string_view text) {
    for_each_word(text, 0, text.size(), [this](const Tok& w) {
        words_.push_back(w.text);
        return true;
    });
}

void MentionIndex::add_name(std::string_view text, std::string_view id) {
    const std::size_t first = words_.size();
    add_words(text);
    if (words_.size() > first) push_name(first, words_.size() - first, id, word_key(words_[first]));
}

void MentionIndex::merge_names() {
    std::sort(names_.begin(), names_.end(),
              [this](const Name& a, const Name& b) { return before(a, b); });
    const auto same_words = [this](const Name& a, const Name& b) {
        return std::equal(words_.begin() + std::ptrdiff_t(a.first),
                          words_.begin() + std::ptrdiff_t(a.first + a.size),
                          words_.begin() + std::ptrdiff_t(b.first),
                          words_.begin() + std::ptrdiff_t(b.first + b.size));
    };
    // (within a first word, the names in the order learnt: the first of equal ones stays)
    for (auto group = names_.begin(); group != names_.end();) {
        const auto next = std::find_if(group + 1, names_.end(), [&](const Name& n) {
            return n.key != group->key ||
                   (first_word(n).size() > 7 && first_word(n) != first_word(*group));
        });
        for (auto kept = group; kept != next; ++kept)
            for (auto other = kept + 1; kept->size != 0 && other != next; ++other)
                if (other->size != 0 && same_words(*kept, *other)) {
                    if (kept->id != other->id) kept->id = {};  // two people: ambiguous
                    other->size = 0;
                }
        group = next;
    }
    std::erase_if(names_, [](const Name& n) { return n.size == 0; });
}

namespace {

// False when `text` has no caps candidate: in ASCII such a word has two capitals in a row.
// Most paragraphs have none and are not tokenised for acronyms.
bool may_have_caps(std::string_view text) {
    bool capital = false;  // the byte before text[i] is a capital
    std::size_t i = 0;
    if constexpr (std::endian::native == std::endian::little) {
        if (text.size() >= 8) {
            // eight bytes at a time (byte k of the block is bits 8k..8k+7)
            for (; i + 8 <= text.size(); i += 8) {
                const std::uint64_t caps = bytes8::in_range(bytes8::load(text, i), 'A', 'Z');
                if ((caps & (caps << 8)) != 0 || (capital && (caps & 0x80) != 0)) return true;
                capital = (caps >> 63) != 0;
            }
            if (i == text.size()) return false;
            // the rest in the block that ends the text, which holds the byte before it too
            const std::uint64_t caps =
                bytes8::in_range(bytes8::load(text, text.size() - 8), 'A', 'Z');
            return (caps & (caps << 8)) != 0;
        }
    }
    for (; i < text.size(); ++i) {
        const bool now = text[i] >= 'A' && text[i] <= 'Z';
        if (now && capital) return true;
        capital = now;
    }
    return false;
}

}  // namespace

void MentionIndex::learn_acronyms(std::string_view text, bool all_upper_words) {
    if (!may_have_caps(text)) return;
    for (Tok w = capital_word_from(text, 0, true); !w.text.empty();
         w = capital_word_from(text, w.end, true))
        learn_acronym(text, w, all_upper_words);
}

void MentionIndex::learn_acronym(std::string_view text, const Token& w, bool all_upper_words) {
    // an acronym is an upper word; only those of caps candidates are ever looked up
    if (!caps_candidate(w.text)) return;
    if (all_upper_words) {
        acronyms_.set(acronym_code(w.text));
        return;
    }
    // "(MOPAC)" after words that are not the person's name; "the SC", "a VRU"
    const bool in_parens =
        w.begin > 0 && text[w.begin - 1] == '(' && w.end < text.size() && text[w.end] == ')';
    std::array<Tok, 3> before;  // the words before it, the nearest first
    if (in_parens) {
        const std::size_t n = words_before(text, w.begin, 3, before);
        std::string words;
        for (std::size_t k = n; k-- > 0;) {
            if (!words.empty()) words += ' ';
            words += before[k].text;
        }
        if (!initials_fit(w.text, words) &&
            !(n >= 2 && initials_fit(w.text, std::string(before[1].text) + " " +
                                                 std::string(before[0].text))))
            acronyms_.set(acronym_code(w.text));
    } else if (words_before(text, w.begin, 1, before) == 1 && kArticles.contains(before[0].text) &&
               adjacent(text, before[0], w)) {
        acronyms_.set(acronym_code(w.text));
    }
}

MentionIndex::MentionIndex(const Minutes& m, std::span<const RunningText> running) {
    const std::vector<ListedPerson> people = all_people(m);
    // (first name, id) and (letters, id) pairs, grouped by name below
    std::vector<std::pair<std::string_view, std::string_view>> first_names;
    struct Derived {
        std::size_t at, size;  // in letters_
        std::string_view id;
    };
    std::vector<Derived> derived;
    first_names.reserve(people.size());
    derived.reserve(people.size());
    // (about three names of two words a person: the name, its initials, its first name)
    names_.reserve(people.size() * 3);
    words_.reserve(people.size() * 6);
    std::vector<std::string_view> ws;  // a name's words, its leading honorifics left out
    for (const ListedPerson& lp : people) {
        const Person& p = *lp.person;
        add_name(p.name, p.id);
        // "Nell_Waliczek" (a W3C attendance list) is written "Nell Waliczek" in the text: the
        // words are split at underscores too
        ws.clear();
        for (std::size_t i = 0; i < p.name.size();) {
            while (i < p.name.size() && (p.name[i] == ' ' || p.name[i] == '_')) ++i;
            const std::size_t start = i;
            while (i < p.name.size() && p.name[i] != ' ' && p.name[i] != '_') ++i;
            if (i > start) ws.push_back(std::string_view(p.name).substr(start, i - start));
        }
        ws.erase(ws.begin(), std::find_if_not(ws.begin(), ws.end(), is_honorific));
        if (!spells(ws, p.name)) {
            // The name as those words spell it ("Nell Waliczek", "Ann Lee" for "Dr Ann Lee"):
            // its words, a word of the name at a time (no word runs over a space).
            const std::size_t first = words_.size();
            for (const std::string_view w : ws) add_words(w);
            if (words_.size() > first)
                push_name(first, words_.size() - first, p.id, word_key(words_[first]));
        }
        if (!p.initials.empty()) {
            add_name(p.initials, p.id);
            listed_initials_.push_back(p.initials);
        }
        if (ws.size() >= 2 && capital_first(ws.front()) && capital_first(ws.back()))
            name_letters_.set(letters_code(ws.front()[0], ws.back()[0]));
        // "GL presented" for Gareth Lloyd, listed without initials: the letters of the name
        if (p.initials.empty() && ws.size() >= 2 && ws.size() <= 4) {
            const std::size_t at = letters_.size();
            for (std::string_view w : ws)
                if (capital_first(w)) letters_ += w[0];
            if (letters_.size() - at == ws.size())
                derived.push_back({at, ws.size(), p.id});
            else
                letters_.resize(at);
        }
        if (ws.size() >= 2 && three_chars_or_more(ws.front()) &&
            !kUnsafeFirstNames.contains(ws.front()))
            first_names.emplace_back(ws.front(), p.id);
        learn_acronyms(p.role, true);
        learn_acronyms(p.organisation, true);
    }
    std::sort(listed_initials_.begin(), listed_initials_.end());
    listed_initials_.erase(std::unique(listed_initials_.begin(), listed_initials_.end()),
                           listed_initials_.end());
    merge_names();
    // A one-word name of each group of candidates with the same word, in order (the letters of
    // one person's name, the first name of one or more).
    struct Candidate {
        std::uint64_t key;
        std::string_view word, id;
    };
    const auto in_order = [](const Candidate& a, const Candidate& b) {
        return a.key != b.key ? a.key < b.key : a.word < b.word;
    };
    const auto groups = [](std::vector<Candidate>& all, const auto& each_group) {
        for (auto group = all.begin(); group != all.end();) {
            const auto next = std::find_if(group + 1, all.end(), [&](const Candidate& c) {
                return c.key != group->key || c.word != group->word;
            });
            each_group(group, next);
            group = next;
        }
    };
    std::vector<Candidate> candidates;  // (letters_ is whole now: its views stay)
    candidates.reserve(std::max(derived.size(), first_names.size()));
    for (const Derived& d : derived) {
        const std::string_view letters = std::string_view(letters_).substr(d.at, d.size);
        candidates.push_back({word_key(letters), letters, d.id});
    }
    std::sort(candidates.begin(), candidates.end(), in_order);
    const std::size_t learnt = names_.size();
    // (most letters and first names have no name's first shape, and are not looked up)
    for (const Name& n : names_) first_shapes_.set(shape(first_word(n)));
    groups(candidates, [&](auto group, auto next) {
        // only letters that fit one person and are nobody's own initials or one-word name
        if (next - group == 1 && !listed_initials(group->word) &&
            (!first_shapes_[shape(group->word)] ||
             starting_with(group->word, group->key, 0, learnt).empty())) {
            words_.push_back(group->word);
            push_name(words_.size() - 1, 1, group->id, group->key);
        }
    });
    const std::size_t with_letters = names_.size();
    candidates.clear();
    for (const auto& [name, id] : first_names) candidates.push_back({word_key(name), name, id});
    std::sort(candidates.begin(), candidates.end(), in_order);
    std::bitset<256 * 16> one_word_shapes;  // of the names of one word so far, by shape()
    for (const Name& n : names_)
        if (n.size == 1) one_word_shapes.set(shape(first_word(n)));
    groups(candidates, [&](auto group, auto next) {
        // one person's, or several people's (ambiguous); the same person may come twice
        const bool one =
            std::all_of(group, next, [&](const Candidate& c) { return c.id == group->id; });
        // not when already someone's initials or one-word name (the letters are in order too)
        const auto one_word = [](const Name& n) { return n.size == 1; };
        const auto nobodys = [&] {
            const auto same = starting_with(group->word, group->key, 0, learnt);
            return std::none_of(same.begin(), same.end(), one_word) &&
                   (learnt == with_letters ||
                    starting_with(group->word, group->key, learnt, with_letters).empty());
        };
        if (!one_word_shapes[shape(group->word)] || nobodys()) {
            words_.push_back(group->word);
            push_name(words_.size() - 1, 1, one ? group->id : std::string_view(), group->key);
        }
    });
    // The names learnt, the letters and the first names are each in order: merged (the names
    // added come after the names learnt before with the same first word).
    const auto in_names_order = [this](const Name& a, const Name& b) { return before(a, b); };
    const auto at = [this](std::size_t i) { return names_.begin() + std::ptrdiff_t(i); };
    std::inplace_merge(at(0), at(learnt), at(with_letters), in_names_order);
    std::inplace_merge(at(0), at(with_letters), names_.end(), in_names_order);
    for (Name& n : names_) {
        first_shapes_.set(shape(first_word(n)));
        n.initials = n.size == 1 && listed_initials(first_word(n));
        capital_names_ = capital_names_ && capital_first(first_word(n));
    }
    for (const std::string* s : {&m.meta.title, &m.meta.body, &m.meta.group, &m.meta.venue})
        learn_acronyms(*s, true);
    for_each_item(m, [&](const Item& it, int) { learn_acronyms(it.heading, true); });
    for (const RunningText& r : running)
        for (const Token& w : r.capitals) learn_acronym(r.text, w, false);
    for_each_block(m, [&](const Block& b, const Item&) {
        if (const auto* a = std::get_if<Action>(&b))
            learn_acronyms(a->text, false);
        else if (const auto* d = std::get_if<Decision>(&b))
            learn_acronyms(d->text, false);
    });
    for (const std::string_view i : listed_initials_)
        if (caps_candidate(i)) acronyms_.reset(acronym_code(i));
    initials_style_ = !listed_initials_.empty() || people.empty();
}

bool MentionIndex::annotate(const RunningText& running, std::vector<Inline>& runs) const {
    std::vector<Inline> out;
    const std::string_view text = running.text;
    std::size_t emitted = 0;
    auto emit = [&](std::size_t b, std::size_t e, std::string_view ref) {
        if (out.empty()) out.reserve(4);  // a run, a mention, a run...: room for most texts
        if (b > emitted) out.push_back({std::string(text.substr(emitted, b - emitted)), false, {}});
        out.push_back({std::string(text.substr(b, e - b)), true, std::string(ref)});
        emitted = e;
    };
    const auto word_after = [&](const Tok& w) { return word_from(text, w.end, text.size()); };
    std::size_t read = 0;  // the words before this byte are read (a name's)
    const auto visit = [&](const Tok& t) {
        if (t.begin < read) return;
        // the longest listed name starting here; `last` its last word
        std::size_t best_len = 0;
        const Name* best = nullptr;
        Tok last = t;
        const std::span<const Name> range =
            first_shapes_[shape(t.text)] ? starting_with(t.text, word_key(t.text), 0, names_.size())
                                         : std::span<const Name>();
        for (const Name& n : range) {
            if (n.size <= best_len) continue;
            // its words, read from the text one by one
            Tok at = t;
            bool ok = at.text == words_[n.first];
            for (std::size_t k = 1; k < n.size && ok; ++k) {
                const Tok next = word_after(at);
                ok = !next.text.empty() && next.text == words_[n.first + k] &&
                     adjacent(text, at, next);
                at = next;
            }
            if (!ok) continue;
            // a first name alone must not be the start of someone else's full name
            if (n.size == 1 && !n.initials) {
                const Tok next = word_after(t);
                if (!next.text.empty() && text.substr(t.end, next.begin - t.end) == " " &&
                    is_capitalised_word(next.text))
                    continue;
            }
            best = &n;
            best_len = n.size;
            last = at;
        }
        if (best) {
            if (!best->id.empty()) emit(t.begin, last.end, best->id);
            read = last.end;
            return;
        }
        const std::string_view w = t.text;
        if (!caps_candidate(w) || acronyms_[acronym_code(w)]) return;
        const std::size_t b = t.begin, e = t.end;
        auto before = [&](std::size_t k) { return b >= k ? text[b - k] : ' '; };
        const char next_c = e < text.size() ? text[e] : ' ';
        if (before(1) == '-' || before(1) == '/' || before(1) == '#' || next_c == '-' ||
            next_c == '/' || (next_c >= '0' && next_c <= '9'))
            return;
        if (!initials_style_ && !name_letters(w)) return;
        std::array<Tok, 3> prev;  // the word before it, if any
        const bool first = words_before(text, b, 1, prev) == 0;
        if (!first && adjacent(text, prev[0], t) &&
            (kDeterminers.contains(prev[0].text) || is_upper_word(prev[0].text, 8)))
            return;  // "the SC", "LCRB DMG"
        const std::string_view after = text.substr(e);
        bool person = after.starts_with("'s") || after.starts_with("\u2019s");
        // the word after `k` is a verb, one space on
        auto verb_follows = [&](const Tok& k) {
            const Tok n = word_after(k);
            if (n.text.empty() || text.substr(k.end, n.begin - k.end) != " ") return false;
            return n.text[0] >= 'a' && n.text[0] <= 'z' &&
                   (kVerbs.contains(n.text) || n.text.ends_with("ed"));
        };
        person = person || verb_follows(t);
        if (!person) {  // "GL and RT noted"
            const Tok conj = word_after(t);
            const Tok other = conj.text.empty() ? conj : word_after(conj);
            if (conj.text == "and" && !other.text.empty() &&
                (caps_candidate(other.text) || listed_initials(other.text)))
                person = verb_follows(other);
        }
        if (!person && !first && kObjectVerbs.contains(prev[0].text)) person = true;
        if (!person && first && name_letters(w) &&
            (after.starts_with(" - ") || after.starts_with(" \u2013 ") || after.starts_with(":")))
            person = true;
        if (person) emit(b, e, {});
    };
    if (capital_names_) {
        for (const Tok& t : running.capitals) visit(t);
    } else {
        for_each_word(text, 0, text.size(), [&](const Tok& w) {
            visit(w);
            return true;
        });
    }
    if (out.empty()) return false;
    if (emitted < text.size()) {
        if (runs.size() == 1 && runs.front().text.data() == text.data()) {
            // the text's one run gives its room to the last run (no copy, no allocation)
            std::string last = std::move(runs.front().text);
            last.erase(0, emitted);
            out.push_back({std::move(last), false, {}});
        } else {
            out.push_back({std::string(text.substr(emitted)), false, {}});
        }
    }
    runs = std::move(out);
    return true;
}

void annotate_mentions(Minutes& m) {
    // Every paragraph and list item, read for learning and for annotating.
    std::vector<std::vector<Inline>*> targets;
    std::vector<Item*> stack;
    for (Item& it : m.items) stack.push_back(&it);
    while (!stack.empty()) {
        Item* it = stack.back();
        stack.pop_back();
        for (Block& b : it->content) {
            if (auto* p = std::get_if<Paragraph>(&b)) {
                targets.push_back(&p->content);
            } else if (auto* l = std::get_if<BulletList>(&b)) {
                for (ListItem& li : l->items) targets.push_back(&li.content);
            } else if (auto* sub = std::get_if<Item>(&b)) {
                stack.push_back(sub);
            }
        }
    }
    // A text of one run (most are, before they are annotated) is read where it is: a run is
    // replaced only once its text has been annotated.
    std::vector<MentionIndex::RunningText> running(targets.size());
    // The capital words of all texts in one vector (one allocation, not one a text), a text's
    // end at `ends[i]`: read once, for learning and for annotating.
    std::vector<MentionIndex::Token> capitals;
    std::vector<std::size_t> ends(targets.size());
    for (std::size_t i = 0; i < targets.size(); ++i) {
        MentionIndex::RunningText& r = running[i];
        const std::vector<Inline>& runs = *targets[i];
        if (runs.size() == 1) {
            r.text = runs.front().text;
        } else {
            for (const Inline& in : runs) r.joined += in.text;
            r.text = r.joined;
        }
        for (MentionIndex::Token w = capital_word_from(r.text, 0, false); !w.text.empty();
             w = capital_word_from(r.text, w.end, false))
            capitals.push_back(w);
        ends[i] = capitals.size();
    }
    for (std::size_t i = 0, begin = 0; i < targets.size(); begin = ends[i++])
        running[i].capitals =
            std::span<const MentionIndex::Token>(capitals).subspan(begin, ends[i] - begin);
    const MentionIndex index(m, running);
    for (std::size_t i = 0; i < targets.size(); ++i) {
        std::vector<Inline>& runs = *targets[i];
        if (!index.annotate(running[i], runs) &&
            (runs.size() != 1 || runs.front().mention || !runs.front().ref.empty()))
            runs = {Inline{std::string(running[i].text), false, {}}};
        // (else the text is its one plain run already, or annotated)
    }
}

}  // namespace mtk::converters::layout
