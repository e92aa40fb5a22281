// A region's youth profile: per indicator the latest figure, the change since the previous
// period, and the same figure for the parent region and the country where known. Pure.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/indicator.hpp"
#include "core/region.hpp"

namespace kompas {

struct ProfileEntry {
    std::string indicator;
    Observation latest;                   // the newest period of this indicator for the region
    std::optional<Observation> previous;  // the period before it, if any
    std::optional<double> change;         // latest - previous, only when both values are known
    std::optional<Observation> parent;    // parent region, same period
    std::optional<Observation> country;   // NL01, same period
    // Set when the region itself has no known figure and `latest` (with `previous` and `change`)
    // is that of the nearest enclosing level that has one (FillFromNearestLevel).
    std::optional<Region> from;
};

// Builds the profile from all observations of the region, its parent and the country (in any
// order). Indicators are listed in the order of `indicator_order`; those not in it follow by key.
std::vector<ProfileEntry> BuildProfile(const std::vector<Observation>& own, const std::vector<Observation>& parent,
                                       const std::vector<Observation>& country,
                                       const std::vector<std::string>& indicator_order);

// All observations of one enclosing region, for FillFromNearestLevel.
struct LevelObservations {
    Region region;
    std::vector<Observation> observations;
};

// Nearest level (issue 15): for every indicator that `own_entries` lacks or has no known value for,
// takes the latest known figure of the nearest of `levels` (nearest first: the district, then the
// municipality) that has one, and marks the entry with `from`. The comparison with the parent
// is dropped when the figure is the parent's own; the country's is looked up for its period.
// Entries with a known value of their own are left alone; the order follows `indicator_order`.
std::vector<ProfileEntry> FillFromNearestLevel(std::vector<ProfileEntry> own_entries,
                                               const std::vector<LevelObservations>& levels,
                                               const std::vector<Observation>& parent,
                                               const std::vector<Observation>& country,
                                               const std::vector<std::string>& indicator_order);

// "Voor deze buurt is dit cijfer niet bekend; hier staat het cijfer van wijk Centrum."
std::string NearestLevelNote(RegionLevel own, const Region& from);

}  // namespace kompas
