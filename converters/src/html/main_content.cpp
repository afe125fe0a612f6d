#include "html/main_content.hpp"

#include <algorithm>
#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "html/dom.hpp"

namespace mtk::converters::html {
namespace {

using namespace std::string_view_literals;

// Never content, wherever they are.
constexpr NameSet kFurniture({"area",     "aside",    "audio",    "base",   "button", "canvas",
                              "datalist", "dialog",   "embed",    "footer", "frame",  "head",
                              "iframe",   "img",      "input",    "link",   "map",    "math",
                              "meta",     "meter",    "noscript", "object", "option", "output",
                              "picture",  "progress", "script",   "select", "source", "style",
                              "svg",      "template", "textarea", "title",  "track",  "video"});

// ARIA landmark and widget roles of page furniture.
constexpr std::string_view kFurnitureRoles[] = {
    "alertdialog", "complementary", "contentinfo", "dialog",  "menu",
    "menubar",     "search",        "tablist",     "toolbar", "tooltip"};

// Text of a non-content text subtree (script, style) is not counted.
bool invisible_text_parent(std::string_view name) {
    return name == "script"sv || name == "style"sv || name == "noscript"sv ||
           name == "template"sv || name == "head"sv;
}

// Bytes of the text that are not HTML white space (space, tab, LF, CR, FF).
int non_space_bytes(const xmlChar* text) {
    static constexpr std::array<unsigned char, 256> kShown = [] {
        std::array<unsigned char, 256> t{};
        t.fill(1);
        for (char c : {' ', '\t', '\n', '\r', '\f'}) t[static_cast<unsigned char>(c)] = 0;
        return t;
    }();
    int k = 0;
    for (const xmlChar* c = text; *c; ++c) k += kShown[*c];
    return k;
}

bool is_ancestor(const xmlNode* ancestor, const xmlNode* n) {
    for (; n; n = n->parent)
        if (n == ancestor) return true;
    return false;
}

bool is_main_landmark(const xmlNode* el) {
    return name_of(el) == "main"sv || iequals(attr(el, "role"), "main");
}

// The attributes an element's facts are read from, as attr() and has_attr() give them,
// found in one pass over its attributes.
struct Attributes {
    std::string_view role, id, class_names, aria_label, aria_hidden, style, href;
    bool hidden = false;  ///< has_attr(el, "hidden")
};

Attributes attributes(const xmlNode* el) {
    Attributes out;
    const std::pair<std::string_view, std::string_view*> wanted[] = {
        {"role"sv, &out.role},
        {"id"sv, &out.id},
        {"class"sv, &out.class_names},
        {"aria-label"sv, &out.aria_label},
        {"aria-hidden"sv, &out.aria_hidden},
        {"style"sv, &out.style},
        {"href"sv, &out.href}};
    unsigned found = 0;  // bit i: wanted[i] is found (the first of a name counts)
    for (const xmlAttr* a = el->properties; a; a = a->next) {
        if (!a->name) continue;
        const std::string_view name(reinterpret_cast<const char*>(a->name));
        out.hidden |= name == "hidden"sv;  // in any namespace, as xmlHasProp finds it
        if (a->ns) continue;
        for (std::size_t i = 0; i < std::size(wanted); ++i) {
            if (found >> i & 1U || name != wanted[i].first) continue;
            *wanted[i].second = attr_value(a);
            found |= 1U << i;
            break;
        }
    }
    return out;
}

bool hidden(const Attributes& a) {
    if (a.hidden || iequals(a.aria_hidden, "true")) return true;
    if (a.style.empty()) return false;
    const std::string css = compact_style(a.style);
    return css.find("display:none") != std::string::npos ||
           css.find("visibility:hidden") != std::string::npos;
}

// Cookie and consent banners and breadcrumb trails, named so by nearly every site.
bool named_as_furniture(std::string_view name, const Attributes& a) {
    if (name == "html"sv || name == "body"sv || name == "main"sv || name == "article"sv)
        return false;
    for (const std::string_view names : {a.id, a.class_names, a.aria_label})
        for (std::string_view word : {"cookie"sv, "consent"sv, "breadcrumb"sv})
            if (!names.empty() && icontains(names, word)) return true;
    return false;
}

// The start of the element's text (the concatenation of its text nodes, as
// xmlNodeGetContent gives it), lowercase, tabs and newlines read as spaces, leading spaces
// removed: at most 15 bytes, enough for the phrases looked for and kept without allocation.
std::string lower_text_start(const xmlNode* el) {
    constexpr std::size_t kMax = 15;
    std::string out;
    for (const xmlNode* n = el->children; n && out.size() < kMax;) {
        if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content) {
            for (const xmlChar* c = n->content; *c && out.size() < kMax; ++c) {
                const char ch = *c == '\n' || *c == '\t' ? ' ' : char(*c);
                if (ch != ' ' || !out.empty()) out += ch;
            }
        }
        // Document order: down, else along, else up and along.
        if (n->children) {
            n = n->children;
            continue;
        }
        while (n != el && !n->next) n = n->parent;
        n = n == el ? nullptr : n->next;
    }
    return lowercase(out);
}

// "Skip to main content", "Back to table of contents", "Back to top": in-page links that
// move the reader around the page; and script links ("Print this page").
bool is_page_jump(const xmlNode* a, std::string_view href) {
    if (istarts_with(href, "javascript:")) return true;
    if (!href.starts_with('#')) return false;
    const std::string text = lower_text_start(a);
    const std::string_view t = text;
    for (std::string_view p : {"skip to"sv, "skip navigation"sv, "back to"sv, "return to"sv,
                               "jump to"sv, "go to top"sv, "top of page"sv, "to top"sv})
        if (t.starts_with(p)) return true;
    return t == "top"sv || t.starts_with("\xE2\x86\x91"sv);  // ↑
}

// role=banner, or a <header> outside any article, section or main landmark.
bool is_banner(const xmlNode* el, std::string_view role) {
    if (iequals(role, "banner")) return true;
    if (name_of(el) != "header"sv) return false;
    for (const xmlNode* p = el->parent; is_element(p); p = p->parent) {
        const std::string_view n = name_of(p);
        if (n == "article"sv || n == "section"sv || is_main_landmark(p)) return false;
    }
    return true;
}

bool is_container(const xmlNode* el) {
    static constexpr NameSet kContainers({"article", "blockquote", "center", "div", "font", "form",
                                          "main", "section", "span", "table", "tbody", "td", "th",
                                          "thead", "tr"});
    return kContainers.contains(name_of(el));
}

}  // namespace

