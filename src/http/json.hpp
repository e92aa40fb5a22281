// JSON forms of the domain values, exactly as docs/api/openapi.yaml describes them.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/indicator.hpp"
#include "core/region.hpp"
#include "service/youth_profile.hpp"

namespace kompas {

nlohmann::json ToJson(const Region& region);
nlohmann::json ToJson(const Indicator& indicator);
nlohmann::json ToJson(const Observation& observation);
nlohmann::json ToJson(const RegionDetail& detail);
nlohmann::json ToJson(const RegionProfile& profile);

// Serialises for a response; bytes that are not UTF-8 (from an outside file) become U+FFFD
// instead of failing the request.
std::string Dump(const nlohmann::json& json);

// The value itself, or null when it is absent.
template <typename T>
nlohmann::json OrNull(const std::optional<T>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

template <typename T>
nlohmann::json ToJsonArray(const std::vector<T>& items) {
    nlohmann::json array = nlohmann::json::array();
    for (const auto& item : items) array.push_back(ToJson(item));
    return array;
}

}  // namespace kompas
