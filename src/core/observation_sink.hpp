// Where readers of outside formats deliver what they read. The store implements it inside one
// transaction, tests implement it in memory; readers never know which.
#pragma once

#include "core/error.hpp"
#include "core/indicator.hpp"
#include "core/region.hpp"

namespace kompas {

// Not thread-safe: one reader writes to one sink.
class ObservationSink {
public:
    virtual ~ObservationSink() = default;
    // Each Put replaces what is stored under the same key (region code; indicator key;
    // indicator, region and period), so delivering the same rows twice changes nothing.
    virtual Result<void> PutRegion(const Region& region) = 0;
    virtual Result<void> PutIndicator(const Indicator& indicator) = 0;
    virtual Result<void> PutObservation(const Observation& observation) = 0;
    // Insert only when nothing is stored under the key yet: for sources that name a region or
    // indicator without describing it (a generic CSV), so that they never overwrite a real
    // name, unit or parent that another source gave.
    virtual Result<void> EnsureRegion(const Region& region) = 0;
    virtual Result<void> EnsureIndicator(const Indicator& indicator) = 0;
};

}  // namespace kompas
