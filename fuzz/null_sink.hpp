// An ObservationSink that accepts everything and keeps nothing: the fuzz targets test the
// readers, not the store.
#pragma once

#include "core/observation_sink.hpp"

namespace kompas::fuzz {

class NullSink : public ObservationSink {
public:
    Result<void> PutRegion(const Region&) override { return {}; }
    Result<void> PutIndicator(const Indicator&) override { return {}; }
    Result<void> PutObservation(const Observation&) override { return {}; }
    Result<void> EnsureRegion(const Region&) override { return {}; }
    Result<void> EnsureIndicator(const Indicator&) override { return {}; }
};

}  // namespace kompas::fuzz
