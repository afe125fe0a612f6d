// What part of a page holds the minutes, and what is page furniture (header, navigation,
// breadcrumbs, skip links, cookie banners, search forms, share links, footers, hidden
// elements). Decided from structure (landmark elements and roles, where the page title
// is, how much of a block is link text), not from one site's class names.
#pragma once

#include <libxml/tree.h>

#include <deque>
#include <optional>

namespace mtk::converters::html {

/// Text figures of an element's subtree (script and style excluded).
struct BlockStats {
    int text = 0;            ///< non-space bytes of text
    int link_text = 0;       ///< of which inside links
    int links = 0;           ///< links (elements with an href)
    int outbound_links = 0;  ///< of which to other pages (href not starting with '#')
    bool has_heading = false;
    bool has_table = false;
};

enum class Verdict {
    keep,           ///< content: walk it
    drop,           ///< furniture: skip the subtree
    headings_only,  ///< a header (or the site banner carrying the page title): keep its headings
};

class PageLayout {
  public:
    /// Analyses the document once (linear in its size). Keeps each element's figures in
    /// its `_private` field, so the document must outlive this object and not be shared
    /// with another user of `_private`.
    explicit PageLayout(xmlDoc* doc);
    PageLayout(const PageLayout&) = delete;
    PageLayout& operator=(const PageLayout&) = delete;

    /// Where to start walking: <main> (or role=main, or the only <article>) when it holds
    /// the page title, else the smallest block that holds the title and most of the text.
    const xmlNode* root() const { return root_; }
    /// When the title lives outside <main>, the walk covers the page up to the end of
    /// <main> and stops there (what follows it is the site footer); else nullptr.
    const xmlNode* stop_after() const { return stop_after_; }

    /// Whether to walk an element. `in_main`: inside <main> or <article>, where lists of
    /// links may be content (papers of an item) rather than navigation.
    Verdict classify(const xmlNode* el, bool in_main) const;

    const BlockStats& stats(const xmlNode* el) const;

    /// The page's top heading (the first of the highest rank, preferring <main>), or null.
    const xmlNode* title() const { return title_; }

    /// How many elements were analysed (those of the page, short of the text of script,
    /// style and the like, and of nesting beyond kMaxDepth).
    std::size_t elements() const { return nodes_.size(); }

  private:
    /// What an element is wherever it stands, read from its name, attributes, ancestors and
    /// figures when first asked (the walks ask of most elements several times).
    struct Facts {
        bool furniture = false;      ///< never content: its tag, hidden, named or role so
        bool navigation = false;     ///< <nav> or role=navigation
        bool banner = false;         ///< role=banner, or a <header> of the page (not of an article)
        bool main_landmark = false;  ///< <main> or role=main
        bool page_jump = false;      ///< a link that moves the reader around the page
    };
    /// An element's figures and, once asked, its facts.
    struct Node {
        BlockStats stats;
        std::optional<Facts> facts;     ///< once read
        std::optional<bool> copyright;  ///< a copyright line (see classify), once read
    };
    static Facts read_facts(const xmlNode* el, const BlockStats& s);
    Facts facts(const xmlNode* el) const;
    bool copyright_line(const xmlNode* el) const;
    BlockStats& stats_of(xmlNode* el);
    std::deque<Node> nodes_;          ///< stable addresses, pointed at by xmlNode::_private
    const xmlNode* title_ = nullptr;  ///< the page's top heading
    const xmlNode* root_ = nullptr;
    const xmlNode* stop_after_ = nullptr;
};

}  // namespace mtk::converters::html
