// The honest progress of a societal result: from the result (baseline and target), its indicator
// and the observations of one region, the series with intervals, the path from baseline to target,
// the status with its Dutch reason and the latest change. Pure functions on core types; which
// region's observations to use (walking up to the nearest level with data, today's boundaries) is
// decided by service/ambitions.cpp.
#pragma once

#include <span>

#include "core/ambition.hpp"
#include "core/indicator.hpp"

namespace kompas {

// Whether any observation has a value progress can use: counts with 0 ≤ numerator ≤ denominator and
// denominator > 0, or else a finite value.
bool HasUsableObservation(std::span<const Observation> observations, const Indicator& indicator);

// Fills progress.series, path, status, status_reason and change from progress.result and
// progress.indicator and the observations of one region (any order). Unknown values and zero
// denominators are skipped, never read as 0; no number in the answer is NaN. Intervals (95 %
// Wilson), the change between the last two points with counts (Newcombe) and the status with its
// reason come from stats/ (AssessTarget, CompareProportions); the values of a "%" indicator are
// numerator / denominator × 100. A neutral indicator's good direction is from the baseline towards
// the target.
void AssessProgress(ResultProgress& progress, std::span<const Observation> observations);

}  // namespace kompas
