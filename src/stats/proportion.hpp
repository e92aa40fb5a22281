// Proportions and their uncertainty: the Wilson score interval for a numerator x out of a denominator n
// and the standard normal quantile it needs. These are the building blocks of every other file in
// stats/: change over time, control charts, target paths and funnel plots. Pure functions, no I/O.
#pragma once

#include <cstdint>

#include "core/error.hpp"

namespace kompas {

// A closed interval [lower, upper] on the scale of the estimate it belongs to.
struct Interval {
    double lower = 0.0;
    double upper = 0.0;

    bool Contains(double x) const { return lower <= x && x <= upper; }
};

// The standard normal quantile Φ⁻¹(p) for 0 < p < 1: Acklam's rational approximation followed by
// one Halley step on erfc, accurate to about 1e-15 relative in the central region and far better
// than 1e-9 everywhere. kInvalidArgument outside (0, 1).
Result<double> NormalQuantile(double p);

// The two-sided critical value z for a confidence level: Φ⁻¹(1 − (1 − confidence)/2), so 1.959964
// for 0.95. kInvalidArgument outside (0, 1).
Result<double> TwoSidedZ(double confidence);

// The Wilson score interval (Wilson 1927; Newcombe 1998, method 3) for numerator/denominator, without
// continuity correction. Unlike the textbook p ± z·√(p(1−p)/n) it never leaves [0, 1] and keeps a
// sensible width at 0/n and n/n, which matters for the small counts of a municipality.
// kInvalidArgument when denominator ≤ 0, numerator outside 0..denominator, or confidence outside (0, 1).
Result<Interval> WilsonInterval(std::int64_t numerator, std::int64_t denominator, double confidence = 0.95);

// The same interval with a known z, for callers that compute many at one confidence level.
// Preconditions as above, unchecked apart from an assert: use WilsonInterval for outside input.
Interval WilsonIntervalZ(std::int64_t numerator, std::int64_t denominator, double z);

}  // namespace kompas
