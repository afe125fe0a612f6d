#include "text/text_lines.hpp"

#include <algorithm>

#include "layout/headings.hpp"
#include "layout/text_util.hpp"
#include "text/inline_markup.hpp"

namespace mtk::converters::text {
namespace {

using Kind = SourceLine::Kind;

std::vector<std::string_view> split_lines(std::string_view t) {
    std::vector<std::string_view> out;
    out.reserve(t.size() / 32 + 1);  // about a line for every 32 bytes, as minutes run
    std::size_t start = 0;
    while (start <= t.size()) {
        std::size_t end = t.find('\n', start);
        if (end == std::string_view::npos) end = t.size();
        out.push_back(t.substr(start, end - start));
        if (end == t.size()) break;
        start = end + 1;
    }
    if (!out.empty() && out.back().empty()) out.pop_back();
    return out;
}

// Leading whitespace width (tab = next multiple of 4) and the rest of the line.
std::pair<int, std::string_view> indentation(std::string_view l) {
    int col = 0;
    std::size_t i = 0;
    for (; i < l.size(); ++i) {
        if (l[i] == ' ')
            ++col;
        else if (l[i] == '\t')
            col = (col / 4 + 1) * 4;
        else
            break;
    }
    return {col, l.substr(i)};
}

// (A loop: find_first_not_of would call memchr for each byte, and every line is asked.)
bool is_blank(std::string_view l) {
    for (const char c : l)
        if (c != ' ' && c != '\t' && c != '\f' && c != '\v') return false;
    return true;
}

// "---", "===", "***", "- - -": a rule (or a setext underline).
char rule_char(std::string_view l) {
    const std::string_view t = layout::trim(l);
    if (t.size() < 3) return 0;
    const char c = t[0];
    if (c != '-' && c != '=' && c != '*' && c != '_') return 0;
    int n = 0;
    for (char x : t) {
        if (x == c)
            ++n;
        else if (x != ' ')
            return 0;
    }
    return n >= 3 ? c : 0;
}

// The length of the bullet at the start of `s`, its following space or tab included; 0
// when none. Bullets: "- * + • · ▪" before a space, "- * •" before a tab.
std::size_t bullet(std::string_view s) {
    const auto gap = [&](std::size_t at, bool tab) {
        return at < s.size() && (s[at] == ' ' || (tab && s[at] == '\t')) ? at + 1 : 0;
    };
    switch (s[0]) {
        case '-':
        case '*':
            return gap(1, true);
        case '+':
            return gap(1, false);
        case '\xC2':  // U+00B7
            return s.starts_with("\u00B7") ? gap(2, false) : 0;
        case '\xE2':  // U+2022, U+25AA
            if (s.starts_with("\u2022")) return gap(3, true);
            return s.starts_with("\u25AA") ? gap(3, false) : 0;
        default:
            return 0;
    }
}

// A list marker at the start of `s`: its length including the following space, 0 when none.
std::size_t list_marker(std::string_view s) {
    if (s.size() < 2) return 0;
    if (const std::size_t b = bullet(s)) return b;
    std::size_t i = 0;
    while (i < s.size() && i < 3 && s[i] >= '0' && s[i] <= '9') ++i;
    if (i == 0) {
        const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
        const auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
        if (upper(s[0])) {
            i = 1;
            if (s.size() > 1 && upper(s[1])) i = 2;
        } else if (lower(s[0])) {
            i = 1;
        } else {
            return 0;
        }
    }
    if (i + 1 >= s.size() || (s[i] != '.' && s[i] != ')')) return 0;
    if (s[i + 1] != ' ' && s[i + 1] != '\t') return 0;
    // letters: "A. Title" yes; "J. Smith said" is a name, not a marker
    if (!(s[0] >= '0' && s[0] <= '9')) {
        const std::string_view rest = layout::trim(s.substr(i + 2));
        if (rest.size() >= 2 && rest[1] == '.' && rest[0] >= 'A' && rest[0] <= 'Z') return 0;
    }
    return i + 2;
}

std::vector<std::string> table_cells(std::string_view t) {
    std::vector<std::string> cells;
    std::string_view s = layout::trim(t);
    if (s.starts_with("|")) s.remove_prefix(1);
    if (s.ends_with("|")) s.remove_suffix(1);
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || (s[i] == '|' && (i == 0 || s[i - 1] != '\\'))) {
            cells.push_back(strip_inline(s.substr(start, i - start)).text);
            start = i + 1;
        }
    }
    return cells;
}

