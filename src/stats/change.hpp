// Has a figure changed beyond chance? An interval for the difference between two independent
// proportions (later − earlier) by Newcombe's hybrid score method, and a plain normal-approximation
// interval for figures that come without counts. The verdict is "increase" or "decrease" only when
// the interval excludes zero; everything else is normal variation. Pure functions.
#pragma once

#include <cstdint>
#include <optional>

#include "core/error.hpp"
#include "stats/proportion.hpp"

namespace kompas {

// A numerator x out of a denominator n; valid when n > 0 and 0 ≤ x ≤ n. The same counts as an
// Observation's numerator and denominator.
struct Fraction {
    std::int64_t numerator = 0;
    std::int64_t denominator = 0;
};

// A figure without counts: a value and, when published, its standard error on the same scale.
// No standard error means "unknown", not "exact"; pass 0 for a figure without sampling error.
struct Estimate {
    double value = 0.0;
    std::optional<double> standard_error;
};

enum class ChangeVerdict { kIncrease, kDecrease, kWithinNormalVariation };

// The change from an earlier to a later figure. `interval` and `verdict` are empty when the
// uncertainty is unknown (an Estimate without standard error): then nothing can be said.
struct Change {
    double difference = 0.0;  // later − earlier
    std::optional<Interval> interval;
    std::optional<ChangeVerdict> verdict;
};

// Newcombe (1998), "Interval estimation for the difference between independent proportions",
// method 10: with Wilson intervals (l1, u1) for p1 = earlier and (l2, u2) for p2 = later and
// d = p2 − p1, the interval is [d − √((p2 − l2)² + (u1 − p1)²), d + √((u2 − p2)² + (p1 − l1)²)].
// It behaves well at 0/n and n/n, where the Wald interval collapses. kInvalidArgument for an
// invalid count or confidence outside (0, 1).
Result<Interval> NewcombeDifferenceInterval(Fraction earlier, Fraction later, double confidence = 0.95);

// The interval for later − earlier as (later − earlier) ± z·√(se1² + se2²), for independent
// figures with known standard errors (negative or non-finite: kInvalidArgument).
Result<Interval> NormalDifferenceInterval(double earlier, double earlier_se, double later, double later_se,
                                          double confidence = 0.95);

// kIncrease when the interval lies wholly above 0, kDecrease when wholly below; an interval that
// touches or contains 0 is normal variation.
ChangeVerdict VerdictOf(const Interval& difference);

// The difference p2 − p1, Newcombe's interval and its verdict.
Result<Change> CompareProportions(Fraction earlier, Fraction later, double confidence = 0.95);

// The difference, and the normal interval and verdict when both standard errors are known.
Result<Change> CompareEstimates(const Estimate& earlier, const Estimate& later, double confidence = 0.95);

const char* ChangeVerdictName(ChangeVerdict verdict);   // "increase", "decrease", "within_normal_variation"
const char* ChangeVerdictLabel(ChangeVerdict verdict);  // Dutch: "toename", "afname", "binnen de normale variatie"

}  // namespace kompas
