// Regions as CBS codes them: the country (NL01), provinces (PV), youth-care regions (JZ),
// municipalities (GM), districts (WK) and neighbourhoods (BU). Pure functions, no I/O.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace kompas {

enum class RegionLevel { kCountry, kProvince, kYouthCareRegion, kMunicipality, kDistrict, kNeighbourhood };

// A Region is a plain value. `parent` is empty only for the country.
struct Region {
    std::string code;  // normalised: trimmed, upper case, e.g. "GM0034"
    std::string name;  // Dutch name as published; derived from the code when unknown
    RegionLevel level = RegionLevel::kMunicipality;
    std::string parent;  // code of the enclosing region
};

inline constexpr std::string_view kCountryCode = "NL01";

// Trims CBS padding ("GM0034    "), upper-cases the prefix and checks the shape of the code.
Result<std::string> NormaliseRegionCode(std::string_view raw);

// The level a normalised code belongs to.
RegionLevel LevelOfCode(std::string_view code);

// The parent that the code itself implies: BU00340101 -> WK003401 -> GM0034 -> NL01;
// provinces and youth-care regions -> NL01; the country has none. A municipality's province is
// not in its code, so its derived parent is the country unless the source gives one.
std::string DerivedParent(std::string_view code);

// A Region from a raw code and an optional name and parent; fills in what the code implies.
Result<Region> MakeRegion(std::string_view raw_code, std::string_view name = {}, std::string_view parent = {});

// "country", "province", "youth_care_region", "municipality", "district", "neighbourhood".
const char* RegionLevelName(RegionLevel level);
std::optional<RegionLevel> ParseRegionLevel(std::string_view name);

}  // namespace kompas
