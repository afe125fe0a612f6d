// Common short forms of English first names ("Steve" for "Stephen").
#pragma once

#include <cstdint>
#include <string_view>

namespace mtk::validators::names {

/// True when two folded first names can name the same person: equal, or a short form and
/// a full form of one name from a small built-in table ("steve"/"stephen", "bob"/"robert").
/// A short form may belong to several names ("chris": Christopher, Christine).
bool same_first_name(std::string_view a, std::string_view b);

/// The rows of the table a folded first name is in, one bit a row (0 for a name in none),
/// for callers that compare one name with many: same_first_name(a, b) is
/// a == b || (first_name_groups(a) & first_name_groups(b)) != 0.
std::uint64_t first_name_groups(std::string_view name);

}  // namespace mtk::validators::names