bool table_separator(std::string_view t) {
    const std::string_view s = layout::trim(t);
    return s.size() >= 3 && s.find_first_not_of("|-: ") == std::string_view::npos &&
           s.find('-') != std::string_view::npos;
}

// The text of a row of cells: the cells, TAB-separated.
std::string joined_cells(const std::vector<std::string>& cells) {
    std::string text;
    for (const std::string& c : cells) text += (text.empty() ? "" : "\t") + c;
    return text;
}

// The width the text is wrapped at, if it is: the 95th percentile of the widths of its
// non-blank lines (a few long lines, a URL or a table, do not count). A document with a
// paragraph a line has a large one.
std::size_t wrap_width(const std::vector<std::string_view>& lines,
                       const std::vector<std::size_t>& line_widths) {
    std::vector<std::size_t> widths;
    widths.reserve(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (!is_blank(lines[i])) widths.push_back(line_widths[i]);
    if (widths.empty()) return 0;
    const auto at = widths.begin() + std::ptrdiff_t(widths.size() * 95 / 100);
    std::nth_element(widths.begin(), at, widths.end());
    return *at;
}

// Where the cells of a space-aligned table row start: the first non-space column, and each
// column after a run of two or more spaces. Lines with tabs are left to the tab rule.
std::vector<std::size_t> cell_starts(std::string_view l) {
    std::vector<std::size_t> starts;
    if (l.find('\t') != std::string_view::npos) return starts;
    std::size_t spaces = 0;
    for (std::size_t i = 0; i < l.size(); ++i) {
        if (l[i] == ' ') {
            ++spaces;
            continue;
        }
        if (starts.empty() || spaces >= 2) starts.push_back(i);
        spaces = 0;
    }
    return starts;
}

// Cell k of `l`, whose cells start at `starts`.
std::string_view cell_at(std::string_view l, const std::vector<std::size_t>& starts,
                         std::size_t k) {
    const std::size_t end = k + 1 < starts.size() ? starts[k + 1] : l.size();
    return layout::trim(l.substr(starts[k], end - starts[k]));
}

// The cell of `row` that starts at one of `header`'s columns (one column of slack), per
// header column; empty where the row leaves the column blank.
std::vector<std::string> aligned_cells(std::string_view row,
                                       const std::vector<std::size_t>& header) {
    std::vector<std::string> cells(header.size());
    const std::vector<std::size_t> starts = cell_starts(row);
    for (std::size_t k = 0; k < starts.size(); ++k)
        for (std::size_t c = 0; c < header.size(); ++c)
            if (starts[k] + 1 >= header[c] && starts[k] <= header[c] + 1)
                cells[c] = std::string(cell_at(row, starts, k));
    return cells;
}

// True when every cell of `row` starts at a column of `header` (one column of slack).
bool aligned(std::string_view row, const std::vector<std::size_t>& header) {
    const std::vector<std::size_t> starts = cell_starts(row);
    if (starts.size() < 2 || starts.front() != header.front()) return false;
    return std::all_of(starts.begin(), starts.end(), [&](std::size_t s) {
        return std::any_of(header.begin(), header.end(),
                           [&](std::size_t h) { return s + 1 >= h && s <= h + 1; });
    });
}

// The header of a table laid out with spaces ("No.  Action   Who  By when"): three or more
// short cells of words, no sentence. Typed or exported from a word processor, it is the
// only sign of a table that plain text keeps.
// Every line is asked, and most fail on their words: those are counted first, word by
// word, and the bytes looked at for a tab or a digit only then. A tab makes no cell (see
// cell_starts) and a digit in any cell is a digit anywhere in the line.
bool space_table_header(std::string_view l) {
    std::size_t cells = 0;
    std::size_t words = 0;  // of the current cell
    for (std::size_t i = 0; i < l.size();) {
        const std::size_t gap = i;  // the spaces before the word
        while (i < l.size() && l[i] == ' ') ++i;
        if (i == l.size()) break;
        if (cells == 0 || i - gap >= 2) {
            ++cells;
            words = 0;
        }
        if (++words > 4) return false;
        while (i < l.size() && l[i] != ' ') ++i;
    }
    return cells >= 3 && std::none_of(l.begin(), l.end(),
                                      [](char c) { return c == '\t' || (c >= '0' && c <= '9'); });
}

// The first and the last word of `s` (layout::words without the vector), empty when none.
std::string_view first_word(std::string_view s) {
    const std::size_t b = s.find_first_not_of(' ');
    if (b == std::string_view::npos) return {};
    const std::size_t e = s.find(' ', b);
    return s.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b);
}

