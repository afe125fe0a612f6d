// Common short forms of English first names ("Steve" for "Stephen").
#pragma once

#include <string_view>

namespace mtk::validators::names {

/// True when two folded first names can name the same person: equal, or a short form and
/// a full form of one name from a small built-in table ("steve"/"stephen", "bob"/"robert").
/// A short form may belong to several names ("chris": Christopher, Christine).
bool same_first_name(std::string_view a, std::string_view b);

}  // namespace mtk::validators::names
