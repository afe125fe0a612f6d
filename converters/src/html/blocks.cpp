#include "html/blocks.hpp"

#include <algorithm>
#include <optional>
#include <string_view>
#include <utility>

#include "html/dom.hpp"
#include "html/line_text.hpp"
#include "layout/text_util.hpp"

namespace mtk::converters::html {
namespace {

using namespace std::string_view_literals;
using Kind = SourceLine::Kind;

bool is_bold(const xmlNode* el) {
    const std::string_view n = name_of(el);
    if (n == "b"sv || n == "strong"sv) return true;
    const std::string_view css = attr(el, "style");
    if (css.empty()) return false;
    const std::string style = compact_style(css);
    const auto at = style.find("font-weight:");
    if (at == std::string::npos) return false;
    const std::string_view w = std::string_view(style).substr(at + 12);
    return w.starts_with("bold") || w.starts_with("600") || w.starts_with("700") ||
           w.starts_with("800") || w.starts_with("900");
}

bool blank_text(const xmlNode* t) {
    for (const xmlChar* c = t->content; c && *c; ++c)
        if (!(*c == ' ' || *c == '\n' || *c == '\t' || *c == '\r' || *c == '\f')) return false;
    return true;
}

bool is_list(std::string_view n) {
    return n == "ul"sv || n == "ol"sv || n == "menu"sv || n == "dir"sv;
}

class Extractor {
  public:
    Extractor(const ParsedHtml& page, const PageLayout& layout) : page_(page), layout_(layout) {}

    std::vector<SourceLine> run() {
        out_.reserve(2 * layout_.elements());
        document_title(heading_level(layout_.title()) == 1 ? "site" : "title");
        if (layout_.root()) walk(layout_.root(), 0);
        end_line();
        if (!out_.empty() && out_.back().kind == Kind::blank) out_.pop_back();
        return std::move(out_);
    }

  private:
    // The page's <title> (in <head>, which the walk never enters) goes to the assembler as
    // metadata: the title of a page without an h1; with an h1, only for the site's name it
    // often carries ("Minutes - Cabinet - 14 November 2024 - Brookfield District Council"),
    // as field "site".
    void document_title(const char* field) {
        const xmlNode* top = xmlDocGetRootElement(page_.doc());
        for (const xmlNode* head = top ? top->children : nullptr; head; head = head->next) {
            if (name_of(head) != "head"sv) continue;
            for (const xmlNode* t = head->children; t; t = t->next) {
                if (name_of(t) != "title"sv) continue;
                Scope s(*this);
                mode_ = Mode::line;
                children(t, 1);
                if (cur_.text.empty()) return;
                SourceLine l = take(Kind::meta, 0);
                l.cells = {field, l.text};
                out_.push_back(std::move(l));
                return;
            }
        }
    }

    // --- collecting text ---------------------------------------------------------------

    // A text node; inside <pre> in a block, each newline ends a line.
    void put_text(const xmlNode* t) {
        if (!t->content) return;
        const std::string_view s(reinterpret_cast<const char*>(t->content));
        const bool split = pre_ && mode_ == Mode::block;
        for (std::size_t begin = 0; begin <= s.size();) {
            const std::size_t nl = split ? s.find('\n', begin) : std::string_view::npos;
            const std::size_t end = nl == std::string_view::npos ? s.size() : nl;
            cur_.add(page_, t, s, begin, end, bold_ > 0, link_);
            if (nl == std::string_view::npos) break;
            end_line();
            begin = nl + 1;
        }
    }

    void separate() { cur_.space = true; }

    // The line being collected, as a line of `kind`; the next one starts afresh.
    SourceLine take(Kind kind, int level) {
        SourceLine l;
        take(l, kind, level);
        return l;
    }