std::string_view last_word(std::string_view s) {
    const std::size_t e = s.find_last_not_of(' ');
    if (e == std::string_view::npos) return {};
    const std::size_t b = s.rfind(' ', e);
    const std::size_t from = b == std::string_view::npos ? 0 : b + 1;
    return s.substr(from, e + 1 - from);
}

// Words a wrapped line may end on but a heading does not ("... the report of the").
bool ends_open(std::string_view text) {
    static constexpr std::string_view kOpen[] = {"a",   "an",   "and", "as",   "at",   "by",
                                                 "for", "from", "in",  "into", "of",   "on",
                                                 "or",  "the",  "to",  "with", "that", "which"};
    const std::string_view last = last_word(text);
    if (last.empty()) return true;
    return std::any_of(std::begin(kOpen), std::end(kOpen),
                       [&](std::string_view w) { return layout::iequals(last, w); });
}

class Reader {
  public:
    std::vector<SourceLine> run(std::string_view text) {
        const auto lines = split_lines(text);
        widths_.reserve(lines.size());
        for (std::string_view l : lines) widths_.push_back(layout::char_count(l));
        wrap_width_ = wrap_width(lines, widths_);
        out_.reserve(lines.size());  // a line gives one SourceLine at most
        std::size_t i = front_matter(lines);
        for (; i < lines.size(); ++i) {
            if (!in_fence_ && !in_comment_) i = space_table(lines, i);
            if (i >= lines.size()) break;
            line(lines[i], int(i) + 1);
            last_width_ = widths_[i];
        }
        return std::move(out_);
    }

  private:
    std::vector<SourceLine> out_;
    std::vector<std::size_t> widths_;  // in characters, per line
    std::size_t wrap_width_ = 0;
    std::size_t last_width_ = 0;   // of the line before the one being read
    bool item_continued_ = false;  // the last list item took a continuation line
    std::vector<int> list_indents_;
    bool in_fence_ = false;
    std::string fence_;
    bool in_comment_ = false;

    void emit_blank(int n) {
        SourceLine& b = out_.emplace_back();
        b.kind = Kind::blank;
        b.line = n;
    }

    SourceLine* last() { return out_.empty() ? nullptr : &out_.back(); }

    // A table laid out with spaces at line i: a header and at least two rows whose cells
    // start at the header's columns. Emits them as table rows and returns the index of the
    // first line after them, or i when there is no such table.
    std::size_t space_table(const std::vector<std::string_view>& lines, std::size_t i) {
        if (!space_table_header(lines[i])) return i;
        const std::vector<std::size_t> header = cell_starts(lines[i]);
        std::size_t end = i + 1;
        while (end < lines.size() && !is_blank(lines[end]) && aligned(lines[end], header)) ++end;
        if (end - i < 3) return i;
        list_indents_.clear();
        for (std::size_t k = i; k < end; ++k) {
            SourceLine s;
            s.kind = Kind::table_row;
            s.line = int(k) + 1;
            s.header_row = k == i;
            s.cells = aligned_cells(lines[k], header);
            s.text = joined_cells(s.cells);
            out_.push_back(std::move(s));
        }
        last_width_ = widths_[end - 1];
        return end;
    }

