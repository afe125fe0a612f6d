#include "names/listed_names.hpp"

namespace mtk::validators::names {

ListedNames::ListedNames(const Minutes& m) {
    for (const ListedPerson& lp : all_people(m))
        names_.emplace(lp.person, parse_name(lp.person->name));
}

const ListedNames& listed_names(const Document& doc) {
    if (!doc.facts.people) doc.facts.people = std::make_shared<const ListedNames>(doc.minutes);
    return *doc.facts.people;
}

}  // namespace mtk::validators::names