    // The same, into `l` (a default line).
    void take(SourceLine& l, Kind kind, int level) {
        l.kind = kind;
        l.text = std::move(cur_.text);
        l.line = cur_.line;
        l.level = level;
        l.emphasised = cur_.all_bold();
        l.continuation = kind == Kind::text && cur_.after_break;
        if (cur_.link && !cur_.not_one_link) l.href = std::string(attr(cur_.link, "href"));
        if (kind == Kind::list_item) l.marker = std::exchange(item_marker_, {});
        if (kind == Kind::heading && !heading_prefix_.empty() && !l.text.empty())
            l.text = std::exchange(heading_prefix_, {}) + " " + l.text;
        if ((kind == Kind::heading || kind == Kind::text) && !row_number_.empty() &&
            !l.text.empty())
            l.text = std::exchange(row_number_, {}) + " " + l.text;
        cur_ = {};
    }

    // Takes the line being collected and adds it, built in place, unless it has no text.
    void emit(Kind kind, int level) {
        if (cur_.text.empty())
            take(kind, level);  // for what taking resets
        else
            take(out_.emplace_back(), kind, level);
    }

    // Bold-only paragraphs, labels and captions: the deepest level, as the text converter
    // gives bold-only lines.
    static constexpr int kInferredHeadingLevel = 6;

    // Ends the line being collected, as the context says: an item of the list being
    // walked, else running text (a heading when all of it is bold and it is short).
    void end_line() {
        if (cur_.text.empty()) {
            cur_ = {};
            return;
        }
        if (item_level_ > 0) return emit(Kind::list_item, item_level_);
        const std::size_t n = cur_.text.size();
        const bool bold_only = cur_.all_bold() && n <= 120 &&
                               !(cur_.text.back() == '.' && n > 60) && !cur_.after_break;
        if (bold_only) return emit(Kind::heading, kInferredHeadingLevel);
        emit(Kind::text, 0);
    }

    // <br>: the next line continues the paragraph; two in a row end it (legacy pages).
    void line_break() {
        if (!cur_.text.empty()) {
            end_line();
            cur_.after_break = true;
        } else if (cur_.after_break) {
            blank();
            cur_.after_break = false;
        }
    }

    void blank() {
        if (out_.empty() || out_.back().kind == Kind::blank) return;
        const int line = out_.back().line;
        SourceLine& b = out_.emplace_back();
        b.kind = Kind::blank;
        b.line = line;
    }

    // --- walking -----------------------------------------------------------------------

    enum class Mode {
        block,  ///< blocks end lines
        line,   ///< everything goes into the current line (a heading, list item, cell, label)
    };

    // Saves the walking context and restores it on scope exit.
    struct Scope {
        explicit Scope(Extractor& e)
            : e(e), mode(e.mode_), item_level(e.item_level_), headings_only(e.headings_only_) {}
        ~Scope() {
            e.mode_ = mode;
            e.item_level_ = item_level;
            e.headings_only_ = headings_only;
        }
        Extractor& e;
        Mode mode;
        int item_level;
        bool headings_only;
    };

    void walk(const xmlNode* n, int depth) {
        if (done_ || depth > kMaxDepth) return;
        if (n->type == XML_TEXT_NODE) {
            if (!headings_only_) put_text(n);
        } else if (is_element(n)) {
            element(n, depth);
            if (n == layout_.stop_after()) done_ = true;
        }
    }

    void children(const xmlNode* n, int depth) {
        for (const xmlNode* c = n->children; c && !done_; c = c->next) walk(c, depth + 1);
    }

