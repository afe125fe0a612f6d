// Every piece of text of a document with the element it belongs to, so that rules that
// scan text (boilerplate, acronyms, dates) walk the model in one way.
#pragma once

#include <deque>
#include <span>
#include <string>
#include <vector>

#include "mtk/model.hpp"
#include "mtk/validators/rule.hpp"
#include "text/words.hpp"

namespace mtk::validators::text {

enum class Part {
    title,
    date,
    contents,
    heading,
    paragraph,
    list_item,
    action,
    decision,
    next_meeting
};

struct TextRun {
    Part part;
    /// The element's text: a view of the model's string where the model holds it in a
    /// container (contents, headings, actions, decisions, next meetings), else of a copy the
    /// DocumentText keeps (the title and date, which a move of the document moves; the
    /// joined text of paragraphs and list items).
    std::string_view text;
    const Origin* origin;  ///< the element's origin (the title's for contents entries)
    bool ascii = false;    ///< names::is_ascii(text), which the text scans ask first
};

/// A document's text runs and the words of each, derived once and read by every rule.
struct DocumentText {
    /// Title, contents entries, headings, paragraphs, list items, actions and next-meeting
    /// titles and venues, in document order.
    std::vector<TextRun> runs;
    /// words[i] = split_words(runs[i].text), views of all_words.
    std::vector<std::span<const Word>> words;
    /// The words of every run in order, in one vector (one allocation for the document).
    std::vector<Word> all_words;
    /// Copies of the origins the model holds in place (not in a container), which the runs
    /// of the title, the date and the contents point at: so the runs stay valid when the
    /// document moves (see DocumentFacts).
    Origin title_origin, date_origin;
    /// The texts the runs view that the model does not hold in a container (a deque: its
    /// elements stay in place as it grows).
    std::deque<std::string> own_texts;
};

/// The text of `doc`, built on the first call and kept with the document (see
/// DocumentFacts): the rules that scan text share one copy instead of each deriving it.
const DocumentText& text_of(const Document& doc);

/// A list item's origin, or its list's when the converter placed only the list.
const Origin& origin_of(const ListItem& item, const BulletList& list);

/// True for the parts that are running text: paragraphs, list items, actions, decisions.
/// Inline: the rules ask it of every run.
inline bool is_running_text(Part p) {
    return p == Part::paragraph || p == Part::list_item || p == Part::action || p == Part::decision;
}

}  // namespace mtk::validators::text
