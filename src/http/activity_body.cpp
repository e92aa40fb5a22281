#include "http/activity_body.hpp"

#include <set>
#include <string>
#include <vector>

#include "http/json_fields.hpp"

namespace kompas {
namespace {

using json_fields::Invalid;
using json_fields::OptionalText;
using json_fields::Text;
using json_fields::TextList;

constexpr std::size_t kMaxListLength = 500;

// An optional enum field, by its parse function; absent or null is nullopt.
template <typename Enum>
Result<std::optional<Enum>> OptionalEnum(const nlohmann::json& body, const std::string& field,
                                         std::optional<Enum> (*parse)(std::string_view)) {
    const auto it = body.find(field);
    if (it == body.end() || it->is_null()) return std::optional<Enum>{};
    if (!it->is_string()) return Invalid(field, field + " moet een tekst zijn");
    const auto value = parse(it->get_ref<const std::string&>());
    if (!value) return Invalid(field, "Onbekende waarde voor " + field + ": " + it->get<std::string>());
    return value;
}

// An optional whole number field; absent or null is nullopt.
Result<std::optional<std::int64_t>> OptionalInteger(const nlohmann::json& object, const std::string& field,
                                                    const std::string& name) {
    const auto it = object.find(name);
    if (it == object.end() || it->is_null()) return std::optional<std::int64_t>{};
    if (!it->is_number_integer()) return Invalid(field, field + "." + name + " moet een geheel getal zijn");
    return std::optional<std::int64_t>(it->get<std::int64_t>());
}

Result<std::optional<bool>> OptionalBool(const nlohmann::json& object, const std::string& field,
                                         const std::string& name) {
    const auto it = object.find(name);
    if (it == object.end() || it->is_null()) return std::optional<bool>{};
    if (!it->is_boolean()) return Invalid(field, field + "." + name + " moet waar, onwaar of leeg zijn");
    return std::optional<bool>(it->get<bool>());
}

// An optional array field; absent or null is an empty array.
Result<const nlohmann::json*> List(const nlohmann::json& body, const std::string& field) {
    static const nlohmann::json kEmpty = nlohmann::json::array();
    const auto it = body.find(field);
    if (it == body.end() || it->is_null()) return &kEmpty;
    if (!it->is_array() || it->size() > kMaxListLength) return Invalid(field, field + " moet een lijst zijn");
    return &*it;
}

Result<std::vector<ActivityYear>> Years(const nlohmann::json& body) {
    auto list = List(body, "years");
    if (!list) return std::unexpected(list.error());
    std::vector<ActivityYear> years;
    for (const auto& item : **list) {
        if (!item.is_object()) return Invalid("years", "Elk jaar is een object met year, bereik en budget");
        auto year = OptionalInteger(item, "years", "year");
        if (!year) return std::unexpected(year.error());
        if (!*year || **year < 0 || **year > 9999) return Invalid("years", "Elk jaar heeft een jaartal");
        ActivityYear entry;
        entry.year = static_cast<int>(**year);
        for (auto [name, target] :
             {std::pair{"reach_planned", &entry.reach_planned}, std::pair{"reach_actual", &entry.reach_actual},
              std::pair{"budget_planned", &entry.budget_planned}, std::pair{"budget_spent", &entry.budget_spent}}) {
            auto value = OptionalInteger(item, "years", name);
            if (!value) return std::unexpected(value.error());
            *target = *value;
        }
        years.push_back(entry);
    }
    return years;
}

Result<std::vector<ResultLink>> Results(const nlohmann::json& body) {
    std::vector<ResultLink> links;
    std::set<std::string> seen;
    auto list = List(body, "results");
    if (!list) return std::unexpected(list.error());
    for (const auto& item : **list) {
        if (!item.is_object()) return Invalid("results", "Elk resultaat is een object met result_id en reason");
        auto id = Text(item, "result_id", true, 100);
        if (!id) return Invalid("results", "Elk resultaat heeft een result_id");
        auto reason = Text(item, "reason", false, 2000);
        if (!reason) return Invalid("results", "De toelichting bij een resultaat is te lang");
        if (seen.insert(*id).second) links.push_back(ResultLink{std::move(*id), std::move(*reason)});
    }
    auto ids = TextList(body, "result_ids");
    if (!ids) return std::unexpected(ids.error());
    for (auto& id : *ids) {
        if (seen.insert(id).second) links.push_back(ResultLink{std::move(id), ""});
    }
    return links;
}

}  // namespace

Result<NewActivity> ReadNewActivity(const nlohmann::json& body) {
    if (!body.is_object()) return Invalid("body", "Stuur een JSON-object");
    NewActivity input;
    auto name = Text(body, "name", true, 200);
    if (!name) return std::unexpected(name.error());
    input.name = std::move(*name);
    auto description = Text(body, "description", false, 10000);
    if (!description) return std::unexpected(description.error());
    input.description = std::move(*description);
    auto actor_partner = OptionalText(body, "actor_partner_id", 100);
    if (!actor_partner) return std::unexpected(actor_partner.error());
    input.actor_partner_id = std::move(*actor_partner);
    auto actor_name = Text(body, "actor_name", false, 200);
    if (!actor_name) return std::unexpected(actor_name.error());
    input.actor_name = std::move(*actor_name);
    auto actor_kind = OptionalEnum(body, "actor_kind", ParseActorKind);
    if (!actor_kind) return std::unexpected(actor_kind.error());
    input.actor_kind = *actor_kind;
    auto echelon = OptionalEnum(body, "echelon", ParseEchelon);
    if (!echelon) return std::unexpected(echelon.error());
    if (!*echelon) {
        return Invalid("echelon", "Kies een echelon: citizen_initiative, prevention, basic of intensive");
    }
    input.echelon = **echelon;
    auto kind = OptionalEnum(body, "kind", ParseActivityKind);
    if (!kind) return std::unexpected(kind.error());
    input.kind = *kind;
    auto status = OptionalEnum(body, "status", ParseActivityStatus);
    if (!status) return std::unexpected(status.error());
    input.status = status->value_or(ActivityStatus::kPlanned);
    for (auto [field, target] : {std::pair{"age_from", &input.age_from}, std::pair{"age_to", &input.age_to}}) {
        auto age = OptionalInteger(body, field, field);
        if (!age) return Invalid(field, std::string(field) + " moet een geheel getal zijn");
        if (*age && (**age < -1000 || **age > 1000)) return Invalid(field, "Een leeftijd ligt tussen 0 en 27 jaar");
        if (*age) *target = static_cast<int>(**age);
    }
    auto regions = TextList(body, "regions");
    if (!regions) return std::unexpected(regions.error());
    input.regions = std::move(*regions);
    for (auto [field, target] :
         {std::pair{"period_start", &input.period_start}, std::pair{"period_end", &input.period_end}}) {
        auto date = OptionalText(body, field, 10);
        if (!date) return std::unexpected(date.error());
        *target = std::move(*date);
    }
    auto years = Years(body);
    if (!years) return std::unexpected(years.error());
    input.years = std::move(*years);
    auto results = Results(body);
    if (!results) return std::unexpected(results.error());
    input.results = std::move(*results);
    auto recognition = OptionalEnum(body, "recognition", ParseRecognition);
    if (!recognition) return std::unexpected(recognition.error());
    input.recognition = *recognition;
    auto ladder = OptionalEnum(body, "effect_ladder", ParseEffectLadderStep);
    if (!ladder) return std::unexpected(ladder.error());
    input.effect_ladder = *ladder;
    if (const auto it = body.find("checks"); it != body.end() && !it->is_null()) {
        if (!it->is_object()) return Invalid("checks", "checks moet een object zijn");
        for (auto [check, target] : {std::pair{"target_group_described", &input.checks.target_group_described},
                                     std::pair{"goals_described", &input.checks.goals_described},
                                     std::pair{"approach_described", &input.checks.approach_described}}) {
            auto value = OptionalBool(*it, "checks", check);
            if (!value) return std::unexpected(value.error());
            *target = *value;
        }
    }
    if (const auto it = body.find("monitoring"); it != body.end() && !it->is_null()) {
        if (!it->is_object()) return Invalid("monitoring", "monitoring moet een object zijn");
        auto what = Text(*it, "what", false, 10000);
        auto who = Text(*it, "who", false, 200);
        auto review_on = Text(*it, "review_on", false, 10);
        if (!what || !who || !review_on)
            return Invalid("monitoring", "De monitoringsafspraak heeft what, who en review_on");
        input.monitoring = MonitoringAgreement{std::move(*what), std::move(*who), std::move(*review_on)};
    }
    return input;
}

Result<NewActivityDecision> ReadNewActivityDecision(const nlohmann::json& body) {
    if (!body.is_object()) return Invalid("body", "Stuur een JSON-object");
    NewActivityDecision input;
    auto decision = OptionalEnum(body, "decision", ParseActivityDecisionKind);
    if (!decision) return std::unexpected(decision.error());
    if (!*decision) return Invalid("decision", "Kies een besluit: continue, rebuild of wind_down");
    input.decision = **decision;
    auto decided_on = Text(body, "decided_on", true, 10);
    if (!decided_on) return std::unexpected(decided_on.error());
    input.decided_on = std::move(*decided_on);
    auto reason = Text(body, "reason", true, 10000);
    if (!reason) return std::unexpected(reason.error());
    input.reason = std::move(*reason);
    return input;
}

Result<std::pair<Level, Level>> ReadResultPriority(const nlohmann::json& body) {
    if (!body.is_object()) return Invalid("body", "Stuur een JSON-object");
    auto priority = OptionalEnum(body, "priority", ParseLevel);
    if (!priority) return std::unexpected(priority.error());
    if (!*priority) return Invalid("priority", "Kies een prioriteit: high, medium of low");
    auto urgency = OptionalEnum(body, "urgency", ParseLevel);
    if (!urgency) return std::unexpected(urgency.error());
    if (!*urgency) return Invalid("urgency", "Kies een urgentie: high, medium of low");
    return std::pair{**priority, **urgency};
}

}  // namespace kompas