    void element(const xmlNode* el, int depth) {
        const Verdict v = layout_.classify(el, in_main_ > 0);
        if (v == Verdict::drop) return;
        const std::string_view name = name_of(el);
        const bool main =
            name == "main"sv || name == "article"sv || iequals(attr(el, "role"), "main");
        in_main_ += main;
        if (v == Verdict::headings_only || (headings_only_ && !heading_level(el))) {
            Scope s(*this);
            headings_only_ = true;
            children(el, depth);
        } else if (const int level = heading_level(el)) {
            heading(el, level, depth);
        } else if (name == "br"sv) {
            mode_ == Mode::line ? separate() : line_break();
        } else if (name == "hr"sv) {
            if (mode_ == Mode::block) {
                end_line();
                blank();
            }
        } else if (is_list(name)) {
            list(el, depth);
        } else if (name == "li"sv) {
            list_item(el, depth);
        } else if (name == "dl"sv) {
            definition_list(el, depth);
        } else if (name == "table"sv) {
            table(el, depth);
        } else if (name == "pre"sv) {
            ++pre_;
            block(el, depth);
            --pre_;
        } else if (name == "a"sv && has_attr(el, "href")) {
            const xmlNode* outer = std::exchange(link_, el);
            children(el, depth);
            link_ = outer;
        } else if (is_bold(el)) {
            ++bold_;
            is_block(el) ? block(el, depth) : children(el, depth);
            --bold_;
        } else if (is_block(el)) {
            block(el, depth);
        } else {
            children(el, depth);
        }
        in_main_ -= main;
    }

    void block(const xmlNode* el, int depth) {
        if (mode_ == Mode::line) {
            separate();
            children(el, depth);
            separate();
            return;
        }
        end_line();
        children(el, depth);
        end_line();
        blank();
    }

    void heading(const xmlNode* el, int level, int depth) {
        if (mode_ == Mode::line) return block(el, depth);
        end_line();
        {
            Scope s(*this);
            mode_ = Mode::line;
            item_level_ = 0;
            headings_only_ = false;
            children(el, depth);
        }
        emit(Kind::heading, level);
        blank();
    }

    void list(const xmlNode* el, int depth) {
        const bool nested_in_item = mode_ == Mode::line && item_level_ > 0;
        if (mode_ == Mode::line && !nested_in_item) return block(el, depth);  // in a cell
        end_line();  // the text of the enclosing item, before its sub-list
        {
            Scope s(*this);
            const ListState outer = list_;
            list_ = {};
            if (name_of(el) == "ol"sv) {
                const std::string_view type = attr(el, "type");
                list_.type = type.size() == 1 && std::string_view("1aAiI").find(type[0]) !=
                                                     std::string_view::npos
                                 ? type[0]
                                 : '1';
                list_.next = number_attr(el, "start").value_or(1);
            }
            mode_ = Mode::block;
            item_level_ = 0;
            ++list_depth_;
            children(el, depth);
            end_line();
            --list_depth_;
            list_ = outer;
        }
        if (list_depth_ == 0) blank();
    }

    void list_item(const xmlNode* el, int depth) {
        if (mode_ == Mode::line && item_level_ == 0) return block(el, depth);  // in a cell
        end_line();
        std::string marker;
        if (list_.type) {
            list_.next = number_attr(el, "value").value_or(list_.next);
            marker = list_marker(list_.type, list_.next++);
        }
        if (layout_.stats(el).has_heading) {
            // An agenda item written as <li><h3>Title</h3><p>...</p></li>: its blocks are
            // walked as such, the number going to its heading.
            Scope s(*this);
            heading_prefix_ = std::move(marker);
            block(el, depth);
            heading_prefix_.clear();
            return;
        }
        Scope s(*this);
        mode_ = Mode::line;
        item_level_ = std::max(1, list_depth_);
        item_marker_ = std::move(marker);
        children(el, depth);
        end_line();
        item_marker_.clear();
    }

