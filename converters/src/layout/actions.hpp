// Actions: explicit action lines ("Action 1 – Met to ...", "ACTION: Owner to do X by 30 June",
// "AI: Greg: follow up", "Action-BM-2018-4 Check ...", "PR - [Action-BM-2017-03 ...]"), and the
// owner, due date and status of an action's text.
//
// Owner: the subject of the action when it is a name, initials or an organisation -- the
// capitalised words before " to " / " will " / " takes " ("Alan/Mandy to lead", "Met to
// research"), before ": " ("Greg: follow up"), or a speaker prefix ("PR - ..."). Generic
// subjects ("Partners", "All", "Members") are no owner.
// Due: a date after "by", "before", "until", "due", "deadline", "end of", or "the <Month>
// ... meeting" (month precision); a date without a year takes the first year that puts it
// on or after the meeting.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mtk/model.hpp"

namespace mtk::converters::layout {

struct ParsedAction {
    std::string number;
    std::string owner;
    std::string due;
    ActionStatus status = ActionStatus::open;
    std::string text;          ///< the action without its "Action N –" prefix
    bool status_only = false;  ///< "Action 2016-07 CLOSED.": reports on an earlier action
};

/// An explicit action line, or nullopt.
std::optional<ParsedAction> parse_action_line(std::string_view text, std::string_view meeting_iso);

/// An action from a list item of an actions section (no prefix needed).
ParsedAction action_from_text(std::string_view text, std::string_view meeting_iso);

/// The owner as written, or empty.
std::string find_owner(std::string_view text);

/// ISO due date, or empty.
std::string find_due(std::string_view text, std::string_view meeting_iso);

/// closed when the text says closed/completed/done (not "not done"), carried when it says
/// carried forward/over; open otherwise.
ActionStatus find_status(std::string_view text);

/// The actions of running text: the [begin, end) offsets of the sentences that open with an
/// owner, then "to", "will", "agreed to" or "is to" and a verb ("TB to contact the auditors.",
/// "Staff to report back by 17 June.", "The Clerk will write to the bank."), when `known`
/// says the owner as written names someone the minutes know ("London to host ..." is no
/// action). Empty when there are none.
std::vector<std::pair<std::size_t, std::size_t>> action_sentences(
    std::string_view text, const std::function<bool(std::string_view)>& known);

/// A lead-in that gives an owner to the list below it: "JR takes action items to reach
/// out to:" -> "JR". Empty when the text is no such lead-in.
std::string lead_in_owner(std::string_view text);

}  // namespace mtk::converters::layout
