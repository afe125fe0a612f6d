#include "names/first_names.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <unordered_map>

namespace mtk::validators::names {
namespace {

// A deliberately small table of the short forms common in British minutes: each row is
// one name with its usual short forms. Not a full nickname database: a pair missing here
// is simply not taken for one name.
using Row = std::array<std::string_view, 4>;  // unused places are empty
constexpr Row kForms[] = {
    {"alexander", "alex", "sandy"},
    {"alexandra", "alex", "sandra"},
    {"amanda", "mandy"},
    {"andrew", "andy", "drew"},
    {"anthony", "tony"},
    {"benjamin", "ben"},
    {"catherine", "cath", "cathy", "kate"},
    {"christopher", "chris"},
    {"christine", "chris"},
    {"daniel", "dan", "danny"},
    {"david", "dave"},
    {"deborah", "debbie", "debra", "deb"},
    {"douglas", "doug"},
    {"edward", "ed", "eddie", "ted"},
    {"elizabeth", "liz", "beth", "lizzie"},
    {"frederick", "fred"},
    {"gregory", "greg"},
    {"jacqueline", "jackie"},
    {"james", "jim", "jimmy", "jamie"},
    {"jennifer", "jenny", "jen"},
    {"joanne", "jo"},
    {"johanna", "jo"},
    {"jonathan", "jon", "jonny"},
    {"joseph", "joe"},
    {"josephine", "jo", "josie"},
    {"katherine", "kate", "kathy", "katie"},
    {"kenneth", "ken", "kenny"},
    {"kristian", "kris"},
    {"kristopher", "kris"},
    {"margaret", "maggie", "meg", "peggy"},
    {"matthew", "matt"},
    {"michael", "mike", "mick"},
    {"nicholas", "nick", "nicky"},
    {"nicola", "nicky", "nikki"},
    {"patricia", "pat", "trish"},
    {"patrick", "pat"},
    {"peter", "pete"},
    {"philip", "phil"},
    {"phillip", "phil"},
    {"rebecca", "becky", "becca"},
    {"richard", "rich", "rick", "dick"},
    {"robert", "rob", "bob", "bobby"},
    {"samantha", "sam"},
    {"samuel", "sam"},
    {"stephen", "steve", "stevie"},
    {"steven", "steve", "stevie"},
    {"susan", "sue", "susie"},
    {"thomas", "tom", "tommy"},
    {"timothy", "tim"},
    {"victoria", "vicky", "vikki"},
    {"william", "will", "bill", "billy"},
    {"zachary", "zac", "zack"},
};

static_assert(std::size(kForms) <= 64, "first_name_groups gives each row one bit of 64");

}  // namespace

// The rows a name is in, one bit a row: names are compared pairwise, so by lookup, not scan.
std::uint64_t first_name_groups(std::string_view name) {
    static const auto index = [] {
        std::unordered_map<std::string_view, std::uint64_t> m;
        for (std::size_t r = 0; r < std::size(kForms); ++r)
            for (std::string_view n : kForms[r])
                if (!n.empty()) m[n] |= std::uint64_t{1} << r;
        return m;
    }();
    // By length (from 0 to 15, longer ones at 15) and first letter, the names of the table:
    // most names are ruled out here, without hashing them.
    static const auto kInitials = [] {
        std::array<std::uint32_t, 16> t{};
        for (const Row& row : kForms)
            for (std::string_view n : row)
                if (!n.empty())
                    t[std::min<std::size_t>(n.size(), 15)] |= 1u << unsigned(n[0] - 'a');
        return t;
    }();
    if (name.empty() || name[0] < 'a' || name[0] > 'z' ||
        (kInitials[std::min<std::size_t>(name.size(), 15)] >> unsigned(name[0] - 'a') & 1) == 0)
        return 0;
    const auto it = index.find(name);
    return it == index.end() ? 0 : it->second;
}

bool same_first_name(std::string_view a, std::string_view b) {
    if (a == b) return true;
    return (first_name_groups(a) & first_name_groups(b)) != 0;
}

}  // namespace mtk::validators::names
