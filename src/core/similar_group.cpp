#include "core/similar_group.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace kompas {
namespace {

// Lower bounds of the CBS gemeentegrootteklassen 1..8 (see the header).
constexpr std::array<double, 8> kSizeLowerBounds = {0, 5000, 10000, 20000, 50000, 100000, 150000, 250000};
constexpr std::array<const char*, 8> kSizeNames = {
    "met minder dan 5.000 inwoners",    "met 5.000 tot 10.000 inwoners",   "met 10.000 tot 20.000 inwoners",
    "met 20.000 tot 50.000 inwoners",   "met 50.000 tot 100.000 inwoners", "met 100.000 tot 150.000 inwoners",
    "met 150.000 tot 250.000 inwoners", "met 250.000 of meer inwoners"};
constexpr std::array<const char*, 5> kUrbanisationNames = {"zeer sterk stedelijk", "sterk stedelijk", "matig stedelijk",
                                                           "weinig stedelijk", "niet stedelijk"};

std::string GroupName(GroupMode mode, const MunicipalityTraits& self) {
    const std::string size = self.size_class ? SizeClassName(*self.size_class) : "van onbekende grootte";
    const std::string urban = self.urbanisation ? UrbanisationName(*self.urbanisation) : "onbekend stedelijk";
    switch (mode) {
        case GroupMode::kBoth:
            return "gemeenten " + size + ", " + urban;
        case GroupMode::kUrbanisation:
            return "gemeenten die " + urban + " zijn";
        case GroupMode::kSize:
            return "gemeenten " + size;
        case GroupMode::kPicked:
            return "zelf gekozen gemeenten";
    }
    return {};
}

double Median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    if (values.size() % 2 == 1) return values[middle];
    return (values[middle - 1] + values[middle]) / 2;
}

}  // namespace

std::string UrbanisationName(int urbanisation) {
    if (urbanisation < 1 || urbanisation > 5) return {};
    return kUrbanisationNames[static_cast<std::size_t>(urbanisation - 1)];
}

std::optional<int> PopulationSizeClass(double inhabitants) {
    if (inhabitants < 0) return std::nullopt;
    int size_class = 1;
    for (std::size_t i = 0; i < kSizeLowerBounds.size(); ++i) {
        if (inhabitants >= kSizeLowerBounds[i]) size_class = static_cast<int>(i) + 1;
    }
    return size_class;
}

std::string SizeClassName(int size_class) {
    if (size_class < 1 || size_class > 8) return {};
    return kSizeNames[static_cast<std::size_t>(size_class - 1)];
}

const char* GroupModeName(GroupMode mode) {
    switch (mode) {
        case GroupMode::kBoth:
            return "both";
        case GroupMode::kUrbanisation:
            return "urbanisation";
        case GroupMode::kSize:
            return "size";
        case GroupMode::kPicked:
            return "picked";
    }
    return "both";
}

std::optional<GroupMode> ParseGroupMode(std::string_view name) {
    for (GroupMode mode : {GroupMode::kBoth, GroupMode::kUrbanisation, GroupMode::kSize, GroupMode::kPicked}) {
        if (name == GroupModeName(mode)) return mode;
    }
    return std::nullopt;
}

SimilarGroup SelectSimilarGroup(const MunicipalityTraits& self, const std::vector<MunicipalityTraits>& all,
                                GroupMode mode, const std::vector<std::string>& picked) {
    SimilarGroup group;
    group.mode = mode;
    group.name = GroupName(mode, self);
    const bool needs_urbanisation = mode == GroupMode::kBoth || mode == GroupMode::kUrbanisation;
    const bool needs_size = mode == GroupMode::kBoth || mode == GroupMode::kSize;
    if ((needs_urbanisation && !self.urbanisation) || (needs_size && !self.size_class)) {
        group.classes_known = false;
        return group;
    }
    const std::set<std::string> chosen(picked.begin(), picked.end());
    for (const auto& other : all) {
        if (other.region.code == self.region.code) continue;
        bool member = true;
        if (mode == GroupMode::kPicked) {
            member = chosen.contains(other.region.code);
        } else {
            if (needs_urbanisation && other.urbanisation != self.urbanisation) member = false;
            if (needs_size && other.size_class != self.size_class) member = false;
        }
        if (member) group.members.push_back(other.region);
    }
    std::sort(group.members.begin(), group.members.end(),
              [](const Region& a, const Region& b) { return a.name != b.name ? a.name < b.name : a.code < b.code; });
    return group;
}

const char* GroupMethodName(GroupMethod method) { return method == GroupMethod::kPooled ? "pooled" : "median"; }

GroupValue ComputeGroupValue(const std::vector<std::string>& members, const std::vector<Observation>& observations,
                             bool percent) {
    std::map<std::string, const Observation*> by_region;
    for (const auto& observation : observations) {
        if (observation.value && observation.status != ObservationStatus::kUnknown &&
            observation.status != ObservationStatus::kConfidential) {
            by_region[observation.region] = &observation;
        }
    }
    GroupValue result;
    std::vector<double> values;
    double numerators = 0;
    double denominators = 0;
    bool all_counts = true;
    for (const auto& code : members) {
        const auto it = by_region.find(code);
        if (it == by_region.end()) {
            result.without_value.push_back(code);
            continue;
        }
        const Observation& observation = *it->second;
        result.with_value.push_back(code);
        values.push_back(*observation.value);
        if (observation.numerator && observation.denominator) {
            numerators += *observation.numerator;
            denominators += *observation.denominator;
        } else {
            all_counts = false;
        }
    }
    if (values.empty()) return result;
    if (all_counts && denominators > 0) {
        result.method = GroupMethod::kPooled;
        result.value = numerators / denominators * (percent ? 100.0 : 1.0);
    } else {
        result.value = Median(std::move(values));
    }
    return result;
}

}  // namespace kompas