    // The line break before `next` is no wrap: its first word would have fitted on the line
    // before. Only such breaks can end a numbered title or come before one.
    bool fits_before(std::string_view next) const {
        const std::string_view w = first_word(next);
        return !w.empty() && last_width_ + 1 + layout::char_count(w) <= wrap_width_;
    }

    // "25/01 Declarations of interest", "Item 3 - Budget": a numbered title on one line,
    // after a line that ends a sentence. A wrapped sentence going on in a line of this shape
    // would have to fill the line; a title takes half of it at most.
    bool numbered_title_after_sentence(std::string_view prev, std::string_view next) const {
        return ends_sentence(prev) && numbered_title(next) &&
               (fits_before(next) || 2 * layout::char_count(next) <= wrap_width_);
    }

    // "25/01 Declarations of interest": a number and a short title on one line.
    static bool numbered_title(std::string_view text) {
        const auto nh = layout::parse_numbered_heading(text);
        return nh && layout::title_like(nh->title, 10) && !ends_open(nh->title);
    }

    // "Also attending: ...", "Apologies:", "Action: ...": a line that opens with a label of
    // one to four capitalised words and a colon starts a field of its own, never a wrap.
    static bool opens_label(std::string_view text) {
        const std::size_t colon = text.find(':');
        if (colon == std::string_view::npos || colon == 0 ||
            (colon + 1 < text.size() && text[colon + 1] != ' '))
            return false;
        const std::string_view label = text.substr(0, colon);
        const std::size_t words = layout::word_count(label);
        return words >= 1 && words <= 4 && layout::is_upper(layout::first_char(first_word(label)));
    }

    static bool ends_sentence(std::string_view text) {
        const char32_t c = layout::last_char(layout::trim(text));
        return c == '.' || c == '!' || c == '?';
    }

    // True when the line after a list item starts a block of its own, though no blank line
    // comes between, as many clerks type minutes: the item is a numbered title on one line
    // and the next line starts a sentence ("1. Apologies" / "Apologies were received"), or
    // the item ends a sentence and the next line starts another one (a numbered title, or
    // any sentence that would have fitted on the item's line). Either way the line break is
    // no wrap.
    bool deliberate_break(const SourceLine& item, std::string_view next, int indent) const {
        if (numbered_title_after_sentence(item.text, next)) return true;
        if (!fits_before(next) || item_continued_ || item.marker.empty()) return false;
        // "b. Purchase of two patrol vehicles." / "Motion by ...": a sentence ends the item
        // and the next one, which would have fitted on its line, starts on a line of its own
        // at the item's margin (an indented line is the item's: "    Status: done")
        if (ends_sentence(item.text) && indent <= item.indent &&
            layout::is_upper(layout::first_char(layout::trim(next))))
            return true;
        // a numbered title, or a lettered one in capitals ("A. CALL TO ORDER")
        const bool capitals = std::none_of(item.text.begin(), item.text.end(),
                                           [](char c) { return c >= 'a' && c <= 'z'; });
        if (!layout::is_digit(item.marker[0]) &&
            !(capitals && item.marker[0] >= 'A' && item.marker[0] <= 'Z'))
            return false;
        if (!layout::title_like(item.text, 10) || ends_open(item.text)) return false;
        // a sentence, or a numbered sub-title ("8. NEW BUSINESS" / "8.1 Budget amendment")
        return layout::is_upper(layout::first_char(layout::trim(next))) || numbered_title(next);
    }

