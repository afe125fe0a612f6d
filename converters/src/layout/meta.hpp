// The preamble of minutes (the lines before attendance and items): title, body, group,
// date, time and venue. "London Crime Reduction Board - 17 January 2023 - Minutes" is a
// title with its date; "Monday 9 June 2014, 11:00 Mayor's Office, City Hall, GLA" is a date
// line with time and venue; "London Crime Reduction Board" then "Delivery Management Group"
// are body and group; "Minutes of Meeting" is a document-type line and says nothing more.
#pragma once

#include <string>
#include <string_view>

#include "mtk/model.hpp"

namespace mtk::converters::layout {

class PreambleReader {
  public:
    /// Takes one preamble line; false when it is not metadata (running text, say).
    bool take(std::string_view text, int line);
    /// A front-matter entry (title, date, and "site": a page title naming the site; others
    /// ignored).
    void take_field(std::string_view key, std::string_view value, int line);
    /// Writes what was found into `meta` (fields already set there are kept).
    void finish(Meta& meta) const;
    bool has_date() const { return !meta_.date.empty(); }
    const std::string& date() const { return meta_.date; }

  private:
    void site_segments(std::string_view title);
    Meta meta_;
    std::string first_name_line_;
    int first_name_line_no_ = 0;
};

/// A line of a page's masthead: a name in capitals ("MILLBROOK PARISH COUNCIL"), a title
/// with document words ("Minutes of the Finance Committee") or a dated line. Bold lines of
/// this kind in the preamble are metadata, not agenda items.
bool is_masthead_text(std::string_view text);

/// The name of the body in a title: date, separators and document words removed
/// ("London Crime Reduction Board meeting minutes - 24 January 2022" -> "London Crime
/// Reduction Board"). Empty when nothing name-like is left.
std::string body_from_title(std::string_view title);

}  // namespace mtk::converters::layout
