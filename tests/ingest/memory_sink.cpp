#include "memory_sink.hpp"

#include <gtest/gtest.h>

namespace kompas::testing {

Result<void> MemorySink::PutRegion(const Region& region) {
    if (fail_with) return std::unexpected(*fail_with);
    regions[region.code] = region;
    return {};
}

Result<void> MemorySink::PutIndicator(const Indicator& indicator) {
    if (fail_with) return std::unexpected(*fail_with);
    indicators[indicator.key] = indicator;
    return {};
}

Result<void> MemorySink::PutObservation(const Observation& observation) {
    if (fail_with) return std::unexpected(*fail_with);
    // Like the store: an observation needs its indicator and region first.
    EXPECT_TRUE(indicators.contains(observation.indicator)) << observation.indicator;
    EXPECT_TRUE(regions.contains(observation.region)) << observation.region;
    EXPECT_FALSE(observation.value.has_value() && observation.status == ObservationStatus::kUnknown);
    observations[{observation.indicator, observation.region, observation.period}] = observation;
    ++puts;
    return {};
}

Result<void> MemorySink::EnsureRegion(const Region& region) {
    if (fail_with) return std::unexpected(*fail_with);
    regions.try_emplace(region.code, region);
    return {};
}

Result<void> MemorySink::EnsureIndicator(const Indicator& indicator) {
    if (fail_with) return std::unexpected(*fail_with);
    indicators.try_emplace(indicator.key, indicator);
    return {};
}

const Observation* MemorySink::Find(const std::string& indicator, const std::string& region,
                                    const std::string& period) const {
    const auto found = observations.find({indicator, region, period});
    return found != observations.end() ? &found->second : nullptr;
}

}  // namespace kompas::testing