    // dt/dd: a label with one short value becomes "Label: value" (W3C's "Present: a, b",
    // a CMS's "Publication type: General"); several values become the label as a heading
    // and the values as list items; values with blocks of their own are walked as blocks.
    // Anything after a dt up to the next dt is its value, which also covers scribe.perl's
    // malformed <dt>Present</dt><dl>names</dl>.
    void definition_list(const xmlNode* el, int depth) {
        if (mode_ == Mode::line) return block(el, depth);
        end_line();
        for (const xmlNode* c = el->children; c && !done_;) {
            if (name_of(c) != "dt"sv) {
                walk(c, depth + 1);
                c = c->next;
                continue;
            }
            std::vector<const xmlNode*> values;
            const xmlNode* next = c->next;
            for (; next && name_of(next) != "dt"sv; next = next->next) {
                const bool content = is_element(next)
                                         ? layout_.classify(next, in_main_ > 0) != Verdict::drop
                                         : next->type == XML_TEXT_NODE && !blank_text(next);
                if (content) values.push_back(next);
            }
            const bool simple = std::none_of(values.begin(), values.end(), [](const xmlNode* v) {
                return has_block_child(v) || is_list(name_of(v)) || name_of(v) == "table"sv;
            });
            Scope s(*this);
            mode_ = Mode::line;
            item_level_ = 0;
            children(c, depth + 1);
            if (simple && values.size() <= 1) {
                while (!cur_.text.empty() && (cur_.text.back() == ':' || cur_.text.back() == ' '))
                    cur_.text.pop_back();
                if (!cur_.text.empty()) {
                    cur_.text += ':';
                    separate();
                    for (const xmlNode* v : values) value(v, depth);
                    emit(Kind::text, 0);
                }
            } else {
                emit(Kind::heading, kInferredHeadingLevel);
                if (simple) {
                    item_level_ = list_depth_ + 1;
                    for (const xmlNode* v : values) {
                        value(v, depth);
                        end_line();
                    }
                } else {
                    mode_ = Mode::block;
                    for (const xmlNode* v : values) walk(v, depth + 1);
                    end_line();
                }
            }
            blank();
            c = next;
        }
    }

    // The content of a dd (or whatever stands in its place), without the dd itself.
    void value(const xmlNode* v, int depth) {
        is_element(v) ? children(v, depth + 1) : walk(v, depth + 1);
    }

    // A table is data (attendance, actions) when it has more than one column and its cells
    // hold no headings, tables or runs of paragraphs; otherwise it is page layout and is
    // walked as blocks.
    bool is_layout_table(const xmlNode* table) const {
        const std::string_view role = attr(table, "role");
        if (iequals(role, "presentation") || iequals(role, "none")) return true;
        std::size_t columns = 0;
        for (const xmlNode* row : rows(table)) {
            const auto cs = cells(row);
            for (const xmlNode* c : cs) {
                const BlockStats& s = layout_.stats(c);
                int blocks = 0;
                for (const xmlNode* b = c->children; b; b = b->next) blocks += is_block(b);
                if (s.has_heading || s.has_table || s.text > 1000 || blocks >= 3) return true;
            }
            columns = std::max(columns, cs.size());
        }
        return columns <= 1;
    }

    static std::vector<const xmlNode*> cells(const xmlNode* row) {
        std::vector<const xmlNode*> out;
        for (const xmlNode* c = row->children; c; c = c->next)
            if (name_of(c) == "td"sv || name_of(c) == "th"sv) out.push_back(c);
        return out;
    }

    static std::vector<const xmlNode*> rows(const xmlNode* table) {
        std::vector<const xmlNode*> out;
        for (const xmlNode* c = table->children; c; c = c->next) {
            const std::string_view n = name_of(c);
            if (n == "tr"sv) out.push_back(c);
            if (n == "thead"sv || n == "tbody"sv || n == "tfoot"sv)
                for (const xmlNode* r = c->children; r; r = r->next)
                    if (name_of(r) == "tr"sv) out.push_back(r);
        }
        return out;
    }

    // "45.", "Item 7", "12/24", "3a": a table cell that holds only an agenda item's number.
    static std::string item_number_cell(const xmlNode* cell) {
        std::string t =
            lowercase(std::string(layout::trim(layout::collapse_ws(text_content(cell)))));
        if (t.starts_with("item ")) t.erase(0, 5);
        while (!t.empty() && (t.back() == '.' || t.back() == ')' || t.back() == ':')) t.pop_back();
        if (t.empty() || t.size() > 8 || !(t[0] >= '0' && t[0] <= '9')) return {};
        for (std::size_t i = 0; i < t.size(); ++i) {
            const char c = t[i];
            const bool ok = (c >= '0' && c <= '9') || c == '.' || c == '/' ||
                            (i + 1 == t.size() && c >= 'a' && c <= 'z');
            if (!ok) return {};
        }
        return t + ".";
    }