BlockStats& PageLayout::stats_of(xmlNode* el) {
    if (!el->_private) el->_private = &nodes_.emplace_back();
    return static_cast<Node*>(el->_private)->stats;
}

PageLayout::PageLayout(xmlDoc* doc) {
    xmlNode* top = xmlDocGetRootElement(doc);
    if (!top) return;

    // 1. Text figures of every element, bottom-up, without recursion.
    {
        xmlNode* n = top;
        int depth = 0;
        while (n) {
            const bool descend = is_element(n) && n->children && depth < kMaxDepth &&
                                 !invisible_text_parent(name_of(n));
            if (descend) {
                n = n->children;
                ++depth;
                continue;
            }
            while (n) {
                xmlNode* parent = n->parent;
                if (n->type == XML_TEXT_NODE && n->content && is_element(parent)) {
                    stats_of(parent).text += non_space_bytes(n->content);
                } else if (is_element(n)) {
                    BlockStats& s = stats_of(n);
                    if (name_of(n) == "a"sv && has_attr(n, "href")) {
                        s.link_text = s.text;
                        s.links = 1;
                        const std::string_view href = attr(n, "href");
                        s.outbound_links += !href.starts_with('#') && !href.empty();
                    }
                    s.has_heading |= heading_level(n) > 0;
                    s.has_table |= name_of(n) == "table"sv;
                    if (n != top && is_element(parent)) {
                        BlockStats& p = stats_of(parent);
                        p.text += s.text;
                        p.link_text += s.link_text;
                        p.links += s.links;
                        p.outbound_links += s.outbound_links;
                        p.has_heading |= s.has_heading;
                        p.has_table |= s.has_table;
                    }
                }
                if (n == top) {
                    n = nullptr;
                    break;
                }
                if (n->next) {
                    n = n->next;
                    break;
                }
                n = n->parent;
                --depth;
            }
        }
    }

    // 2. The body, the <main> landmark and the page title (the first heading of the highest
    //    rank, preferring one in <main>, then one outside the site banner), skipping
    //    furniture.
    const xmlNode* body = nullptr;
    const xmlNode* main = nullptr;
    std::vector<const xmlNode*> articles;
    const xmlNode* first_in_main[7] = {};
    const xmlNode* first_outside_banner[7] = {};
    const xmlNode* first_any[7] = {};
    {
        struct Frame {
            const xmlNode* n;
            bool in_main;
            bool in_banner;
            int depth;
        };
        std::vector<Frame> stack{{top, false, false, 0}};
        // Children are pushed in reverse so that elements pop in document order.
        while (!stack.empty()) {
            const Frame f = stack.back();
            stack.pop_back();
            if (!is_element(f.n)) continue;
            const Verdict v = f.n == top ? Verdict::keep : classify(f.n, f.in_main);
            const Facts facts_of_n = facts(f.n);
            if (v == Verdict::drop && !facts_of_n.banner) continue;
            const std::string_view name = name_of(f.n);
            if (name == "body"sv && !body) body = f.n;
            if (!main && facts_of_n.main_landmark) main = f.n;
            if (name == "article"sv && !f.in_main) articles.push_back(f.n);
            const bool in_main = f.in_main || facts_of_n.main_landmark || name == "article"sv;
            const bool in_banner = f.in_banner || facts_of_n.banner;
            if (const int level = heading_level(f.n)) {
                if (in_main && !first_in_main[level]) first_in_main[level] = f.n;
                if (!in_banner && !first_outside_banner[level]) first_outside_banner[level] = f.n;
                if (!first_any[level]) first_any[level] = f.n;
                continue;
            }
            if (f.depth >= kMaxDepth) continue;
            const std::size_t mark = stack.size();
            for (const xmlNode* c = f.n->children; c; c = c->next)
                if (is_element(c)) stack.push_back({c, in_main, in_banner, f.depth + 1});
            std::reverse(stack.begin() + std::ptrdiff_t(mark), stack.end());
        }
    }
    for (int level = 1; level <= 6 && !title_; ++level) {
        if (!first_any[level]) continue;
        title_ = first_in_main[level]          ? first_in_main[level]
                 : first_outside_banner[level] ? first_outside_banner[level]
                                               : first_any[level];
    }
    if (!main && articles.size() == 1) main = articles.front();
    if (!body) body = top;

    // 3. Where the minutes are.
    if (main && (!title_ || is_ancestor(main, title_))) {
        root_ = main;
        return;
    }
    root_ = body;
    if (main) {
        stop_after_ = main;
        return;
    }
    // No landmark: descend towards the title while one block holds most of the text.
    for (int step = 0; title_ && step < 16; ++step) {
        const xmlNode* child = title_;
        while (child && child->parent != root_) child = child->parent;
        if (!child || !is_container(child) || stats(child).text * 10 < stats(root_).text * 6) break;
        root_ = child;
    }
}

