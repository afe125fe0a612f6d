#include "names/listed_names.hpp"

#include <algorithm>
#include <stdexcept>

namespace mtk::validators::names {
namespace {

bool by_person(const std::pair<const Person*, PersonName>& entry, const Person* p) {
    return std::less<const Person*>{}(entry.first, p);
}

}  // namespace

ListedNames::ListedNames(const Minutes& m) : people_(all_people(m)) {
    names_.reserve(people_.size());
    for (const ListedPerson& lp : people_)
        names_.emplace_back(lp.person, parse_name(lp.person->name));
    std::sort(names_.begin(), names_.end(), [](const auto& a, const auto& b) {
        return std::less<const Person*>{}(a.first, b.first);
    });
}

const PersonName& ListedNames::of(const Person& p) const {
    const auto it = std::lower_bound(names_.begin(), names_.end(), &p, by_person);
    if (it == names_.end() || it->first != &p) throw std::out_of_range("ListedNames::of");
    return it->second;
}

const ListedNames& listed_names(const Document& doc) {
    if (!doc.facts.people) doc.facts.people = std::make_shared<const ListedNames>(doc.minutes);
    return *doc.facts.people;
}

}  // namespace mtk::validators::names
