// Every piece of text of a document with the element it belongs to, so that rules that
// scan text (boilerplate, acronyms, dates) walk the model in one way.
#pragma once

#include <string>
#include <vector>

#include "mtk/model.hpp"

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
    std::string text;
    const Origin* origin;  ///< the element's origin (the title's for contents entries)
};

/// Title, contents entries, headings, paragraphs, list items, actions and next-meeting
/// titles and venues, in document order.
std::vector<TextRun> text_runs(const Minutes& m);

/// A list item's origin, or its list's when the converter placed only the list.
const Origin& origin_of(const ListItem& item, const BulletList& list);

/// True for the parts that are running text: paragraphs, list items, actions.
bool is_running_text(Part p);

}  // namespace mtk::validators::text
