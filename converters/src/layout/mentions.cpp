#include "layout/mentions.hpp"

#include <algorithm>
#include <array>

#include "layout/people.hpp"
#include "layout/text_util.hpp"

namespace mtk::converters::layout {
namespace {

using Tok = MentionIndex::Token;

// What an ASCII byte is to a word (tokenise reads every byte of every paragraph): a letter
// or digit, a joiner ('-', '_') that continues a word but starts none, or neither.
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

// Words: runs of letters and digits, with inner hyphens. Apostrophes split ("MR's").
// Into `out` (cleared), whose room may be reused from text to text.
void tokenise(std::string_view s, std::vector<Tok>& out) {
    out.clear();
    out.reserve(s.size() / 6 + 1);  // about one word in six bytes: usually no reallocation
    std::size_t i = 0;
    while (i < s.size()) {
        const std::size_t start = i;
        if (const auto b = static_cast<unsigned char>(s[i]); b < 0x80) {
            ++i;
            if (kAscii[b] != Ascii::word) continue;
        } else if (!word_char_beyond_ascii(s, i)) {
            continue;
        }
        // The word goes on over letters, digits and joiners ("Ege_Korkan"), up to `end`.
        std::size_t end = s.size();
        while (i < s.size()) {
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
        out.push_back({w, start, start + w.size()});
    }
}

std::vector<Tok> tokenise(std::string_view s) {
    std::vector<Tok> out;
    tokenise(s, out);
    return out;
}

bool caps_candidate(std::string_view w) {
    return (w.size() == 2 || w.size() == 3) &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
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

}  // namespace

void MentionIndex::index_name(Name n) {
    first_bytes_.set(static_cast<unsigned char>(n.tokens.front()[0]));
    const std::string_view first = n.tokens.front();
    names_.emplace(first, std::move(n));
}

void MentionIndex::add_name(const std::string& text, const std::string& id) {
    tokenise(text, scratch_);
    const std::vector<Tok>& found = scratch_;
    if (found.empty()) return;
    auto range = names_.equal_range(found.front().text);
    for (auto it = range.first; it != range.second; ++it)
        if (std::equal(it->second.tokens.begin(), it->second.tokens.end(), found.begin(),
                       found.end(),
                       [](const std::string& a, const Tok& b) { return a == b.text; })) {
            if (it->second.id != id) it->second.id.clear();  // two people: ambiguous
            return;
        }
    std::vector<std::string> toks;
    toks.reserve(found.size());
    for (const Tok& t : found) toks.emplace_back(t.text);
    index_name(Name{std::move(toks), id});
}

namespace {

// False when `text` has no word of two capitals or more: in ASCII text such a word has two
// capitals in a row. Most paragraphs have none and are not tokenised for acronyms.
bool may_have_upper_word(std::string_view text) {
    bool capital = false;
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) return true;  // capitals of other scripts
        const bool now = c >= 'A' && c <= 'Z';
        if (now && capital) return true;
        capital = now;
    }
    return false;
}

}  // namespace

void MentionIndex::learn_acronyms(std::string_view text, bool all_upper_words) {
    if (!may_have_upper_word(text)) return;
    tokenise(text, scratch_);
    learn_acronyms(text, scratch_, all_upper_words);
}

void MentionIndex::learn_acronyms(std::string_view text, std::span<const Token> toks,
                                  bool all_upper_words) {
    for (std::size_t i = 0; i < toks.size(); ++i) {
        const std::string_view w = toks[i].text;
        // (most words start with an ASCII byte that is no capital: not an upper word)
        const auto first = static_cast<unsigned char>(w[0]);
        if ((first < 0x80 && (first < 'A' || first > 'Z')) || !is_upper_word(w, 8)) continue;
        if (all_upper_words) {
            acronyms_.emplace(w);
            continue;
        }
        // "(MOPAC)" after words that are not the person's name; "the SC", "a VRU"
        const bool in_parens = toks[i].begin > 0 && text[toks[i].begin - 1] == '(' &&
                               toks[i].end < text.size() && text[toks[i].end] == ')';
        if (in_parens) {
            std::string before;
            for (std::size_t k = i >= 3 ? i - 3 : 0; k < i; ++k) {
                if (!before.empty()) before += ' ';
                before += toks[k].text;
            }
            if (!initials_fit(w, before) &&
                !(i >= 2 && initials_fit(w, std::string(toks[i - 2].text) + " " +
                                                std::string(toks[i - 1].text))))
                acronyms_.emplace(w);
        } else if (i > 0 && kArticles.contains(toks[i - 1].text) &&
                   adjacent(text, toks[i - 1], toks[i])) {
            acronyms_.emplace(w);
        }
    }
}

MentionIndex::MentionIndex(const Minutes& m, std::span<const RunningText> running) {
    const std::vector<ListedPerson> people = all_people(m);
    // (first name, id) and (initials, id) pairs, grouped by name below: a vector's one
    // allocation instead of a map node and a vector of ids a name.
    std::vector<std::pair<std::string_view, std::string_view>> first_names;
    std::vector<std::pair<std::string, std::string_view>> derived;
    first_names.reserve(people.size());
    derived.reserve(people.size());
    for (const ListedPerson& lp : people) {
        const Person& p = *lp.person;
        add_name(p.name, p.id);
        // "Nell_Waliczek" (a W3C attendance list) is written "Nell Waliczek" in the text
        std::string spaced = p.name;
        std::replace(spaced.begin(), spaced.end(), '_', ' ');
        // The words of the name without its leading honorifics, and the name they spell.
        std::vector<std::string_view> ws = words(spaced);
        const auto honorifics = std::find_if_not(ws.begin(), ws.end(), is_honorific);
        ws.erase(ws.begin(), honorifics);
        std::string bare;
        for (const std::string_view w : ws) {
            if (!bare.empty()) bare += ' ';
            bare += w;
        }
        if (bare != p.name) add_name(bare, p.id);
        if (!p.initials.empty()) {
            add_name(p.initials, p.id);
            listed_initials_.insert(p.initials);
        }
        if (ws.size() >= 2) {
            const char32_t f = first_char(ws.front()), l = first_char(ws.back());
            if (f < 0x80 && l < 0x80) name_letters_.set(std::size_t(f) * 128 + std::size_t(l));
        }
        // "GL presented" for Gareth Lloyd, listed without initials: the letters of the name
        if (p.initials.empty() && ws.size() >= 2 && ws.size() <= 4) {
            std::string letters;
            for (std::string_view w : ws)
                if (const char32_t c = first_char(w); c >= 'A' && c <= 'Z') letters += char(c);
            if (letters.size() == ws.size()) derived.emplace_back(std::move(letters), p.id);
        }
        if (ws.size() >= 2 && char_count(ws.front()) >= 3 &&
            !kUnsafeFirstNames.contains(ws.front()))
            // (the same bytes in the name itself, which outlives the pair)
            first_names.emplace_back(
                std::string_view(p.name).substr(std::size_t(ws.front().data() - spaced.data()),
                                                ws.front().size()),
                p.id);
        learn_acronyms(p.role, true);
        learn_acronyms(p.organisation, true);
    }
    const auto by_name = [](const auto& a, const auto& b) { return a.first < b.first; };
    std::sort(derived.begin(), derived.end(), by_name);
    for (auto group = derived.begin(); group != derived.end();) {
        const auto next = std::find_if(group + 1, derived.end(),
                                       [&](const auto& d) { return d.first != group->first; });
        // only letters that fit one person and are nobody's own initials or one-word name
        const std::string& letters = group->first;
        if (next - group == 1 && !listed_initials_.contains(letters) && !names_.contains(letters))
            index_name(Name{{letters}, std::string(group->second)});
        group = next;
    }
    std::sort(first_names.begin(), first_names.end(), by_name);
    for (auto group = first_names.begin(); group != first_names.end();) {
        const auto next = std::find_if(group + 1, first_names.end(),
                                       [&](const auto& f) { return f.first != group->first; });
        // one person's, or several people's (ambiguous); the same person may come twice
        const bool one =
            std::all_of(group, next, [&](const auto& f) { return f.second == group->second; });
        bool taken = false;  // already someone's initials or one-word name
        auto range = names_.equal_range(group->first);
        for (auto it = range.first; it != range.second; ++it)
            taken |= it->second.tokens.size() == 1;
        if (!taken)
            index_name(Name{{std::string(group->first)},
                            one ? std::string(group->second) : std::string()});
        group = next;
    }
    for (const std::string* s : {&m.meta.title, &m.meta.body, &m.meta.group, &m.meta.venue})
        learn_acronyms(*s, true);
    for_each_item(m, [&](const Item& it, int) { learn_acronyms(it.heading, true); });
    for (const RunningText& r : running)
        if (may_have_upper_word(r.text)) learn_acronyms(r.text, r.tokens, false);
    for_each_block(m, [&](const Block& b, const Item&) {
        if (const auto* a = std::get_if<Action>(&b))
            learn_acronyms(a->text, false);
        else if (const auto* d = std::get_if<Decision>(&b))
            learn_acronyms(d->text, false);
    });
    for (const std::string& i : listed_initials_) acronyms_.erase(i);
    initials_style_ = !listed_initials_.empty() || people.empty();
}

std::vector<Inline> MentionIndex::annotate(const RunningText& running) const {
    std::vector<Inline> out;
    out.reserve(4);  // a run, a mention, a run...: most texts need no reallocation
    const std::string_view text = running.text;
    const std::vector<Token>& toks = running.tokens;
    std::size_t emitted = 0;
    auto emit = [&](std::size_t b, std::size_t e, const std::string& ref) {
        if (b > emitted) out.push_back({std::string(text.substr(emitted, b - emitted)), false, {}});
        out.push_back({std::string(text.substr(b, e - b)), true, ref});
        emitted = e;
    };
    for (std::size_t i = 0; i < toks.size(); ++i) {
        // the longest listed name starting here
        std::size_t best_len = 0;
        const Name* best = nullptr;
        auto range = first_bytes_.test(static_cast<unsigned char>(toks[i].text[0]))
                         ? names_.equal_range(toks[i].text)
                         : std::pair{names_.end(), names_.end()};
        for (auto it = range.first; it != range.second; ++it) {
            const auto& nt = it->second.tokens;
            if (i + nt.size() > toks.size() || nt.size() <= best_len) continue;
            bool ok = true;
            for (std::size_t k = 0; k < nt.size() && ok; ++k) {
                ok = toks[i + k].text == nt[k];
                if (ok && k > 0) ok = adjacent(text, toks[i + k - 1], toks[i + k]);
            }
            if (!ok) continue;
            // a first name alone must not be the start of someone else's full name
            if (nt.size() == 1 && !listed_initials_.contains(nt[0]) && i + 1 < toks.size() &&
                text.substr(toks[i].end, toks[i + 1].begin - toks[i].end) == " " &&
                is_capitalised_word(toks[i + 1].text))
                continue;
            best = &it->second;
            best_len = nt.size();
        }
        if (best) {
            if (!best->id.empty()) emit(toks[i].begin, toks[i + best_len - 1].end, best->id);
            i += best_len - 1;
            continue;
        }
        const std::string_view w = toks[i].text;
        if (!caps_candidate(w) || acronyms_.contains(w)) continue;
        const std::size_t b = toks[i].begin, e = toks[i].end;
        auto before = [&](std::size_t k) { return b >= k ? text[b - k] : ' '; };
        const char next_c = e < text.size() ? text[e] : ' ';
        if (before(1) == '-' || before(1) == '/' || before(1) == '#' || next_c == '-' ||
            next_c == '/' || (next_c >= '0' && next_c <= '9'))
            continue;
        if (!initials_style_ && !name_letters(w)) continue;
        if (i > 0 && adjacent(text, toks[i - 1], toks[i]) &&
            (kDeterminers.contains(toks[i - 1].text) || is_upper_word(toks[i - 1].text, 8)))
            continue;  // "the SC", "LCRB DMG"
        const std::string_view after = text.substr(e);
        bool person = after.starts_with("'s") || after.starts_with("\u2019s");
        auto verb_follows = [&](std::size_t k) {
            if (k + 1 >= toks.size() ||
                text.substr(toks[k].end, toks[k + 1].begin - toks[k].end) != " ")
                return false;
            const std::string_view n = toks[k + 1].text;
            return !n.empty() && n[0] >= 'a' && n[0] <= 'z' &&
                   (kVerbs.contains(n) || n.ends_with("ed"));
        };
        person = person || verb_follows(i);
        if (!person && i + 2 < toks.size() && (toks[i + 1].text == "and") &&
            (caps_candidate(toks[i + 2].text) || listed_initials_.contains(toks[i + 2].text)))
            person = verb_follows(i + 2);
        if (!person && i > 0 && kObjectVerbs.contains(toks[i - 1].text)) person = true;
        if (!person && i == 0 && name_letters(w) &&
            (after.starts_with(" - ") || after.starts_with(" \u2013 ") || after.starts_with(":")))
            person = true;
        if (person) emit(b, e, {});
    }
    if (emitted < text.size() || out.empty())
        out.push_back({std::string(text.substr(emitted)), false, {}});
    return out;
}

void annotate_mentions(Minutes& m) {
    // Every paragraph and list item, tokenised once for learning and for annotating.
    std::vector<std::vector<Inline>*> targets;
    std::vector<MentionIndex::RunningText> running;
    std::vector<Item*> stack;
    for (Item& it : m.items) stack.push_back(&it);
    while (!stack.empty()) {
        Item* it = stack.back();
        stack.pop_back();
        for (Block& b : it->content) {
            if (auto* p = std::get_if<Paragraph>(&b)) {
                targets.push_back(&p->content);
                running.push_back({p->text(), {}});
            } else if (auto* l = std::get_if<BulletList>(&b)) {
                for (ListItem& li : l->items) {
                    targets.push_back(&li.content);
                    running.push_back({li.text(), {}});
                }
            } else if (auto* sub = std::get_if<Item>(&b)) {
                stack.push_back(sub);
            }
        }
    }
    // (after the vector has its final size: the tokens point into its strings)
    for (MentionIndex::RunningText& r : running) r.tokens = tokenise(r.text);
    const MentionIndex index(m, running);
    for (std::size_t i = 0; i < targets.size(); ++i) *targets[i] = index.annotate(running[i]);
}

}  // namespace mtk::converters::layout
