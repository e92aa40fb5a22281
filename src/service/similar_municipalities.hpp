// Similar municipalities and signals on an area's profile (issue 15): the youth profile of a
// municipality compared with a group of municipalities alike in urbanisation and size, and the
// signals of the caller's collaborations about an area. Reasoning in core/similar_group.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/account.hpp"
#include "core/similar_group.hpp"
#include "store/store.hpp"

namespace kompas {

struct GroupComparisonEntry {
    std::string indicator;
    std::string period;  // the municipality's latest period of the indicator
    int decimals = 0;
    GroupValue value;
};

struct GroupComparison {
    MunicipalityTraits self;
    SimilarGroup group;
    std::vector<MunicipalityTraits> candidates;  // every other municipality loaded, by name, code
    std::vector<GroupComparisonEntry> entries;   // in the order of the profile
};

// `mode` empty or "both", "urbanisation", "size", "picked"; `picked` a comma-separated list of
// municipality codes (with "picked" only, at most 400). Only for a municipality (kInvalidArgument
// otherwise); kNotFound for an unknown region.
Result<GroupComparison> GetSimilarMunicipalities(Store& store, std::string_view code, std::string_view mode,
                                                 std::string_view picked);

// The signals of the caller's collaborations about the region or a region inside it.
Result<std::vector<AreaSignal>> ListAreaSignals(Store& store, const Caller& caller, std::string_view code);

}  // namespace kompas
