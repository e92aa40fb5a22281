#include "http/quality_body.hpp"

#include <cmath>

#include "http/json_fields.hpp"

namespace kompas {
namespace {

using json_fields::Invalid;
using json_fields::OptionalText;
using json_fields::Text;
using json_fields::TextList;

}  // namespace

Result<ConditionUpdate> ReadConditionUpdate(const nlohmann::json& body) {
    ConditionUpdate input;
    auto status = Text(body, "status", true, 20);
    if (!status) return std::unexpected(status.error());
    const auto parsed = ParseConditionStatus(*status);
    if (!parsed) return Invalid("status", "status is met, partly, not of unknown");
    input.status = *parsed;
    auto note = Text(body, "note", false, 10000);
    if (!note) return std::unexpected(note.error());
    input.note = std::move(*note);
    auto link = OptionalText(body, "link", 2000);
    if (!link) return std::unexpected(link.error());
    input.link = std::move(*link);
    auto confirmed_on = OptionalText(body, "confirmed_on", 10);
    if (!confirmed_on) return std::unexpected(confirmed_on.error());
    input.confirmed_on = std::move(*confirmed_on);
    const auto figure = body.find("figure");
    if (figure != body.end() && !figure->is_null()) {
        if (!figure->is_object()) return Invalid("figure", "figure moet een object { value, unit } zijn");
        const auto value = figure->find("value");
        if (value == figure->end() || !value->is_number() || !std::isfinite(value->get<double>())) {
            return Invalid("figure", "figure.value moet een getal zijn");
        }
        auto unit = Text(*figure, "unit", true, 50);
        if (!unit) return Invalid("figure", "Geef bij het cijfer een eenheid (figure.unit)");
        input.figure = QualityFigure{value->get<double>(), std::move(*unit)};
    }
    return input;
}

Result<NewContractLot> ReadNewContractLot(const nlohmann::json& body) {
    NewContractLot input;
    auto name = Text(body, "name", true, 200);
    if (!name) return std::unexpected(name.error());
    auto description = Text(body, "description", false, 10000);
    if (!description) return std::unexpected(description.error());
    auto required = TextList(body, "required");
    if (!required) return std::unexpected(required.error());
    for (const auto& item : *required) {
        const auto condition = ParseQualityCondition(item);
        if (!condition) return Invalid("required", "Onbekende kwaliteitseis '" + item + "'");
        input.required.push_back(*condition);
    }
    auto providers = TextList(body, "providers");
    if (!providers) return std::unexpected(providers.error());
    input.name = std::move(*name);
    input.description = std::move(*description);
    input.providers = std::move(*providers);
    return input;
}

Result<EffectivenessAnswerInput> ReadEffectivenessAnswer(const nlohmann::json& body) {
    EffectivenessAnswerInput input;
    auto answer = Text(body, "answer", true, 10000);
    if (!answer) return std::unexpected(answer.error());
    auto evidence = Text(body, "evidence", false, 10000);
    if (!evidence) return std::unexpected(evidence.error());
    auto answered_on = OptionalText(body, "answered_on", 10);
    if (!answered_on) return std::unexpected(answered_on.error());
    input.answer = std::move(*answer);
    input.evidence = std::move(*evidence);
    input.answered_on = std::move(*answered_on);
    return input;
}

}  // namespace kompas
