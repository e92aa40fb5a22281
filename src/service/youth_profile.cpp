#include "service/youth_profile.hpp"

#include <algorithm>
#include <set>

#include "core/text.hpp"
#include "service/access.hpp"

namespace kompas {
namespace {

Result<std::vector<Observation>> ObservationsOf(Store& store, const std::string& code) {
    if (code.empty()) return std::vector<Observation>{};
    return store.Observations(ObservationQuery{{code}, {}});
}

}  // namespace

Result<std::vector<Region>> ListRegions(Store& store, std::string_view parent, std::string_view level) {
    RegionQuery query;
    if (!parent.empty()) {
        auto code = NormaliseRegionCode(parent);
        if (!code) return Fail(ErrorCode::kInvalidArgument, code.error().message, "parent");
        query.parent = *code;
    }
    if (!level.empty()) {
        query.level = ParseRegionLevel(level);
        if (!query.level) {
            return Fail(ErrorCode::kInvalidArgument,
                        "Onbekend niveau '" + std::string(level) +
                            "' (country, province, youth_care_region, municipality, district, neighbourhood)",
                        "level");
        }
    }
    return store.Regions(query);
}

Result<RegionDetail> GetRegionDetail(Store& store, std::string_view code) {
    auto region = RequireRegion(store, code, "region", ErrorCode::kNotFound);
    if (!region) return std::unexpected(region.error());
    RegionDetail detail{*region, {}, {}};
    // Walk up by parent; the depth is bounded by the six levels, the guard by cycles in data.
    std::string parent = region->parent;
    for (int depth = 0; !parent.empty() && depth < 8; ++depth) {
        auto found = store.FindRegion(parent);
        if (!found) return std::unexpected(found.error());
        if (!found->has_value()) break;
        detail.ancestors.insert(detail.ancestors.begin(), **found);
        parent = (*found)->parent;
    }
    auto children = store.Regions(RegionQuery{region->code, std::nullopt});
    if (!children) return std::unexpected(children.error());
    detail.children = std::move(*children);
    return detail;
}

Result<std::vector<Observation>> ListObservations(Store& store, std::string_view regions, std::string_view indicator) {
    ObservationQuery query;
    std::size_t start = 0;
    while (start <= regions.size()) {
        const std::size_t comma = std::min(regions.find(',', start), regions.size());
        const std::string_view part = Trim(regions.substr(start, comma - start));
        if (!part.empty()) {
            auto region = RequireRegion(store, part, "region", ErrorCode::kNotFound);
            if (!region) return std::unexpected(region.error());
            query.regions.push_back(region->code);
        }
        start = comma + 1;
    }
    if (query.regions.empty()) {
        return Fail(ErrorCode::kInvalidArgument, "Geef minstens één regiocode op (region=GM0034)", "region");
    }
    if (query.regions.size() > 2000) {
        return Fail(ErrorCode::kInvalidArgument, "Te veel regio's in één vraag (hoogstens 2000)", "region");
    }
    if (!indicator.empty()) {
        auto found = store.FindIndicator(indicator);
        if (!found) return std::unexpected(found.error());
        if (!found->has_value()) {
            return Fail(ErrorCode::kNotFound, "Indicator '" + std::string(indicator) + "' is niet bekend", "indicator");
        }
        query.indicator = std::string(indicator);
    }
    return store.Observations(query);
}

Result<RegionProfile> GetRegionProfile(Store& store, std::string_view code) {
    auto region = RequireRegion(store, code, "region", ErrorCode::kNotFound);
    if (!region) return std::unexpected(region.error());
    RegionProfile profile{*region, std::nullopt, {}, {}, {}};
    if (!region->parent.empty()) {
        auto parent = store.FindRegion(region->parent);
        if (!parent) return std::unexpected(parent.error());
        profile.parent = *parent;
    }
    auto own = ObservationsOf(store, region->code);
    if (!own) return std::unexpected(own.error());
    auto parent_obs = ObservationsOf(store, profile.parent ? profile.parent->code : std::string());
    if (!parent_obs) return std::unexpected(parent_obs.error());
    // When the parent is the country, the country comparison is the same figure: fetch it once.
    std::vector<Observation> country_obs;
    if (profile.parent && profile.parent->code == kCountryCode) {
        country_obs = *parent_obs;
    } else if (region->code != kCountryCode) {
        auto country = ObservationsOf(store, std::string(kCountryCode));
        if (!country) return std::unexpected(country.error());
        country_obs = std::move(*country);
    }

    auto indicators = store.Indicators();
    if (!indicators) return std::unexpected(indicators.error());
    // Youth-care figures first: they are what the profile is about; the rest by key.
    const std::vector<std::string> order = {"PercentageJongerenMetJeugdzorg", "JongerenMetJeugdzorgInNatura"};
    profile.entries = BuildProfile(*own, *parent_obs, country_obs, order);
    // Nearest level: a neighbourhood or district without a figure shows its district's or
    // municipality's, and says so.
    if (profile.parent && (region->level == RegionLevel::kNeighbourhood || region->level == RegionLevel::kDistrict)) {
        std::vector<LevelObservations> levels = {{*profile.parent, *parent_obs}};
        if (region->level == RegionLevel::kNeighbourhood && !profile.parent->parent.empty()) {
            auto grandparent = store.FindRegion(profile.parent->parent);
            if (!grandparent) return std::unexpected(grandparent.error());
            if (*grandparent && (*grandparent)->code != kCountryCode) {
                auto observations = ObservationsOf(store, (*grandparent)->code);
                if (!observations) return std::unexpected(observations.error());
                levels.push_back({**grandparent, std::move(*observations)});
            }
        }
        profile.entries = FillFromNearestLevel(std::move(profile.entries), levels, *parent_obs, country_obs, order);
    }
    std::set<std::string> used;
    for (const auto& entry : profile.entries) used.insert(entry.indicator);
    auto notes = store.IndicatorNotes();
    if (!notes) return std::unexpected(notes.error());
    for (auto& note : *notes) {
        if (used.contains(note.indicator)) profile.local_notes[note.indicator] = std::move(note.note);
    }
    for (auto& indicator : *indicators) {
        if (used.contains(indicator.key)) profile.indicators.push_back(std::move(indicator));
    }
    return profile;
}

}  // namespace kompas
