// A region's youth profile: per indicator the latest figure, the change since the previous
// period, and the same figure for the parent region and the country where known. Pure.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/indicator.hpp"

namespace kompas {

struct ProfileEntry {
    std::string indicator;
    Observation latest;                   // the newest period of this indicator for the region
    std::optional<Observation> previous;  // the period before it, if any
    std::optional<double> change;         // latest - previous, only when both values are known
    std::optional<Observation> parent;    // parent region, same period
    std::optional<Observation> country;   // NL01, same period
};

// Builds the profile from all observations of the region, its parent and the country (in any
// order). Indicators are listed in the order of `indicator_order`; those not in it follow by key.
std::vector<ProfileEntry> BuildProfile(const std::vector<Observation>& own, const std::vector<Observation>& parent,
                                       const std::vector<Observation>& country,
                                       const std::vector<std::string>& indicator_order);

}  // namespace kompas
