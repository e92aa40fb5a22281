#include "http/quality_json.hpp"

#include <cmath>

#include "http/json.hpp"

namespace kompas {
namespace {

nlohmann::json FigureJson(const std::optional<QualityFigure>& figure) {
    if (!figure || !std::isfinite(figure->value)) return nullptr;
    return {{"value", figure->value}, {"unit", figure->unit}};
}

nlohmann::json ConditionNames(const std::vector<QualityCondition>& conditions) {
    nlohmann::json array = nlohmann::json::array();
    for (const auto condition : conditions) array.push_back(QualityConditionName(condition));
    return array;
}

nlohmann::json CellJson(const LotCell& cell) {
    return {{"condition", QualityConditionName(cell.condition)},
            {"status", ConditionStatusName(cell.status)},
            {"confirmed_on", OrNull(cell.confirmed_on)},
            {"evidence_missing", cell.evidence_missing},
            {"out_of_date", cell.out_of_date}};
}

nlohmann::json RowJson(const LotProviderRow& row) {
    nlohmann::json cells = nlohmann::json::array();
    for (const auto& cell : row.cells) cells.push_back(CellJson(cell));
    return {{"organisation_id", row.organisation_id}, {"name", row.name}, {"cells", std::move(cells)}};
}

nlohmann::json AnswerJson(const EffectivenessAnswer& answer) {
    return {{"question", EffectivenessQuestionName(answer.question)},
            {"answer", answer.answer},
            {"evidence", answer.evidence},
            {"answered_on", OrNull(answer.answered_on)},
            {"recorded_by", OrNull(answer.recorded_by)}};
}

}  // namespace

nlohmann::json ToJson(const ConditionRecord& record) {
    return {{"condition", QualityConditionName(record.condition)},
            {"status", ConditionStatusName(record.status)},
            {"note", record.note},
            {"link", OrNull(record.link)},
            {"figure", FigureJson(record.figure)},
            {"confirmed_by", OrNull(record.confirmed_by)},
            {"confirmed_on", OrNull(record.confirmed_on)}};
}

nlohmann::json ToJson(const ProviderQuality& quality) {
    return {{"organisation_id", quality.organisation_id},
            {"organisation_name", quality.organisation_name},
            {"can_edit", quality.can_edit},
            {"conditions", ToJsonArray(quality.conditions)}};
}

nlohmann::json ToJson(const ContractLot& lot) {
    return {{"id", lot.id},
            {"collaboration_id", lot.collaboration_id},
            {"name", lot.name},
            {"description", lot.description},
            {"required", ConditionNames(lot.required)},
            {"providers", lot.providers}};
}

nlohmann::json ToJson(const LotOverview& overview) {
    return {{"lot", ToJson(overview.lot)},
            {"as_of", overview.as_of},
            {"horizon_months", kEvidenceHorizonMonths},
            {"horizon_date", overview.horizon_date},
            {"providers", [&overview] {
                 nlohmann::json rows = nlohmann::json::array();
                 for (const auto& row : overview.providers) rows.push_back(RowJson(row));
                 return rows;
             }()}};
}

nlohmann::json ToJson(const EffectivenessConversation& conversation) {
    return {{"collaboration_id", conversation.collaboration_id},
            {"organisation_id", conversation.organisation_id},
            {"name", conversation.name},
            {"agb", OrNull(conversation.agb)},
            {"municipalities", conversation.municipalities},
            {"answers", [&conversation] {
                 nlohmann::json answers = nlohmann::json::array();
                 for (const auto& answer : conversation.answers) answers.push_back(AnswerJson(answer));
                 return answers;
             }()}};
}

}  // namespace kompas
