#include "names/first_names.hpp"

#include <algorithm>
#include <array>

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

bool in(const Row& row, std::string_view name) {
    return !name.empty() && std::find(row.begin(), row.end(), name) != row.end();
}

}  // namespace

bool same_first_name(std::string_view a, std::string_view b) {
    if (a == b) return true;
    return std::any_of(std::begin(kForms), std::end(kForms),
                       [&](const Row& row) { return in(row, a) && in(row, b); });
}

}  // namespace mtk::validators::names
