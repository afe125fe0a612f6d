#include "names/listed_names.hpp"

#include <algorithm>
#include <stdexcept>

namespace mtk::validators::names {
namespace {

bool by_person(const std::pair<const Person*, std::size_t>& entry, const Person* p) {
    return std::less<const Person*>{}(entry.first, p);
}

}  // namespace

ListedNames::ListedNames(const Minutes& m) : people_(all_people(m)) {
    names_.reserve(people_.size());
    by_person_.reserve(people_.size());
    for (const ListedPerson& lp : people_) {
        by_person_.emplace_back(lp.person, names_.size());
        names_.push_back(parse_name(lp.person->name));
    }
    std::sort(by_person_.begin(), by_person_.end(), [](const auto& a, const auto& b) {
        return std::less<const Person*>{}(a.first, b.first);
    });
}

const PersonName& ListedNames::of(const Person& p) const {
    const auto it = std::lower_bound(by_person_.begin(), by_person_.end(), &p, by_person);
    if (it == by_person_.end() || it->first != &p) throw std::out_of_range("ListedNames::of");
    return names_[it->second];
}

const ListedNames& listed_names(const Document& doc) {
    if (!doc.facts.people) doc.facts.people = std::make_shared<const ListedNames>(doc.minutes);
    return *doc.facts.people;
}

}  // namespace mtk::validators::names
