// The parsed names of a document's listed people, parsed once per document and shared by
// the attendance/* and names/* rules, which each parsed them.
#pragma once

#include <utility>
#include <vector>

#include "mtk/validators/rule.hpp"
#include "names/person_name.hpp"

namespace mtk::validators::names {

class ListedNames {
  public:
    explicit ListedNames(const Minutes& m);

    /// The parsed name of `p`, which is one of the listed people of the document.
    const PersonName& of(const Person& p) const;
    /// The listed people, as all_people gives them: the rules read them from here rather
    /// than each gathering them again.
    const std::vector<ListedPerson>& people() const { return people_; }
    /// The parsed name of people()[i], for callers that walk the people (no search).
    const PersonName& name(std::size_t i) const { return names_[i]; }

  private:
    std::vector<ListedPerson> people_;
    std::vector<PersonName> names_;  ///< names_[i] is people_[i]'s
    /// The index in names_ by the person's address, sorted: a document lists a few dozen
    /// people at most, which a binary search finds without a hash table's nodes.
    std::vector<std::pair<const Person*, std::size_t>> by_person_;
};

/// The listed names of `doc`, parsed on the first call and kept with the document (see
/// DocumentFacts).
const ListedNames& listed_names(const Document& doc);

}  // namespace mtk::validators::names
