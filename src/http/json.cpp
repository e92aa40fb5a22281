#include "http/json.hpp"

#include <map>

namespace kompas {
namespace {

nlohmann::json Optional(const std::optional<double>& value) { return value ? nlohmann::json(*value) : nullptr; }

nlohmann::json OrNull(const std::string& text) { return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text); }

template <typename T>
nlohmann::json ToJsonOrNull(const std::optional<T>& value) {
    return value ? ToJson(*value) : nlohmann::json(nullptr);
}

}  // namespace

std::string Dump(const nlohmann::json& json) {
    return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

nlohmann::json ToJson(const Region& region) {
    return {{"code", region.code},
            {"name", region.name},
            {"level", RegionLevelName(region.level)},
            {"parent", OrNull(region.parent)}};
}

nlohmann::json ToJson(const Indicator& indicator) {
    return {{"key", indicator.key},
            {"title", indicator.title},
            {"unit", indicator.unit},
            {"decimals", indicator.decimals},
            {"direction", DirectionName(indicator.direction)},
            {"source", indicator.source},
            {"definition", indicator.definition}};
}

nlohmann::json ToJson(const Observation& observation) {
    return {{"indicator", observation.indicator},
            {"region", observation.region},
            {"period", observation.period},
            {"value", Optional(observation.value)},
            {"numerator", Optional(observation.numerator)},
            {"denominator", Optional(observation.denominator)},
            {"status", ObservationStatusName(observation.status)}};
}

nlohmann::json ToJson(const RegionDetail& detail) {
    nlohmann::json out = ToJson(detail.region);
    out["ancestors"] = ToJsonArray(detail.ancestors);
    out["children"] = ToJsonArray(detail.children);
    return out;
}

nlohmann::json ToJson(const RegionProfile& profile) {
    std::map<std::string, const Indicator*> indicators;
    for (const auto& indicator : profile.indicators) indicators[indicator.key] = &indicator;
    nlohmann::json entries = nlohmann::json::array();
    for (const auto& entry : profile.entries) {
        const auto it = indicators.find(entry.indicator);
        const Indicator fallback{entry.indicator, entry.indicator, "", 0, Direction::kNeutral, "", ""};
        const Indicator& indicator = it != indicators.end() ? *it->second : fallback;
        // The change is computed here, not published: round it as the indicator is published.
        std::optional<double> change = entry.change;
        if (change && it != indicators.end()) change = RoundToDecimals(*change, indicator.decimals);
        entries.push_back(
            {{"indicator", ToJson(indicator)},
             {"latest", ToJson(entry.latest)},
             {"previous", ToJsonOrNull(entry.previous)},
             {"change", Optional(change)},
             {"parent", ToJsonOrNull(entry.parent)},
             {"country", ToJsonOrNull(entry.country)},
             {"from_region", ToJsonOrNull(entry.from)},
             {"nearest_level_note", entry.from ? nlohmann::json(NearestLevelNote(profile.region.level, *entry.from))
                                               : nlohmann::json(nullptr)},
             {"local_note", profile.local_notes.contains(entry.indicator)
                                ? nlohmann::json(profile.local_notes.at(entry.indicator))
                                : nlohmann::json(nullptr)}});
    }
    return {{"region", ToJson(profile.region)}, {"parent", ToJsonOrNull(profile.parent)}, {"entries", entries}};
}

}  // namespace kompas
