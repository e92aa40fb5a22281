// An in-memory ObservationSink for the reader tests: keeps what was delivered, keyed as the
// store keys it, and can be told to fail. Not thread-safe.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <tuple>

#include "core/observation_sink.hpp"

namespace kompas::testing {

class MemorySink : public ObservationSink {
public:
    Result<void> PutRegion(const Region& region) override;
    Result<void> PutIndicator(const Indicator& indicator) override;
    Result<void> PutObservation(const Observation& observation) override;
    Result<void> EnsureRegion(const Region& region) override;
    Result<void> EnsureIndicator(const Indicator& indicator) override;

    const Observation* Find(const std::string& indicator, const std::string& region, const std::string& period) const;

    std::map<std::string, Region> regions;
    std::map<std::string, Indicator> indicators;
    std::map<std::tuple<std::string, std::string, std::string>, Observation> observations;
    std::size_t puts = 0;
    std::optional<Error> fail_with;  // every call fails with this when set
};

}  // namespace kompas::testing