    // The same for a plain text line after another: the previous line is a numbered title,
    // or ends a sentence before one.
    bool deliberate_break_after_text(const SourceLine& prev, std::string_view next) const {
        if (numbered_title_after_sentence(prev.text, next)) return true;
        return fits_before(next) && numbered_title(prev.text) &&
               (layout::is_upper(layout::first_char(layout::trim(next))) || numbered_title(next));
    }

    std::size_t front_matter(const std::vector<std::string_view>& lines) {
        if (lines.empty() || layout::trim(lines[0]) != "---") return 0;
        std::size_t end = 1;
        while (end < lines.size() && end < 200 && layout::trim(lines[end]) != "---" &&
               layout::trim(lines[end]) != "...")
            ++end;
        if (end >= lines.size() || end >= 200) return 0;
        for (std::size_t k = 1; k < end; ++k) {
            const std::string_view l = lines[k];
            const std::size_t colon = l.find(':');
            if (colon == std::string_view::npos || l.empty() || l[0] == ' ' || l[0] == '\t' ||
                l[0] == '-')
                continue;
            SourceLine m;
            m.kind = Kind::meta;
            m.line = int(k) + 1;
            m.cells = {std::string(layout::trim(l.substr(0, colon))),
                       decode_entities(layout::trim(l.substr(colon + 1)))};
            m.text = m.cells[1];
            out_.push_back(std::move(m));
        }
        return end + 1;
    }

    void line(std::string_view raw, int n) {
        const auto [indent, body] = indentation(raw);
        if (in_fence_) {
            if (body.starts_with(fence_)) {
                in_fence_ = false;
                emit_blank(n);
            } else {
                plain_text(raw, indent, n, false);
            }
            return;
        }
        if (in_comment_) {
            if (raw.find("-->") != std::string_view::npos) in_comment_ = false;
            emit_blank(n);
            return;
        }
        if (body.starts_with("```") || body.starts_with("~~~")) {
            in_fence_ = true;
            fence_ = std::string(body.substr(0, 3));
            emit_blank(n);
            return;
        }
        if (body.starts_with("<!--")) {
            in_comment_ = raw.find("-->") == std::string_view::npos;
            emit_blank(n);
            return;
        }
        if (body.starts_with(":::") || is_blank(raw)) {
            emit_blank(n);
            return;
        }
        if (const char rc = rule_char(body)) {
            SourceLine* prev = last();
            const bool underline = (rc == '=' || rc == '-') && indent < 4 &&
                                   layout::trim(body).find(' ') == std::string_view::npos;
            if (underline && prev && prev->kind == Kind::text && !prev->continuation &&
                prev->line == n - 1 && prev->indent < 4) {
                prev->kind = Kind::heading;
                prev->level = rc == '=' ? 1 : 2;
            }
            emit_blank(n);
            return;
        }
        if (indent < 4 && body.starts_with("#")) {
            std::size_t h = 0;
            while (h < body.size() && body[h] == '#') ++h;
            if (h <= 6 && (h == body.size() || body[h] == ' ' || body[h] == '\t')) {
                std::string_view t = layout::trim(body.substr(h));
                while (t.ends_with("#")) t.remove_suffix(1);
                InlineText it = strip_inline(t);
                SourceLine s;
                s.kind = Kind::heading;
                s.level = int(h);
                s.line = n;
                s.indent = indent;
                s.text = std::move(it.text);
                s.emphasised = it.emphasised;
                s.href = std::move(it.href);
                list_indents_.clear();
                if (!s.text.empty())
                    out_.push_back(std::move(s));
                else
                    emit_blank(n);
                return;
            }
        }
        if (body.starts_with("|") && body.find('|', 1) != std::string_view::npos) {
            if (table_separator(body)) {
                if (SourceLine* prev = last(); prev && prev->kind == Kind::table_row)
                    prev->header_row = true;
                emit_blank(n);
                return;
            }
            SourceLine& s = out_.emplace_back();
            s.kind = Kind::table_row;
            s.line = n;
            s.cells = table_cells(body);
            s.text = joined_cells(s.cells);
            return;
        }
        // "...Councillors Mrs." / "E. Baxter, T. Cole": a letter and a full stop right under
        // a line of text, which does not end in a colon, are an initial, not a list marker.
        const SourceLine* above = last();
        const bool initial_under_text = above && above->line == n - 1 &&
                                        above->kind == Kind::text && !above->text.ends_with(':') &&
                                        body.size() > 3 && body[0] >= 'A' && body[0] <= 'Z' &&
                                        body[1] == '.' && body[2] == ' ';
        if (const std::size_t m = initial_under_text ? 0 : list_marker(body)) {
            while (!list_indents_.empty() && list_indents_.back() > indent)
                list_indents_.pop_back();
            if (list_indents_.empty() || list_indents_.back() < indent)
                list_indents_.push_back(indent);
            InlineText it = strip_inline(body.substr(m));
            SourceLine& s = out_.emplace_back();
            s.kind = Kind::list_item;
            s.line = n;
            s.indent = indent;
            s.level = int(list_indents_.size());
            item_continued_ = false;
            s.marker = std::string(layout::trim(body.substr(0, m)));
            s.text = std::move(it.text);
            s.emphasised = it.emphasised;
            s.href = std::move(it.href);
            return;
        }
        plain_text(raw, indent, n, true);
    }