const BlockStats& PageLayout::stats(const xmlNode* el) const {
    static const BlockStats kNone;
    return el && el->_private ? static_cast<const Node*>(el->_private)->stats : kNone;
}

PageLayout::Facts PageLayout::read_facts(const xmlNode* el, const BlockStats& s) {
    Facts f;
    const std::string_view name = name_of(el);
    const Attributes a = attributes(el);
    f.furniture =
        kFurniture.contains(name) || (el->properties && hidden(a)) ||
        (el->properties && s.text < 2000 && named_as_furniture(name, a)) ||
        (!a.role.empty() && std::any_of(std::begin(kFurnitureRoles), std::end(kFurnitureRoles),
                                        [&](std::string_view r) { return iequals(a.role, r); }));
    f.navigation = name == "nav"sv || iequals(a.role, "navigation");
    f.banner = is_banner(el, a.role);
    f.main_landmark = name == "main"sv || iequals(a.role, "main");
    f.page_jump = name == "a"sv && is_page_jump(el, a.href);
    return f;
}

PageLayout::Facts PageLayout::facts(const xmlNode* el) const {
    auto* node = static_cast<Node*>(el->_private);
    if (!node) return read_facts(el, stats(el));  // outside the analysed tree: not kept
    if (!node->facts) node->facts = read_facts(el, node->stats);
    return *node->facts;
}

// "© 2024 Brookfield District Council", "Copyright ...": a copyright line.
bool PageLayout::copyright_line(const xmlNode* el) const {
    auto* node = static_cast<Node*>(el->_private);
    if (node && node->copyright) return *node->copyright;
    const std::string t = lower_text_start(el);
    const bool copyright =
        t.starts_with("\u00A9") || t.starts_with("copyright") || t.starts_with("(c) ");
    if (node) node->copyright = copyright;
    return copyright;
}

Verdict PageLayout::classify(const xmlNode* el, bool in_main) const {
    const std::string_view name = name_of(el);
    const BlockStats& s = stats(el);
    const Facts f = facts(el);
    if (f.furniture) return Verdict::drop;
    if (f.navigation) {
        // A table of contents (links within the page) is part of the minutes.
        return s.outbound_links == 0 && s.link_text > 0 ? Verdict::keep : Verdict::drop;
    }
    if (f.banner) return title_ && is_ancestor(el, title_) ? Verdict::headings_only : Verdict::drop;
    // The header of an article or section: its headings open it; the rest is a byline,
    // a publication date, category links.
    if (name == "header"sv) return Verdict::headings_only;
    if (name == "address"sv && !in_main) return Verdict::drop;   // the colophon of the page
    if (name == "form"sv && s.text < 200) return Verdict::drop;  // search box, newsletter
    if (f.page_jump) return Verdict::drop;
    // Blocks that are (nearly) all links, some to other pages: menus, share buttons,
    // related links. Inside <main> a paragraph of links is kept (it may name the papers).
    const bool block_of_links =
        s.links >= 2 && s.outbound_links >= 1 && !s.has_heading && s.link_text * 100 >= s.text * 85;
    if (block_of_links &&
        (name == "ul"sv || name == "ol"sv || name == "div"sv || name == "section"sv ||
         name == "dl"sv || (!in_main && (name == "p"sv || name == "table"sv))))
        return Verdict::drop;
    // A copyright line closing a page that has no <footer>.
    if ((name == "p"sv || name == "div"sv) && s.text < 200 && !in_main && copyright_line(el))
        return Verdict::drop;
    return Verdict::keep;
}

}  // namespace mtk::converters::html
