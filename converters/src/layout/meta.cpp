#include "layout/meta.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "layout/dates.hpp"
#include "layout/headings.hpp"
#include "layout/text_util.hpp"

namespace mtk::converters::layout {
namespace {

// A word that names a place to meet: "Council Chambers", "City Hall", "Room 4", "Zoom".
// (The word lists below match in any case: the words are compared without lower-cased copies.)
bool names_a_place(const std::vector<std::string_view>& ws) {
    static constexpr WordList kPlaces({"chamber", "chambers", "hall",    "room",  "building",
                                       "centre",  "center",   "street",  "road",  "avenue",
                                       "office",  "offices",  "library", "suite", "zoom",
                                       "teams",   "online",   "virtual", "webex", "boardroom"});
    return std::any_of(ws.begin(), ws.end(), [](std::string_view w) {
        return kPlaces.contains(strip_chars(w, ",.;:()"));
    });
}

constexpr WordList kDocWords(
    {"minutes", "minute", "meeting", "meetings", "notes", "record",         "public",
     "draft",   "of",     "the",     "held",     "on",    "teleconference", "telecon",
     "agenda",  "-",      "\u2013",  "at",       "and",   "approved",       "teleconf"});

bool doc_word(std::string_view w) {
    const std::string_view l = strip_chars(w, ",.:;()");
    return l.empty() || kDocWords.contains(l);
}

// Strips document words, years, month names and separators from both ends.
std::string core_name(std::string_view s) {
    auto ws = words(s);
    auto strip = [](std::string_view w) {
        const std::string_view c = strip_chars(w, ",.:;()");
        const bool year = c.size() == 4 && std::all_of(c.begin(), c.end(), [](char ch) {
                              return ch >= '0' && ch <= '9';
                          });
        return doc_word(w) || year || month_number(c) != 0;
    };
    // leading: a document word ("Minutes of the ...") and the "of"/"the" after it
    static constexpr WordList kLeading(
        {"minutes", "notes", "record", "draft", "public", "meeting", "agenda", "approved"});
    bool lead = false;
    while (!ws.empty()) {
        const std::string_view l = strip_chars(ws.front(), ",.:;()");
        const bool doc = kLeading.contains(l);
        if (!(doc || (lead && (iequals(l, "of") || iequals(l, "the") || l == "-")))) break;
        lead = true;
        ws.erase(ws.begin());
    }
    while (!ws.empty() && strip(ws.back())) ws.pop_back();
    std::string out;
    for (auto w : ws) out += (out.empty() ? "" : " ") + std::string(w);
    return std::string(strip_chars(out, ",:;- "));
}

// Ends with a word that names an organisation: "Brookfield District Council", "NHS Trust".
bool is_organisation_name(std::string_view s) {
    static constexpr WordList kOrganisations(
        {"council", "authority", "board", "trust", "commission", "corporation", "association",
         "agency", "college", "university", "society", "foundation", "assembly", "parliament",
         "government", "department", "ministry", "service"});
    const auto ws = words(s);
    if (ws.size() < 2) return false;
    return kOrganisations.contains(strip_chars(ws.back(), ",.;:()"));
}

bool name_like(std::string_view s) {
    const auto ws = words(s);
    if (ws.empty() || ws.size() > 10 || s.find('_') != std::string_view::npos) return false;
    if (!is_upper(first_char(s)) && !is_digit(first_char(s))) return false;
    const char32_t l = last_char(s);
    return l != '.' && l != ',' && l != ';' && l != '?';
}

}  // namespace

bool is_masthead_text(std::string_view text) {
    const std::string t = collapse_ws(text);
    const auto ws = words(t);
    if (ws.empty() || ws.size() > 30) return false;
    if (find_date(t)) return true;
    const bool all_caps = std::all_of(ws.begin(), ws.end(), [](std::string_view w) {
        return !is_lower(first_char(w)) &&
               std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    });
    const std::string core = core_name(t);
    return (all_caps && ws.size() <= 10 && name_like(t)) ||
           (name_like(t) && core != t && name_like(core));
}

std::string body_from_title(std::string_view title) {
    std::string t = collapse_ws(title);
    if (auto d = find_date(t)) t = t.substr(0, d->begin) + " " + t.substr(d->end);
    if (auto tm = find_time(t)) t = t.substr(0, tm->begin) + " " + t.substr(tm->end);
    std::string c = core_name(t);
    // "London Crime Reduction Board meeting minutes": document words inside the tail
    for (std::string_view tail : {" meeting minutes", " minutes", " meeting"})
        if (iends_with(c, tail)) c = core_name(c.substr(0, c.size() - tail.size()));
    return name_like(c) ? c : std::string();
}

bool PreambleReader::take(std::string_view raw, int line) {
    const std::string text = collapse_ws(raw);
    if (text.empty()) return true;
    const auto ws = words(text);
    if (auto d = find_date(text)) {
        const std::string prefix = std::string(trim(std::string_view(text).substr(0, d->begin)));
        const std::string pre = lowercase(strip_colon(prefix));
        const bool date_line = pre.empty() || pre == "date" || pre == "held on" ||
                               pre == "meeting held on" || pre == "date of meeting" ||
                               pre == "meeting date";
        // "Minutes of the ... meeting held on <date> at <time> in <venue>"
        const bool held_on =
            pre.ends_with("held on") || pre.ends_with(" held") || pre.ends_with(" on");
        if (!date_line && ws.size() > (held_on ? 30u : 16u)) return false;
        // "Minutes - February 2024" then "held on Monday 5 February 2024": the day refines
        const std::string iso = d->year != 0 ? to_iso(*d) : std::string();
        const bool refines = !meta_.date.empty() && iso.size() > meta_.date.size() &&
                             iso.starts_with(meta_.date) && (date_line || held_on);
        if (!iso.empty() && (meta_.date.empty() || refines)) {
            meta_.date = iso;
            meta_.date_written = collapse_ws(text.substr(d->begin, d->end - d->begin));
            meta_.date_origin.line = line;
        }
        std::size_t tail = d->end;
        if (auto tm = find_time(text, d->end)) {
            if (meta_.time.empty()) meta_.time = to_hhmm(*tm);
            tail = tm->end;
        }
        if (date_line) {
            // what follows the date and time: a venue, unless it is a document word
            std::string venue;
            for (const std::string_view part :
                 split_views_outside_parens(std::string_view(text).substr(tail), " - ")) {
                std::string_view v = strip_chars(trim(part), " ,.;:\u2013-");
                for (std::string_view in : {"in the ", "at the ", "in ", "at "})
                    if (istarts_with(v, in)) {
                        v.remove_prefix(in.size());
                        break;
                    }
                const std::string p(v);
                if (p.empty() || is_doc_type_label(p) || core_name(p).empty()) continue;
                venue += (venue.empty() ? "" : " - ") + p;
            }
            if (meta_.venue.empty() && !venue.empty()) meta_.venue = venue;
        } else {
            if (meta_.title.empty()) {
                meta_.title = text;
                meta_.title_origin.line = line;
            }
            if (meta_.body.empty()) meta_.body = body_from_title(text);
            std::string_view rest = std::string_view(text).substr(tail);
            if (!rest.starts_with(",")) rest = trim(rest);
            for (std::string_view p : {"in the ", "at the ", "in ", "at ", ", "})
                if (held_on && istarts_with(rest, p)) {
                    const std::string v(strip_chars(rest.substr(p.size()), " .,;"));
                    if (meta_.venue.empty() && !v.empty() && is_upper(first_char(v)))
                        meta_.venue = v;
                    break;
                }
        }
        return true;
    }
    // (the fields below are compared in any case)
    for (std::string_view key : {"venue:", "location:", "place:", "where:"})
        if (istarts_with(text, key)) {
            if (meta_.venue.empty())
                meta_.venue = std::string(trim(std::string_view(text).substr(key.size())));
            return true;
        }
    if (istarts_with(text, "time:")) {
        if (auto tm = find_time(text); tm && meta_.time.empty()) meta_.time = to_hhmm(*tm);
        return true;
    }
    if (is_doc_type_label(text)) return true;
    // "(MEETING TITLE)": a title the scribe left as a placeholder, no body name
    if (text.front() == '(' && text.back() == ')' && ws.size() <= 6) {
        if (meta_.title.empty()) {
            meta_.title = text;
            meta_.title_origin.line = line;
        }
        return true;
    }
    // "See also: IRC log", "Contact: Democratic Services (01234 567890)": a field of the
    // page header that names neither the body nor the meeting
    if (const std::size_t colon = text.find(": ");
        colon != std::string::npos && at_most_words(text.substr(0, colon), 2) &&
        std::none_of(ws.begin(), ws.end(), [](std::string_view w) {
            const std::string_view l = strip_chars(w, ",.:;()");
            return iequals(l, "minutes") || iequals(l, "meeting") || iequals(l, "notes") ||
                   iequals(l, "agenda");
        }))
        return true;
    // "6:00 p.m., Council Chambers" under the date: the time, then where
    if (auto tm = find_time(text); tm && tm->begin == 0 && !meta_.date.empty()) {
        if (meta_.time.empty()) meta_.time = to_hhmm(*tm);
        const std::string rest(
            trim(strip_chars(trim(std::string_view(text).substr(tm->end)), ",;-")));
        if (meta_.venue.empty() && names_a_place(words(rest))) meta_.venue = rest;
        return true;
    }
    // "HELD IN THE COUNCIL CHAMBERS, 12 HIGH STREET" on a line of its own (the date follows)
    for (std::string_view held : {"held in the ", "held at the ", "held in ", "held at "})
        if (istarts_with(text, held) && names_a_place(ws)) {
            if (meta_.venue.empty()) meta_.venue = text.substr(held.size());
            return true;
        }
    // "Council Chambers, City Hall, 220 Clay Street" under the date: where the meeting was
    if (!meta_.date.empty() && meta_.venue.empty() && names_a_place(ws) && ws.size() <= 14) {
        meta_.venue = text;
        return true;
    }
    if (!name_like(text) || ws.size() > 10) return false;
    const std::string core = core_name(text);
    if (core != text) {
        // "Board of Directors Meeting Minutes", "TAG Teleconference": a title
        if (meta_.title.empty()) {
            meta_.title = text;
            meta_.title_origin.line = line;
        }
        if (meta_.body.empty() && name_like(core)) meta_.body = core;
        return true;
    }
    if (text == meta_.body || text == meta_.title) return true;  // repeated in the page heading
    if (first_name_line_.empty()) {
        first_name_line_ = text;
        first_name_line_no_ = line;
    }
    if (meta_.body.empty())
        meta_.body = text;
    else if (meta_.group.empty() && text != meta_.body)
        meta_.group = text;
    else
        return false;
    return true;
}

// "Minutes - Cabinet - Thursday, 14th November, 2024 7.00 pm - Brookfield District Council":
// a web page's title, the site's name last. When that names an organisation, it is the body
// and the committee before it the group.
void PreambleReader::site_segments(std::string_view title) {
    std::vector<std::string_view> parts;
    for (std::string_view sep : {" | ", " - ", " \u2013 "}) {
        parts = split_views_outside_parens(title, sep);
        if (parts.size() >= 2) break;
    }
    std::vector<std::string> names;
    for (const std::string_view p : parts) {
        const std::string c = core_name(p);
        if (!c.empty() && c == collapse_ws(p) && name_like(c) && !find_date(c)) names.push_back(c);
    }
    if (names.size() < 2 || !is_organisation_name(names.back())) return;
    meta_.body = names.back();
    if (meta_.group.empty()) meta_.group = names[names.size() - 2];
}

void PreambleReader::take_field(std::string_view key, std::string_view value, int line) {
    const std::string k = lowercase(trim(key));
    const std::string v = collapse_ws(strip_chars(trim(value), "\"'"));
    if (v.empty()) return;
    if (k == "title" && meta_.title.empty()) {
        meta_.title = v;
        meta_.title_origin.line = line;
        if (meta_.body.empty()) site_segments(v);
        if (meta_.body.empty()) meta_.body = body_from_title(v);
    } else if (k == "site" && meta_.body.empty()) {
        site_segments(v);
    } else if (k == "date" && meta_.date.empty()) {
        if (auto d = find_date(v); d && d->year != 0) {
            meta_.date = to_iso(*d);
            meta_.date_written =
                collapse_ws(std::string_view(v).substr(d->begin, d->end - d->begin));
            meta_.date_origin.line = line;
        }
    }
}

void PreambleReader::finish(Meta& meta) const {
    auto fill = [](std::string& dst, const std::string& src) {
        if (dst.empty()) dst = src;
    };
    fill(meta.body, meta_.body);
    fill(meta.group, meta_.group);
    if (meta.title.empty()) {
        meta.title = meta_.title.empty() ? first_name_line_ : meta_.title;
        meta.title_origin =
            meta_.title.empty() ? Origin{first_name_line_no_, 0, {}} : meta_.title_origin;
    }
    if (meta.date.empty()) {
        meta.date = meta_.date;
        meta.date_written = meta_.date_written;
        meta.date_origin = meta_.date_origin;
    }
    fill(meta.time, meta_.time);
    fill(meta.venue, meta_.venue);
}

}  // namespace mtk::converters::layout
