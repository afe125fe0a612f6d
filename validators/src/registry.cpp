#include "mtk/validators/registry.hpp"

#include <algorithm>

#include "rules/actions_missing_due_date.hpp"
#include "rules/actions_missing_owner.hpp"
#include "rules/actions_unresolved.hpp"
#include "rules/attendance_duplicate_person.hpp"
#include "rules/attendance_missing_apologies.hpp"
#include "rules/attendance_present_and_absent.hpp"
#include "rules/dates_next_meeting_before_meeting.hpp"
#include "rules/dates_title_date_mismatch.hpp"
#include "rules/dates_wrong_weekday.hpp"
#include "rules/decisions_motion_without_result.hpp"
#include "rules/decisions_votes_exceed_present.hpp"
#include "rules/names_inconsistent_spelling.hpp"
#include "rules/names_initials_mismatch.hpp"
#include "rules/names_undefined_initials.hpp"
#include "rules/schema_invalid.hpp"
#include "rules/structure_item_numbering.hpp"
#include "rules/text_glued_acronym.hpp"
#include "rules/text_web_boilerplate.hpp"

namespace mtk::validators {
namespace {

// The explicit list of rules, alphabetical by id. Adding a rule: its file and one line here.
std::vector<std::unique_ptr<Rule>> make_rules() {
    std::vector<std::unique_ptr<Rule>> r;
    r.push_back(std::make_unique<ActionsMissingDueDateRule>());
    r.push_back(std::make_unique<ActionsMissingOwnerRule>());
    r.push_back(std::make_unique<ActionsUnresolvedRule>());
    r.push_back(std::make_unique<AttendanceDuplicatePersonRule>());
    r.push_back(std::make_unique<AttendanceMissingApologiesRule>());
    r.push_back(std::make_unique<AttendancePresentAndAbsentRule>());
    r.push_back(std::make_unique<DatesNextMeetingBeforeMeetingRule>());
    r.push_back(std::make_unique<DatesTitleDateMismatchRule>());
    r.push_back(std::make_unique<DatesWrongWeekdayRule>());
    r.push_back(std::make_unique<DecisionsMotionWithoutResultRule>());
    r.push_back(std::make_unique<DecisionsVotesExceedPresentRule>());
    r.push_back(std::make_unique<NamesInconsistentSpellingRule>());
    r.push_back(std::make_unique<NamesInitialsMismatchRule>());
    r.push_back(std::make_unique<NamesUndefinedInitialsRule>());
    r.push_back(std::make_unique<SchemaInvalidRule>());
    r.push_back(std::make_unique<StructureItemNumberingRule>());
    r.push_back(std::make_unique<TextGluedAcronymRule>());
    r.push_back(std::make_unique<TextWebBoilerplateRule>());
    std::sort(r.begin(), r.end(),
              [](const auto& a, const auto& b) { return a->info().id < b->info().id; });
    return r;
}

const std::vector<std::unique_ptr<Rule>>& rules() {
    static const auto r = make_rules();
    return r;
}

}  // namespace

std::span<const std::unique_ptr<Rule>> all_rules() {
    return rules();
}

const Rule* find_rule(std::string_view id) {
    for (const auto& r : rules())
        if (r->info().id == id) return r.get();
    return nullptr;
}

Diagnostics run_rules(std::span<const Document> documents, const Config& config) {
    static const RuleOptions kNoOptions;
    SetFacts facts;
    Diagnostics out;
    for (const auto& rule : rules()) {
        const RuleInfo& info = rule->info();
        const std::string id(info.id);
        if (auto it = config.enabled.find(id); it != config.enabled.end() && !it->second) continue;
        Severity sev = info.default_severity;
        if (auto it = config.severities.find(id); it != config.severities.end()) sev = it->second;
        auto opt = config.options.find(id);
        const RuleContext ctx{documents, opt == config.options.end() ? kNoOptions : opt->second,
                              config, &facts};
        Reporter reporter(info, sev, out);
        for (const Document& d : documents) rule->check(d, ctx, reporter);
        rule->check_set(ctx, reporter);
    }
    std::stable_sort(out.begin(), out.end());
    return out;
}

}  // namespace mtk::validators