    void plain_text(std::string_view raw, int indent, int n, bool markup) {
        const std::string_view body = layout::trim(raw);
        SourceLine* prev = last();
        const bool follows = prev && prev->line == n - 1 && prev->kind != Kind::blank;
        // a continuation line of a list item belongs to the item, unless the item is a
        // numbered title the line break ends ("1. Apologies" / "Apologies were received")
        if (markup && follows && prev->kind == Kind::list_item &&
            !deliberate_break(*prev, body, indent)) {
            item_continued_ = true;
            InlineText it = strip_inline(body);
            layout::join_spaced(prev->text, it.text);
            prev->emphasised = false;
            prev->href.clear();
            return;
        }
        if (indent == 0) list_indents_.clear();
        // Built in place; `prev` is the line before it again.
        SourceLine& s = out_.emplace_back();
        if (follows) prev = &out_[out_.size() - 2];
        s.line = n;
        s.indent = indent;
        if (markup) {
            InlineText it = strip_inline(body);
            s.text = std::move(it.text);
            s.href = std::move(it.href);
            if (it.emphasised) {
                s.kind = Kind::heading;
                s.level = 6;
                s.emphasised = true;
            }
        } else {
            s.text = layout::collapse_ws(body);
        }
        // "Name<TAB>Role": columns of a plain-text table
        if (markup && body.find('\t') != std::string_view::npos && s.kind == Kind::text) {
            std::size_t start = 0;
            for (std::size_t i = 0; i <= body.size(); ++i)
                if (i == body.size() || body[i] == '\t') {
                    std::string cell = strip_inline(body.substr(start, i - start)).text;
                    if (!cell.empty()) s.cells.push_back(std::move(cell));
                    start = i + 1;
                }
            if (s.cells.size() < 2) s.cells.clear();
        }
        s.continuation = s.kind == Kind::text && follows && prev->kind == Kind::text &&
                         !(markup && deliberate_break_after_text(*prev, body));
        s.wrapped = s.continuation && !opens_label(s.text) &&
                    (layout::is_lower(layout::first_char(body)) || indent > prev->indent ||
                     (prev->wrapped && indent == prev->indent) || ends_open(prev->text) ||
                     prev->text.ends_with(',') || !fits_before(body));
        if (s.text.empty()) {
            s = SourceLine();
            s.kind = Kind::blank;
            s.line = n;
        }
    }
};

}  // namespace

std::vector<SourceLine> to_source_lines(std::string_view text) {
    return Reader().run(text);
}

}  // namespace mtk::converters::text
