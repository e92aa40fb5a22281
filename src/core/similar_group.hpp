// Similar municipalities (issue 15): a municipality's youth profile compared with a group of
// municipalities alike in urbanisation and population size, and the group's value of each figure
// computed honestly (pooled for a share with counts, otherwise the median of the members). Pure.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/indicator.hpp"
#include "core/region.hpp"

namespace kompas {

// The KWB measures the classes are read from.
inline constexpr std::string_view kUrbanisationKey = "MateVanStedelijkheid";
inline constexpr std::string_view kInhabitantsKey = "AantalInwoners";

// CBS "mate van stedelijkheid" 1..5 (omgevingsadressendichtheid: 1 is 2 500 or more addresses per
// km², 2 1 500 to 2 500, 3 1 000 to 1 500, 4 500 to 1 000, 5 fewer than 500):
// "zeer sterk stedelijk" ... "niet stedelijk"; empty for another value.
std::string UrbanisationName(int urbanisation);

// CBS gemeentegrootteklasse, as in CBS StatLine "Gebieden in Nederland" (Gemeentegrootte):
//   1 fewer than 5 000 inhabitants, 2 5 000 to 10 000, 3 10 000 to 20 000, 4 20 000 to 50 000,
//   5 50 000 to 100 000, 6 100 000 to 150 000, 7 150 000 to 250 000, 8 250 000 or more
// (each lower bound included). Nothing for a negative count.
std::optional<int> PopulationSizeClass(double inhabitants);
// "met 150.000 tot 250.000 inwoners", "met minder dan 5.000 inwoners", "met 250.000 of meer inwoners".
std::string SizeClassName(int size_class);

// What a municipality is, as far as the loaded figures tell.
struct MunicipalityTraits {
    Region region;
    std::optional<int> urbanisation;  // 1..5
    std::optional<int> size_class;    // 1..8
};

// How the group is chosen: same urbanisation and size (the default), one of the two, or the
// municipalities the user picked.
enum class GroupMode { kBoth, kUrbanisation, kSize, kPicked };
const char* GroupModeName(GroupMode mode);  // "both", "urbanisation", "size", "picked"
std::optional<GroupMode> ParseGroupMode(std::string_view name);

struct SimilarGroup {
    GroupMode mode = GroupMode::kBoth;
    std::string name;             // "gemeenten met 150.000 tot 250.000 inwoners, sterk stedelijk"
    std::vector<Region> members;  // never the municipality itself; ordered by name, code
    bool classes_known = true;    // false when the criteria need a class the municipality lacks
};

// The group of `self` among `all` (which may include `self`). A criterion the municipality has no
// class for selects nobody and clears `classes_known`; with kPicked only the codes in `picked`
// that are in `all` count.
SimilarGroup SelectSimilarGroup(const MunicipalityTraits& self, const std::vector<MunicipalityTraits>& all,
                                GroupMode mode, const std::vector<std::string>& picked);

// How a group value came about.
enum class GroupMethod { kPooled, kMedian };
const char* GroupMethodName(GroupMethod method);  // "pooled", "median"

struct GroupValue {
    std::optional<double> value;  // nothing when no member has a known value
    GroupMethod method = GroupMethod::kMedian;
    std::vector<std::string> with_value;     // member codes that have a known value
    std::vector<std::string> without_value;  // member codes that have none
};

// The group's value of one figure from the members' observations of one indicator and period
// (`members` lists every member code; `observations` may lack some). Pooled (sum of numerators /
// sum of denominators, times 100 when `percent`) when every member with a value has both counts
// and their denominators add up to more than 0; otherwise the unweighted median of the known values.
GroupValue ComputeGroupValue(const std::vector<std::string>& members, const std::vector<Observation>& observations,
                             bool percent);

}  // namespace kompas
