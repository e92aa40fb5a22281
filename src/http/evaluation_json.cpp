#include "http/evaluation_json.hpp"

#include "core/evaluation.hpp"
#include "http/json.hpp"

namespace kompas {

nlohmann::json ToJson(const EvaluationRound& round) {
    return {{"id", round.id},
            {"collaboration_id", round.collaboration_id},
            {"title", round.title},
            {"opened_at", round.opened_at},
            {"closed", round.closed},
            {"responses", round.responses},
            {"my_response_submitted", round.my_response_submitted}};
}

nlohmann::json ToJson(const ElementSummary& summary) {
    nlohmann::json comments = nlohmann::json::array();
    for (const auto& comment : summary.comments) {
        comments.push_back({{"text", comment.text}, {"signed_by", OrNull(comment.signed_by)}});
    }
    return {{"element", EvaluationElementName(summary.element)},
            {"responses", summary.responses},
            {"hidden", summary.hidden},
            {"distribution", OrNull(summary.distribution)},
            {"mean", OrNull(summary.mean)},
            {"median", OrNull(summary.median)},
            {"min", OrNull(summary.min)},
            {"max", OrNull(summary.max)},
            {"previous_mean", OrNull(summary.previous_mean)},
            {"previous_responses", summary.previous_responses},
            {"change", OrNull(summary.change)},
            {"comments", comments}};
}

nlohmann::json ToJson(const EvaluationResult& result) {
    nlohmann::json out = ToJson(result.round);
    out["min_answers"] = kMinEvaluationAnswers;
    out["elements"] = ToJsonArray(result.elements);
    return out;
}

}  // namespace kompas