    // A layout table that gives each agenda item a row, its number in a cell of its own
    // (ModernGov's minutes: "45." | "Apologies for Absence" ...): the number goes before the
    // row's first line, as if the page wrote "45. Apologies for Absence". False when the
    // table has no such rows (it is walked as blocks then).
    bool numbered_rows(const xmlNode* el, int depth) {
        const auto all = rows(el);
        const auto numbered = std::count_if(all.begin(), all.end(), [](const xmlNode* r) {
            const auto cs = cells(r);
            return cs.size() >= 2 && !item_number_cell(cs[0]).empty();
        });
        if (numbered < 2) return false;
        end_line();
        for (const xmlNode* row : all) {
            if (layout_.classify(row, in_main_ > 0) == Verdict::drop) continue;
            const auto cs = cells(row);
            const std::string number = cs.size() >= 2 ? item_number_cell(cs[0]) : std::string();
            if (number.empty()) {
                block(row, depth + 1);
                continue;
            }
            row_number_ = number;
            for (std::size_t i = 1; i < cs.size(); ++i) block(cs[i], depth + 2);
            row_number_.clear();
        }
        return true;
    }

    void table(const xmlNode* el, int depth) {
        if (mode_ == Mode::line) return block(el, depth);
        if (is_layout_table(el)) {
            if (!numbered_rows(el, depth)) block(el, depth);
            return;
        }
        end_line();
        Scope s(*this);
        mode_ = Mode::line;
        item_level_ = 0;
        for (const xmlNode* c = el->children; c; c = c->next) {
            if (name_of(c) == "caption"sv) {
                children(c, depth + 1);
                emit(Kind::heading, kInferredHeadingLevel);
            }
        }
        for (const xmlNode* row : rows(el)) {
            if (layout_.classify(row, in_main_ > 0) == Verdict::drop) continue;
            SourceLine line;
            line.kind = Kind::table_row;
            bool all_th = true;
            for (const xmlNode* cell : cells(row)) {
                all_th &= name_of(cell) == "th"sv;
                children(cell, depth + 2);
                SourceLine text = take(Kind::text, 0);
                if (!line.line) line.line = text.line;
                line.cells.push_back(std::move(text.text));
            }
            if (std::all_of(line.cells.begin(), line.cells.end(),
                            [](const std::string& c) { return c.empty(); }))
                continue;
            line.header_row = all_th || name_of(row->parent) == "thead"sv;
            for (std::size_t i = 0; i < line.cells.size(); ++i)
                line.text += (i ? "\t" : "") + line.cells[i];
            out_.push_back(std::move(line));
        }
        blank();
    }

    const ParsedHtml& page_;
    const PageLayout& layout_;
    std::vector<SourceLine> out_;
    LineText cur_;  ///< the line being collected
    Mode mode_ = Mode::block;
    int item_level_ = 0;  ///< > 0 while collecting a list item: its level
    int list_depth_ = 0;
    int in_main_ = 0;
    int bold_ = 0;
    int pre_ = 0;
    bool headings_only_ = false;
    const xmlNode* link_ = nullptr;  ///< the innermost link being walked
    struct ListState {
        char type = 0;  ///< 0 for a bulleted list, else the <ol type>: '1', 'a', 'A', 'i', 'I'
        long next = 1;  ///< the number of the next item
    };
    ListState list_;
    std::string item_marker_;     ///< for the first line of the current list item
    std::string heading_prefix_;  ///< for the first heading of a numbered item holding headings
    std::string row_number_;      ///< for the first line of a table row numbered in a cell
    bool done_ = false;           ///< walked past layout.stop_after()
};

}  // namespace

std::vector<SourceLine> extract_lines(const ParsedHtml& page, const PageLayout& layout) {
    return Extractor(page, layout).run();
}

}  // namespace mtk::converters::html
