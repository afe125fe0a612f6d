// Decisions in running text: resolutions ("RESOLVED: That the minutes be approved.",
// "AGREED that ...", "It was resolved to ...", "BE IT RESOLVED, that ...") and motions
// ("Motion by Councilmember Reyes, seconded by Councilmember Whitfield, to approve ...
// Motion carried 5-0."), with the result, the votes, the mover and the seconder as the
// minutes give them.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "mtk/model.hpp"

namespace mtk::converters::layout {

/// A decision found in a paragraph: the [begin, end) of its text and what it records (the
/// Decision's id, number, text and origin are left for the caller).
struct DecisionSpan {
    std::size_t begin = 0, end = 0;
    Decision decision;
};

/// What the readers of a paragraph's prose look for before they read it, found in one pass
/// over the paragraph: each would otherwise search it for its own cue, and most paragraphs
/// have none of most.
struct ProseCues {
    /// "next", in any case: parse_next_meeting, outside a next-meeting block, reads no text
    /// without it.
    bool next = false;
    /// " to " or " will ": action_sentences finds no task in a text without one.
    bool task = false;
    /// The [begin, end) of each stem of deciding ("resolv", "agree", "decid", "decision",
    /// "move", "motion", "propos", "vote"), in any case: find_decisions reads only the
    /// sentences that hold one.
    std::vector<std::pair<std::size_t, std::size_t>> stems;
};
ProseCues prose_cues(std::string_view text);

/// The decisions of a paragraph, in order; a number written before one ("RESOLUTION
/// 2025/041 Moved: ...") is its number. A resolution runs to the end of the paragraph
/// (its clauses follow it); a motion runs to the sentence that gives its result, when one of
/// the next two does, else to the end of its own sentence.
std::vector<DecisionSpan> find_decisions(std::string_view text);
/// find_decisions(text) with the stems prose_cues(text) gives.
std::vector<DecisionSpan> find_decisions(
    std::string_view text, std::span<const std::pair<std::size_t, std::size_t>> stems);

/// A paragraph that states the result of a motion written above it ("CARRIED 4/1", "LOST",
/// "The motion was carried unanimously"): sets `d`'s result and votes and returns true;
/// false (and `d` untouched) for any other paragraph.
bool read_result(std::string_view text, Decision& d);

/// A paragraph that names the seconder of the motion above it ("Seconded By: Councillor
/// Osei", as eSCRIBE and similar systems write each part of a motion on its own line):
/// sets `d`'s seconder when unset and returns true; false for any other paragraph.
bool read_seconder(std::string_view text, Decision& d);

/// A paragraph that records one side of a vote ("Aye: 4 - Rivera, O'Neill, ...", "Nay: 2",
/// "Against: Cr Karim", "Abstain: Nil"): fills that count of `d` when it is unset and returns
/// true; false for any other paragraph.
bool read_vote_line(std::string_view text, Decision& d);

}  // namespace mtk::converters::layout
