// A person's name as written, split into the parts that identify the person.
//
// Shared by the attendance/* and names/* rules so that they agree on who is who:
// honorifics, ranks and post-nominals are dropped ("Dame", "Cllr", "DAC", "OBE"), middle
// initials are dropped ("Jane E Garvan" = "Jane Garvan"), names are folded with ICU, and
// first names are compared through their short forms ("Steve" = "Stephen").
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace mtk::validators::names {

struct PersonName {
    /// The name's words as written, without honorifics and post-nominals ("Jane", "E", "Garvan"):
    /// views of the text given to parse_name.
    std::vector<std::string_view> written;
    /// The folded words without middle initials ("jane", "garvan"); apostrophes removed,
    /// hyphens kept ("weekes-bernard").
    std::vector<std::string> words;
    /// first_name_groups(given()): the rows of the short-forms table the first name is in,
    /// looked up once, as names are compared pairwise.
    std::uint64_t given_groups = 0;

    bool empty() const { return words.empty(); }
    /// The folded first name; empty for a one-word name.
    std::string_view given() const {
        return words.size() > 1 ? std::string_view(words.front()) : "";
    }
    /// The folded last word.
    std::string_view surname() const { return words.empty() ? "" : std::string_view(words.back()); }
    /// The folded words joined by spaces: equal keys are the same spelling.
    std::string spelling() const;
};

/// The name written in `written`, which must outlive it (its written words view it).
PersonName parse_name(std::string_view written);

/// same_first_name of the two names' first names, by the rows parse_name looked up.
inline bool same_first_name(const PersonName& a, const PersonName& b) {
    return a.given() == b.given() || (a.given_groups & b.given_groups) != 0;
}

/// True when the two names identify one person: same surname, and first names equal or
/// short forms of one name (or one an initial of the other). Two people sharing a surname
/// with different first names are different people.
bool same_person(const PersonName& a, const PersonName& b);

/// Every way of writing the name's initials: each word's first letter, middle words
/// optional, hyphenated parts and inner capitals as extra letters ("Weekes-Bernard": W or
/// WB; "McCleave": M or MC). Upper-case ASCII. A "name" of more than six words has one
/// variant, each word's first letter (the variants would double with every word).
std::vector<std::string> initials_variants(const PersonName& name);

/// Calls f(variant) for every variant of initials_variants, unsorted and possibly repeated,
/// without making a string of each: for a caller gathering the initials of many names into
/// one set. The view is valid during the call only.
void for_each_initials_variant(const PersonName& name,
                               const std::function<void(std::string_view)>& f);

/// The plain initials: first letters of the first and the last word ("DM" for "Damian McCleave").
std::string plain_initials(const PersonName& name);

/// True when `declared` ("JG", "J.G.", "Kris V") is a way of writing the name's initials.
/// A declared word that is the person's first name (or a short form of it) stands for its
/// initial.
bool initials_fit(std::string_view declared, const PersonName& name);

}  // namespace mtk::validators::names
