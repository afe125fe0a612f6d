#include "text/document_text.hpp"

#include "names/fold.hpp"

namespace mtk::validators::text {

namespace {

void add_runs(const Minutes& m, DocumentText& text) {
    std::vector<TextRun>& out = text.runs;
    text.title_origin = m.meta.title_origin;
    text.date_origin = m.meta.date_origin;
    auto own = [&](std::string s) -> std::string_view {
        return text.own_texts.emplace_back(std::move(s));
    };
    if (!m.meta.title.empty()) out.push_back({Part::title, own(m.meta.title), &text.title_origin});
    if (!m.meta.date_written.empty())
        out.push_back({Part::date, own(m.meta.date_written), &text.date_origin});
    for (const std::string& e : m.meta.contents)
        out.push_back({Part::contents, e, &text.title_origin});
    for_each_item(m, [&](const Item& it, int) {
        if (!it.heading.empty()) out.push_back({Part::heading, it.heading, &it.origin});
        for (const Block& b : it.content) {
            if (const auto* p = std::get_if<Paragraph>(&b))
                out.push_back({Part::paragraph, own(p->text()), &p->origin});
            else if (const auto* l = std::get_if<BulletList>(&b))
                for (const ListItem& li : l->items)
                    out.push_back({Part::list_item, own(li.text()), &origin_of(li, *l)});
            else if (const auto* a = std::get_if<Action>(&b))
                out.push_back({Part::action, a->text, &a->origin});
            else if (const auto* d = std::get_if<Decision>(&b))
                out.push_back({Part::decision, d->text, &d->origin});
        }
    });
    for (const NextMeeting& n : m.next_meetings) {
        if (!n.title.empty()) out.push_back({Part::next_meeting, n.title, &n.origin});
        if (!n.venue.empty()) out.push_back({Part::next_meeting, n.venue, &n.origin});
    }
}

}  // namespace

const DocumentText& text_of(const Document& doc) {
    if (!doc.facts.text) {
        auto text = std::make_shared<DocumentText>();
        add_runs(doc.minutes, *text);
        // All the words first (the vector may move as it grows), then each run's view of them.
        std::size_t bytes = 0;
        for (const TextRun& run : text->runs) bytes += run.text.size();
        text->all_words.reserve(bytes / 6 + text->runs.size());  // about a word per six bytes
        std::vector<std::size_t> ends;
        ends.reserve(text->runs.size());
        for (TextRun& run : text->runs) {
            run.ascii = names::is_ascii(run.text);
            append_words(run.text, text->all_words);
            ends.push_back(text->all_words.size());
        }
        text->words.reserve(text->runs.size());
        std::size_t start = 0;
        for (const std::size_t end : ends) {
            text->words.emplace_back(text->all_words.data() + start, end - start);
            start = end;
        }
        doc.facts.text = std::move(text);
    }
    return *doc.facts.text;
}

const Origin& origin_of(const ListItem& item, const BulletList& list) {
    // XML input places every element; converted input may place only the list.
    return item.origin.line > 0 || list.origin.line == 0 ? item.origin : list.origin;
}

}  // namespace mtk::validators::text
