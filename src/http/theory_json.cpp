#include "http/theory_json.hpp"

#include <cmath>

#include "http/ambition_json.hpp"
#include "http/json.hpp"
#include "http/json_fields.hpp"

namespace kompas {
namespace {

using json_fields::Invalid;
using json_fields::OptionalText;
using json_fields::Text;

nlohmann::json Number(double value) { return std::isfinite(value) ? nlohmann::json(value) : nlohmann::json(nullptr); }

nlohmann::json ChangeJson(const std::optional<ProgressChange>& change) {
    if (!change) return nullptr;
    nlohmann::json interval = nullptr;
    if (change->interval)
        interval = {{"lower", Number(change->interval->lower)}, {"upper", Number(change->interval->upper)}};
    return {{"from", change->from},
            {"to", change->to},
            {"verdict", change->verdict},
            {"interval", std::move(interval)},
            {"text", change->text}};
}

nlohmann::json FiguresJson(const std::optional<IntermediateFigures>& figures) {
    if (!figures) return nullptr;
    nlohmann::json series = nlohmann::json::array();
    for (const auto& point : figures->series) series.push_back(ToJson(point));
    return {{"indicator", ToJson(figures->indicator)},
            {"region", ToJson(figures->region)},
            {"data_region", ToJson(figures->data_region)},
            {"level_note", OrNull(figures->level_note)},
            {"series", std::move(series)},
            {"latest", figures->latest ? ToJson(*figures->latest) : nlohmann::json(nullptr)},
            {"change", ChangeJson(figures->change)}};
}

nlohmann::json GroundJson(const std::vector<SharedGround>& items) {
    nlohmann::json array = nlohmann::json::array();
    for (const auto& item : items) {
        nlohmann::json partners = nlohmann::json::array();
        for (const auto& partner : item.partners)
            partners.push_back({{"partner_id", partner.partner_id}, {"name", partner.name}});
        array.push_back({{"id", item.id}, {"name", item.name}, {"partners", std::move(partners)}});
    }
    return array;
}

}  // namespace

nlohmann::json ToJson(const IntermediateOutcome& outcome) {
    return {{"id", outcome.id},
            {"collaboration_id", outcome.collaboration_id},
            {"name", outcome.name},
            {"indicator", OrNull(outcome.indicator)},
            {"region", OrNull(outcome.region)},
            {"figures", FiguresJson(outcome.figures)}};
}

nlohmann::json ToJson(const Assumption& assumption) {
    return {
        {"id", assumption.id},
        {"collaboration_id", assumption.collaboration_id},
        {"holder_partner_id", assumption.holder_partner_id},
        {"holder_name", assumption.holder_name},
        {"activity_id", OrNull(assumption.activity_id)},
        {"activity_name", OrNull(assumption.activity_name)},
        {"intermediate_outcome_id", assumption.intermediate_outcome_id},
        {"result_id", assumption.result_id},
        {"explanation", assumption.explanation},
        {"evidence",
         {{"strength", EvidenceStrengthName(assumption.evidence.strength)}, {"source", assumption.evidence.source}}},
        {"open_questions", assumption.open_questions},
        {"expected_direction", assumption.expected_direction
                                   ? nlohmann::json(ExpectedDirectionName(*assumption.expected_direction))
                                   : nlohmann::json(nullptr)},
        {"verdict", {{"verdict", FigureVerdictName(assumption.verdict.verdict)}, {"text", assumption.verdict.text}}},
        {"can_edit", assumption.can_edit},
        {"created_at", assumption.created_at},
        {"updated_at", assumption.updated_at}};
}

nlohmann::json ToJson(const TheoryOfChange& theory) {
    nlohmann::json results = nlohmann::json::array();
    for (const auto& group : theory.results) {
        results.push_back({{"result", ToJson(group.result)}, {"assumptions", ToJsonArray(group.assumptions)}});
    }
    nlohmann::json activities = nlohmann::json::array();
    for (const auto& activity : theory.activities) activities.push_back({{"id", activity.id}, {"name", activity.name}});
    return {{"collaboration_id", theory.collaboration_id},
            {"intermediate_outcomes", ToJsonArray(theory.intermediate_outcomes)},
            {"results", std::move(results)},
            {"common_ground",
             {{"intermediate_outcomes", GroundJson(theory.shared_outcomes)},
              {"results", GroundJson(theory.shared_results)}}},
            {"activities", std::move(activities)},
            {"can_record", theory.can_record}};
}

Result<NewIntermediateOutcome> ReadNewIntermediateOutcome(const nlohmann::json& body) {
    NewIntermediateOutcome input;
    auto name = Text(body, "name", true, 200);
    if (!name) return std::unexpected(name.error());
    auto indicator = OptionalText(body, "indicator", 200);
    if (!indicator) return std::unexpected(indicator.error());
    auto region = OptionalText(body, "region", 16);
    if (!region) return std::unexpected(region.error());
    input.name = std::move(*name);
    input.indicator = std::move(*indicator);
    input.region = std::move(*region);
    return input;
}

Result<NewAssumption> ReadNewAssumption(const nlohmann::json& body) {
    NewAssumption input;
    auto result_id = Text(body, "result_id", true, 64);
    if (!result_id) return std::unexpected(result_id.error());
    auto outcome_id = Text(body, "intermediate_outcome_id", true, 64);
    if (!outcome_id) return std::unexpected(outcome_id.error());
    auto activity_id = OptionalText(body, "activity_id", 64);
    if (!activity_id) return std::unexpected(activity_id.error());
    auto holder = OptionalText(body, "holder_partner_id", 64);
    if (!holder) return std::unexpected(holder.error());
    auto explanation = Text(body, "explanation", false, 10000);
    if (!explanation) return std::unexpected(explanation.error());
    auto questions = Text(body, "open_questions", false, 10000);
    if (!questions) return std::unexpected(questions.error());
    const auto evidence = body.find("evidence");
    if (evidence == body.end() || !evidence->is_object()) {
        return Invalid("evidence", "evidence moet een object zijn met strength (none, practice_based, research_based)");
    }
    auto strength_text = Text(*evidence, "strength", true, 40);
    if (!strength_text) return Invalid("evidence", "evidence.strength is none, practice_based of research_based");
    const auto strength = ParseEvidenceStrength(*strength_text);
    if (!strength) {
        return Invalid("evidence", "Onbekende sterkte van de onderbouwing '" + *strength_text +
                                       "' (none, practice_based, research_based)");
    }
    auto source = Text(*evidence, "source", false, 2000);
    if (!source) return Invalid("evidence", "evidence.source is een tekst van hooguit 2000 tekens");
    auto direction_text = OptionalText(body, "expected_direction", 20);
    if (!direction_text) return std::unexpected(direction_text.error());
    if (*direction_text) {
        input.expected_direction = ParseExpectedDirection(**direction_text);
        if (!input.expected_direction) {
            return Invalid("expected_direction",
                           "Onbekende richting '" + **direction_text + "' (increase, decrease of leeg)");
        }
    }
    input.result_id = std::move(*result_id);
    input.intermediate_outcome_id = std::move(*outcome_id);
    input.activity_id = std::move(*activity_id);
    input.holder_partner_id = std::move(*holder);
    input.explanation = std::move(*explanation);
    input.open_questions = std::move(*questions);
    input.evidence = Evidence{*strength, std::move(*source)};
    return input;
}

}  // namespace kompas
