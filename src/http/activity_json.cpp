#include "http/activity_json.hpp"

#include <cmath>

#include "http/json.hpp"

namespace kompas {
namespace {

template <typename Enum>
nlohmann::json NameOrNull(const std::optional<Enum>& value, const char* (*name)(Enum)) {
    return value ? nlohmann::json(name(*value)) : nlohmann::json(nullptr);
}

nlohmann::json FiguresJson(const PortfolioFigures& figures) {
    return {{"activities", figures.activities},
            {"budget_planned", OrNull(figures.budget_planned)},
            {"budget_spent", OrNull(figures.budget_spent)},
            {"reach_planned", OrNull(figures.reach_planned)},
            {"reach_actual", OrNull(figures.reach_actual)},
            {"incomplete", figures.incomplete}};
}

nlohmann::json Number(const std::optional<double>& value) {
    return value && std::isfinite(*value) ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json ToJson(const Activity& activity) {
    const NewActivity& f = activity.fields;
    nlohmann::json years = nlohmann::json::array();
    for (const auto& year : f.years) {
        years.push_back({{"year", year.year},
                         {"reach_planned", OrNull(year.reach_planned)},
                         {"reach_actual", OrNull(year.reach_actual)},
                         {"budget_planned", OrNull(year.budget_planned)},
                         {"budget_spent", OrNull(year.budget_spent)}});
    }
    nlohmann::json results = nlohmann::json::array();
    nlohmann::json result_ids = nlohmann::json::array();
    for (const auto& link : f.results) {
        results.push_back({{"result_id", link.result_id}, {"reason", link.reason}});
        result_ids.push_back(link.result_id);
    }
    nlohmann::json monitoring = nullptr;
    if (f.monitoring) {
        monitoring = {{"what", f.monitoring->what}, {"who", f.monitoring->who}, {"review_on", f.monitoring->review_on}};
    }
    return {{"id", activity.id},
            {"collaboration_id", activity.collaboration_id},
            {"owner_partner_id", OrNull(activity.owner_partner_id)},
            {"name", f.name},
            {"description", f.description},
            {"actor_partner_id", OrNull(f.actor_partner_id)},
            {"actor_name", f.actor_name},
            {"actor", activity.actor},
            {"actor_kind", NameOrNull(f.actor_kind, ActorKindName)},
            {"echelon", EchelonName(f.echelon)},
            {"kind", NameOrNull(f.kind, ActivityKindName)},
            {"status", ActivityStatusName(f.status)},
            {"age_from", OrNull(f.age_from)},
            {"age_to", OrNull(f.age_to)},
            {"regions", f.regions},
            {"period_start", OrNull(f.period_start)},
            {"period_end", OrNull(f.period_end)},
            {"years", years},
            {"results", results},
            {"result_ids", result_ids},
            {"recognition", NameOrNull(f.recognition, RecognitionName)},
            {"effect_ladder", NameOrNull(f.effect_ladder, EffectLadderStepName)},
            {"checks",
             {{"target_group_described", OrNull(f.checks.target_group_described)},
              {"goals_described", OrNull(f.checks.goals_described)},
              {"approach_described", OrNull(f.checks.approach_described)}}},
            {"monitoring", monitoring},
            {"quality_known", QualityKnown(f)},
            {"created_at", activity.created_at},
            {"updated_at", activity.updated_at}};
}

nlohmann::json ToJson(const ActivityDecision& decision) {
    return {{"id", decision.id},
            {"activity_id", decision.activity_id},
            {"decision", ActivityDecisionKindName(decision.decision)},
            {"decided_on", decision.decided_on},
            {"reason", decision.reason},
            {"decided_by", decision.decided_by}};
}

nlohmann::json ToJson(const ResultPriority& priority) {
    return {{"result_id", priority.result_id},
            {"priority", LevelName(priority.priority)},
            {"urgency", LevelName(priority.urgency)}};
}

nlohmann::json ToJson(const Portfolio& portfolio) {
    nlohmann::json results = nlohmann::json::array();
    for (const auto& row : portfolio.results) {
        results.push_back({{"result_id", row.result_id},
                           {"title", row.title},
                           {"ambition_title", row.ambition_title},
                           {"priority", NameOrNull(row.priority, LevelName)},
                           {"urgency", NameOrNull(row.urgency, LevelName)},
                           {"figures", FiguresJson(row.figures)},
                           {"budget_share", Number(row.budget_share)},
                           {"attention", PortfolioAttentionName(row.attention)},
                           {"attention_text", PortfolioAttentionText(row.attention)}});
    }
    nlohmann::json activities = nlohmann::json::array();
    for (const auto& row : portfolio.activities) {
        activities.push_back({{"activity_id", row.activity_id},
                              {"name", row.name},
                              {"actor", row.actor},
                              {"echelon", EchelonName(row.echelon)},
                              {"status", ActivityStatusName(row.status)},
                              {"kind", NameOrNull(row.kind, ActivityKindName)},
                              {"figures", FiguresJson(row.figures)},
                              {"cost_per_child", Number(row.cost_per_child)},
                              {"cost_basis", OrNull(row.cost_basis)},
                              {"quality_known", row.quality_known},
                              {"monitoring_agreement", row.monitoring_agreement},
                              {"result_ids", row.result_ids}});
    }
    nlohmann::json cells = nlohmann::json::array();
    for (const auto& cell : portfolio.cells) {
        cells.push_back({{"result_id", cell.result_id}, {"activity_id", cell.activity_id}, {"reason", cell.reason}});
    }
    nlohmann::json echelons = nlohmann::json::array();
    for (const auto& row : portfolio.echelons) {
        echelons.push_back({{"echelon", EchelonName(row.echelon)}, {"figures", FiguresJson(row.figures)}});
    }
    nlohmann::json decisions = nlohmann::json::array();
    for (const auto& decision : portfolio.decisions) decisions.push_back(ToJson(decision));
    return {{"year", OrNull(portfolio.year)},
            {"years", portfolio.years},
            {"results", results},
            {"activities", activities},
            {"cells", cells},
            {"echelons", echelons},
            {"total", FiguresJson(portfolio.total)},
            {"results_without_activity", portfolio.results_without_activity},
            {"activities_without_result", portfolio.activities_without_result},
            {"decisions", decisions}};
}

}  // namespace kompas
