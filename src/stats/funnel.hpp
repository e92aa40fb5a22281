// Funnel-plot control limits for comparing providers or regions on a proportion. Outcome
// comparisons use funnel plots, never rankings: a unit is "above" or "below" only when it lies
// outside the limits that chance alone would give at its own size.
//
// Method: Spiegelhalter (2005), "Funnel plots for comparing institutional performance", Statistics
// in Medicine 24:1185–1202, appendix A.1.1: exact binomial limits, interpolated to a smooth curve.
// For a target rate θ, size n and tail probability p, let r_p be the smallest r with
// P(R ≤ r) ≥ p for R ~ Binomial(n, θ), α = (P(R ≤ r_p) − p) / (P(R ≤ r_p) − P(R ≤ r_p − 1)),
// and the limit (r_p − α) / n. The 95 % limits use p = 0.025 and 0.975, the 99.8 % limits 0.001 and
// 0.999. The binomial distribution function is the regularised incomplete beta function, so large
// n costs no more than small n. Pure functions.
#pragma once

#include <cstdint>
#include <span>

#include "core/error.hpp"
#include "stats/change.hpp"
#include "stats/proportion.hpp"

namespace kompas {

// The limits at one denominator (the size on the funnel's x-axis) around a target rate.
struct FunnelLimits {
    std::int64_t denominator = 0;
    Interval limits95;   // 95 %: "opvallend" (warning)
    Interval limits998;  // 99.8 %: "zeer opvallend" (alarm)
};

enum class FunnelPosition { kAbove998, kAbove95, kWithin, kBelow95, kBelow998 };

// P(R ≤ r) for R ~ Binomial(n, θ). kInvalidArgument when n < 0 or θ outside [0, 1].
Result<double> BinomialCdf(std::int64_t r, std::int64_t n, double rate);

// The interpolated exact limit for tail probability p in (0, 1), as a proportion in [0, 1]. At
// θ = 0 or 1 the limit is θ itself. kInvalidArgument when n ≤ 0, θ outside [0, 1] or p outside (0, 1).
Result<double> FunnelLimit(double rate, std::int64_t n, double probability);

// 95 % and 99.8 % limits at size n around `rate`; errors as FunnelLimit.
Result<FunnelLimits> ComputeFunnelLimits(double rate, std::int64_t n);

// The pooled rate Σx / Σn of all units, the usual centre line when there is no external norm.
// kInvalidArgument for an empty list, an invalid count, or Σn = 0.
Result<double> PooledRate(std::span<const Fraction> units);

// Where x/n lies against the limits; a point exactly on a limit is within it.
FunnelPosition ClassifyInFunnel(Fraction unit, const FunnelLimits& limits);

const char* FunnelPositionName(FunnelPosition position);  // "above_998", "above_95", "within", ...

}  // namespace kompas
