#include "core/evaluation.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>

namespace kompas {
namespace {

std::vector<int> ScoresFor(std::span<const ScoredResponse> responses, EvaluationElement element) {
    std::vector<int> scores;
    for (const ScoredResponse& response : responses) {
        for (const ElementScore& score : response.scores) {
            if (score.element == element && score.score >= kMinScore && score.score <= kMaxScore) {
                scores.push_back(score.score);
            }
        }
    }
    return scores;
}

std::optional<double> Mean(const std::vector<int>& scores) {
    if (scores.empty()) return std::nullopt;
    const double sum = std::accumulate(scores.begin(), scores.end(), 0.0);
    return sum / static_cast<double>(scores.size());
}

}  // namespace

Result<void> ValidateEvaluationResponse(const EvaluationResponse& response) {
    if (response.scores.size() != kEvaluationElements.size()) {
        return Fail(ErrorCode::kInvalidArgument,
                    fmt::format("Geef voor elk van de zes elementen precies één score (nu {})", response.scores.size()),
                    "scores");
    }
    std::array<bool, kEvaluationElements.size()> seen{};
    for (const ElementScore& score : response.scores) {
        const auto index = static_cast<std::size_t>(score.element);
        if (index >= seen.size()) return Fail(ErrorCode::kInvalidArgument, "Onbekend element", "scores");
        if (seen[index]) {
            return Fail(ErrorCode::kInvalidArgument,
                        fmt::format("Element {} komt twee keer voor", EvaluationElementName(score.element)), "scores");
        }
        seen[index] = true;
        if (score.score < kMinScore || score.score > kMaxScore) {
            return Fail(ErrorCode::kInvalidArgument,
                        fmt::format("Score voor {} moet tussen 1 en 10 liggen", EvaluationElementName(score.element)),
                        "scores");
        }
        if (score.comment.size() > kMaxCommentLength) {
            return Fail(ErrorCode::kInvalidArgument,
                        fmt::format("Toelichting bij {} is te lang (hoogstens {} tekens)",
                                    EvaluationElementName(score.element), kMaxCommentLength),
                        "scores");
        }
    }
    return {};
}

std::vector<ElementSummary> SummariseEvaluation(std::span<const ScoredResponse> current,
                                                std::span<const ScoredResponse> previous) {
    std::vector<ElementSummary> summaries;
    summaries.reserve(kEvaluationElements.size());
    for (const EvaluationElement element : kEvaluationElements) {
        ElementSummary summary;
        summary.element = element;
        std::vector<int> scores = ScoresFor(current, element);
        const std::vector<int> previous_scores = ScoresFor(previous, element);
        summary.responses = static_cast<std::int64_t>(scores.size());
        summary.previous_responses = static_cast<std::int64_t>(previous_scores.size());
        summary.hidden = summary.responses < kMinEvaluationAnswers;
        if (!summary.hidden) {
            summary.distribution.emplace();
            for (const int score : scores) ++(*summary.distribution)[static_cast<std::size_t>(score - 1)];
            summary.mean = Mean(scores);
            std::sort(scores.begin(), scores.end());
            const std::size_t n = scores.size();
            summary.median = n % 2 == 1 ? static_cast<double>(scores[n / 2])
                                        : (static_cast<double>(scores[n / 2 - 1]) + scores[n / 2]) / 2.0;
            summary.min = scores.front();
            summary.max = scores.back();
            if (summary.previous_responses >= kMinEvaluationAnswers) {
                summary.previous_mean = Mean(previous_scores);
                summary.change = *summary.mean - *summary.previous_mean;
            }
        }
        for (const ScoredResponse& response : current) {
            // An unsigned comment in a small round would be as telling as its writer's score.
            if (summary.hidden && !response.signed_by) continue;
            for (const ElementScore& score : response.scores) {
                if (score.element != element || score.comment.empty()) continue;
                summary.comments.push_back(EvaluationComment{score.comment, response.signed_by});
            }
        }
        std::sort(summary.comments.begin(), summary.comments.end(),
                  [](const EvaluationComment& a, const EvaluationComment& b) {
                      return std::tie(a.text, a.signed_by) < std::tie(b.text, b.signed_by);
                  });
        summaries.push_back(std::move(summary));
    }
    return summaries;
}

}  // namespace kompas
