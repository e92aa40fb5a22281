#include "service/similar_municipalities.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "core/profile.hpp"
#include "core/text.hpp"
#include "service/access.hpp"

namespace kompas {
namespace {

constexpr std::size_t kMaxPicked = 400;

// The latest known value of `indicator` per region.
Result<std::map<std::string, double>> LatestValues(Store& store, const std::vector<std::string>& codes,
                                                   std::string_view indicator) {
    std::map<std::string, double> latest;
    if (codes.empty()) return latest;
    auto observations = store.Observations(ObservationQuery{codes, std::string(indicator)});
    if (!observations) return std::unexpected(observations.error());
    std::map<std::string, std::string> periods;
    for (const auto& observation : *observations) {
        if (!observation.value || observation.status == ObservationStatus::kUnknown ||
            observation.status == ObservationStatus::kConfidential) {
            continue;
        }
        auto& period = periods[observation.region];
        if (observation.period >= period) {
            period = observation.period;
            latest[observation.region] = *observation.value;
        }
    }
    return latest;
}

Result<std::vector<std::string>> ParsePicked(std::string_view text) {
    std::vector<std::string> codes;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        const std::string_view part = Trim(text.substr(start, comma - start));
        if (!part.empty()) {
            auto code = NormaliseRegionCode(part);
            if (!code) return Fail(ErrorCode::kInvalidArgument, code.error().message, "members");
            codes.push_back(*code);
        }
        start = comma + 1;
    }
    if (codes.size() > kMaxPicked) {
        return Fail(ErrorCode::kInvalidArgument, "Kies hoogstens 400 gemeenten om mee te vergelijken", "members");
    }
    return codes;
}

}  // namespace

Result<GroupComparison> GetSimilarMunicipalities(Store& store, std::string_view code, std::string_view mode_text,
                                                 std::string_view picked_text) {
    auto region = RequireRegion(store, code, "region", ErrorCode::kNotFound);
    if (!region) return std::unexpected(region.error());
    if (region->level != RegionLevel::kMunicipality) {
        return Fail(ErrorCode::kInvalidArgument, "Vergelijken met soortgelijke gemeenten kan alleen voor een gemeente",
                    "region");
    }
    const auto mode = mode_text.empty() ? std::optional<GroupMode>(GroupMode::kBoth) : ParseGroupMode(mode_text);
    if (!mode) {
        return Fail(ErrorCode::kInvalidArgument,
                    "Onbekende groep '" + std::string(mode_text) + "' (both, urbanisation, size of picked)", "group");
    }
    auto picked = ParsePicked(picked_text);
    if (!picked) return std::unexpected(picked.error());

    auto municipalities = store.Regions(RegionQuery{{}, RegionLevel::kMunicipality});
    if (!municipalities) return std::unexpected(municipalities.error());
    std::vector<std::string> codes;
    for (const auto& municipality : *municipalities) codes.push_back(municipality.code);
    auto urbanisation = LatestValues(store, codes, kUrbanisationKey);
    if (!urbanisation) return std::unexpected(urbanisation.error());
    auto inhabitants = LatestValues(store, codes, kInhabitantsKey);
    if (!inhabitants) return std::unexpected(inhabitants.error());

    GroupComparison comparison;
    std::vector<MunicipalityTraits> all;
    for (const auto& municipality : *municipalities) {
        MunicipalityTraits traits{municipality, std::nullopt, std::nullopt};
        if (const auto it = urbanisation->find(municipality.code); it != urbanisation->end()) {
            const int value = static_cast<int>(it->second);
            if (!UrbanisationName(value).empty()) traits.urbanisation = value;
        }
        if (const auto it = inhabitants->find(municipality.code); it != inhabitants->end()) {
            traits.size_class = PopulationSizeClass(it->second);
        }
        if (municipality.code == region->code) {
            comparison.self = traits;
        } else {
            comparison.candidates.push_back(traits);
        }
        all.push_back(std::move(traits));
    }
    if (comparison.self.region.code.empty()) comparison.self.region = *region;
    std::sort(comparison.candidates.begin(), comparison.candidates.end(), [](const auto& a, const auto& b) {
        return a.region.name != b.region.name ? a.region.name < b.region.name : a.region.code < b.region.code;
    });
    comparison.group = SelectSimilarGroup(comparison.self, all, *mode, *picked);

    // Per indicator of the profile, the members' figures for the municipality's latest period.
    auto own = store.Observations(ObservationQuery{{region->code}, {}});
    if (!own) return std::unexpected(own.error());
    const std::vector<std::string> order = {"PercentageJongerenMetJeugdzorg", "JongerenMetJeugdzorgInNatura"};
    const auto entries = BuildProfile(*own, {}, {}, order);
    std::vector<std::string> members;
    for (const auto& member : comparison.group.members) members.push_back(member.code);
    std::vector<Observation> member_observations;
    if (!members.empty()) {
        auto found = store.Observations(ObservationQuery{members, {}});
        if (!found) return std::unexpected(found.error());
        member_observations = std::move(*found);
    }
    auto indicators = store.Indicators();
    if (!indicators) return std::unexpected(indicators.error());
    std::map<std::string, const Indicator*> by_key;
    for (const auto& indicator : *indicators) by_key[indicator.key] = &indicator;
    for (const auto& entry : entries) {
        std::vector<Observation> same;
        for (const auto& observation : member_observations) {
            if (observation.indicator == entry.indicator && observation.period == entry.latest.period) {
                same.push_back(observation);
            }
        }
        const auto it = by_key.find(entry.indicator);
        const bool percent = it != by_key.end() && it->second->unit == "%";
        comparison.entries.push_back(GroupComparisonEntry{entry.indicator, entry.latest.period,
                                                          it != by_key.end() ? it->second->decimals : 0,
                                                          ComputeGroupValue(members, same, percent)});
    }
    return comparison;
}

Result<std::vector<AreaSignal>> ListAreaSignals(Store& store, const Caller& caller, std::string_view code) {
    auto region = RequireRegion(store, code, "region", ErrorCode::kNotFound);
    if (!region) return std::unexpected(region.error());
    return store.AreaSignals(caller, region->code);
}

}  // namespace kompas
