// The youth profile (block 1A) as the API and the pages ask for it: plain functions over a
// Store, with the reasoning in core. Handlers parse, call one of these, and serialise.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/profile.hpp"
#include "core/region.hpp"
#include "store/store.hpp"

namespace kompas {

struct RegionDetail {
    Region region;
    std::vector<Region> ancestors;  // the country first, down to the parent
    std::vector<Region> children;
};

struct RegionProfile {
    Region region;
    std::optional<Region> parent;
    std::vector<ProfileEntry> entries;
    std::vector<Indicator> indicators;               // those the entries name, ordered by key
    std::map<std::string, std::string> local_notes;  // indicator key -> local note (issue 15)
};

// `level` empty or a level name; `parent` empty or a region code. Bad values are invalid_argument.
Result<std::vector<Region>> ListRegions(Store& store, std::string_view parent, std::string_view level);
Result<RegionDetail> GetRegionDetail(Store& store, std::string_view code);
// `regions` is one code or a comma-separated list; every code must exist.
Result<std::vector<Observation>> ListObservations(Store& store, std::string_view regions, std::string_view indicator);
Result<RegionProfile> GetRegionProfile(Store& store, std::string_view code);

}  // namespace kompas
