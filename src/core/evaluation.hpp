// The summary of an evaluation round per element: how many answered, the distribution of the
// scores 1–10, mean, median, min, max, and the change against the previous round. Scores are
// never attributed; a comment carries its author's name only when the response was signed. A
// round with fewer than kMinEvaluationAnswers answers gives counts only: with one or two answers
// any figure, and any unsigned comment, would point at the person who gave it. Pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/collaboration.hpp"
#include "core/error.hpp"

namespace kompas {

// One partner's response as the summary sees it: no partner or person id, by design.
struct ScoredResponse {
    std::vector<ElementScore> scores;
    std::optional<std::string> signed_by;  // the author's name, only when the response was signed
};

inline constexpr int kMinScore = 1;
inline constexpr int kMaxScore = 10;
inline constexpr std::size_t kMaxCommentLength = 4000;  // bytes
// The fewest answers a round needs before its scores and unsigned comments are summarised, and
// each of the two rounds before a change between them is given.
inline constexpr std::int64_t kMinEvaluationAnswers = 3;

// Each of the six elements exactly once, scores 1–10, comments of at most kMaxCommentLength;
// kInvalidArgument with field "scores" otherwise.
Result<void> ValidateEvaluationResponse(const EvaluationResponse& response);

// Six summaries in kEvaluationElements order. `previous` is the previous round's responses
// (empty when there is none). An element with fewer than kMinEvaluationAnswers scores is
// `hidden`: no distribution, no figures (previous_mean and change included), and only its signed
// comments. previous_mean and change are given only when both rounds had at least
// kMinEvaluationAnswers scores for the element; previous_responses is given always. Comments are ordered by text, so
// that their order says nothing about who wrote them.
std::vector<ElementSummary> SummariseEvaluation(std::span<const ScoredResponse> current,
                                                std::span<const ScoredResponse> previous);

}  // namespace kompas
