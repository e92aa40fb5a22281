#include "http/ambition_body.hpp"

#include <cmath>
#include <limits>

#include "http/json_fields.hpp"

namespace kompas {
namespace {

using json_fields::Invalid;
using json_fields::OptionalText;
using json_fields::Text;
using json_fields::TextList;

// The object field `outer` and its number `inner`; finite only.
Result<double> NumberIn(const nlohmann::json& object, const std::string& outer, const std::string& inner) {
    const auto it = object.find(inner);
    if (it == object.end() || !it->is_number()) return Invalid(outer, outer + "." + inner + " moet een getal zijn");
    const double value = it->get<double>();
    if (!std::isfinite(value)) return Invalid(outer, outer + "." + inner + " moet een getal zijn");
    return value;
}

Result<const nlohmann::json*> Object(const nlohmann::json& body, const std::string& field) {
    const auto it = body.find(field);
    if (it == body.end() || !it->is_object()) return Invalid(field, field + " moet een object zijn");
    return &*it;
}

}  // namespace

Result<NewAmbition> ReadNewAmbition(const nlohmann::json& body) {
    NewAmbition input;
    auto title = Text(body, "title", true, 500);
    if (!title) return std::unexpected(title.error());
    auto statement = Text(body, "statement", false, 10000);
    if (!statement) return std::unexpected(statement.error());
    auto agreed_on = Text(body, "agreed_on", true, 10);
    if (!agreed_on) return std::unexpected(agreed_on.error());
    for (auto [field, target] : {std::pair{"agreed_by", &input.agreed_by}, std::pair{"indicators", &input.indicators},
                                 std::pair{"signals", &input.signals}}) {
        auto list = TextList(body, field, false);
        if (!list) return std::unexpected(list.error());
        *target = std::move(*list);
    }
    input.title = std::move(*title);
    input.statement = std::move(*statement);
    input.agreed_on = std::move(*agreed_on);
    return input;
}

Result<NewSocietalResult> ReadNewSocietalResult(const nlohmann::json& body) {
    NewSocietalResult input;
    auto title = Text(body, "title", true, 500);
    if (!title) return std::unexpected(title.error());
    auto indicator = Text(body, "indicator", true, 200);
    if (!indicator) return std::unexpected(indicator.error());
    auto regions = TextList(body, "regions", true);
    if (!regions) return std::unexpected(regions.error());
    auto baseline = Object(body, "baseline");
    if (!baseline) return std::unexpected(baseline.error());
    auto baseline_value = NumberIn(**baseline, "baseline", "value");
    if (!baseline_value) return std::unexpected(baseline_value.error());
    auto baseline_period = Text(**baseline, "period", true, 16);
    if (!baseline_period) return Invalid("baseline", "baseline.period moet een periode zijn, zoals 2022JJ00");
    auto target = Object(body, "target");
    if (!target) return std::unexpected(target.error());
    auto target_value = NumberIn(**target, "target", "value");
    if (!target_value) return std::unexpected(target_value.error());
    const auto year = (*target)->find("year");
    if (year == (*target)->end() || !year->is_number_integer() || year->get<std::int64_t>() < 1900 ||
        year->get<std::int64_t>() > 2200) {
        return Invalid("target", "target.year moet een jaartal zijn");
    }
    auto agreed_by = TextList(body, "agreed_by", false);
    if (!agreed_by) return std::unexpected(agreed_by.error());
    auto agreed_on = Text(body, "agreed_on", true, 10);
    if (!agreed_on) return std::unexpected(agreed_on.error());
    input.title = std::move(*title);
    input.indicator = std::move(*indicator);
    input.regions = std::move(*regions);
    input.baseline = Baseline{*baseline_value, std::move(*baseline_period)};
    input.target = Target{*target_value, static_cast<int>(year->get<std::int64_t>())};
    input.agreed_by = std::move(*agreed_by);
    input.agreed_on = std::move(*agreed_on);
    return input;
}

Result<NewSignal> ReadNewSignal(const nlohmann::json& body) {
    NewSignal input;
    auto text = Text(body, "text", true, 10000);
    if (!text) return std::unexpected(text.error());
    auto source_text = Text(body, "source", true, 40);
    if (!source_text) return std::unexpected(source_text.error());
    const auto source = ParseSignalSource(*source_text);
    if (!source) {
        return Invalid("source",
                       "Onbekende bron '" + *source_text + "' (professional, parent, young_person, partner, other)");
    }
    auto detail = Text(body, "source_detail", false, 200);
    if (!detail) return std::unexpected(detail.error());
    auto date = Text(body, "date", true, 10);
    if (!date) return std::unexpected(date.error());
    auto region = OptionalText(body, "region", 16);
    if (!region) return std::unexpected(region.error());
    auto theme = Text(body, "theme", false, 200);
    if (!theme) return std::unexpected(theme.error());
    auto ambition_id = OptionalText(body, "ambition_id", 64);
    if (!ambition_id) return std::unexpected(ambition_id.error());
    auto result_id = OptionalText(body, "result_id", 64);
    if (!result_id) return std::unexpected(result_id.error());
    input.text = std::move(*text);
    input.source = *source;
    input.source_detail = std::move(*detail);
    input.date = std::move(*date);
    input.region = std::move(*region);
    input.theme = std::move(*theme);
    input.ambition_id = std::move(*ambition_id);
    input.result_id = std::move(*result_id);
    return input;
}

namespace {

template <typename Input>
Result<WithReason<Input>> ReadWithReason(const nlohmann::json& body, Result<Input> (*read)(const nlohmann::json&)) {
    auto input = read(body);
    if (!input) return std::unexpected(input.error());
    auto reason = Text(body, "reason", false, 10000);
    if (!reason) return std::unexpected(reason.error());
    return WithReason<Input>{std::move(*input), std::move(*reason)};
}

}  // namespace

Result<WithReason<NewAmbition>> ReadAmbitionUpdate(const nlohmann::json& body) {
    return ReadWithReason(body, &ReadNewAmbition);
}

Result<WithReason<NewSocietalResult>> ReadSocietalResultUpdate(const nlohmann::json& body) {
    return ReadWithReason(body, &ReadNewSocietalResult);
}

}  // namespace kompas
