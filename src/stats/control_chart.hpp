// Statistical process control for proportions: the p-chart with a limit per point for varying
// denominators, and the run rules that tell special-cause variation from common-cause variation
// (Western Electric / Nelson style, as used in the NHS "Making Data Count" guidance). A page turns
// the signals into sentences such as "buiten de controlegrenzen". Pure functions.
//
// Not used by the product yet, only by its tests: kept on purpose for the dialogue issue, which
// will chart a municipality's indicator over time with it. Do not delete it as dead code.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "stats/change.hpp"

namespace kompas {

enum class ControlRule {
    kBeyondLimits,  // a point above the upper or below the lower 3-sigma limit
    kRun,           // run_length (8) or more consecutive points on one side of the centre line
    kTrend,         // trend_steps (6) or more consecutive increases, or decreases
    kTwoOfThree,    // 2 of 3 consecutive points beyond 2 sigma on the same side
};

// Thresholds of the run rules. A run counts points strictly above (or below) the centre line; a
// point exactly on it ends the run. A trend counts steps between consecutive points: six
// increases are seven points. (Nelson's rule 3 counts six points, i.e. five steps; pass
// trend_steps = 5 for that reading.) An equal neighbour ends a trend.
struct RunRuleOptions {
    int run_length = 8;
    int trend_steps = 6;
};

// One point of a p-chart. The limits are clipped to [0, 1]; `sigma` is √(p̄(1 − p̄)/nᵢ) before
// clipping. `signals` lists each rule the point takes part in, in ControlRule order, once each.
struct ControlPoint {
    double proportion = 0.0;
    double centre = 0.0;
    double sigma = 0.0;
    double lower = 0.0;  // p̄ − 3σ, at least 0
    double upper = 0.0;  // p̄ + 3σ, at most 1
    std::vector<ControlRule> signals;
};

struct PChart {
    double centre = 0.0;  // p̄ = Σx / Σn
    std::vector<ControlPoint> points;
};

// The p-chart of a series in time order. Every count needs denominator > 0 and 0 ≤ numerator ≤ denominator
// (kInvalidArgument with field "points[i]" otherwise); an empty series is kInvalidArgument too.
// When p̄ is 0 or 1 every sigma is 0, the limits coincide with the centre, and no rule fires.
Result<PChart> ComputePChart(std::span<const Fraction> points, const RunRuleOptions& options = {});

// The run rules on any series with a centre line and a sigma per point (sigma 0 gives no
// beyond-sigma signals). One vector of signals per value; sizes must match (checked by assert).
std::vector<std::vector<ControlRule>> ApplyRunRules(std::span<const double> values, double centre,
                                                    std::span<const double> sigmas, const RunRuleOptions& options = {});

const char* ControlRuleName(ControlRule rule);  // "beyond_limits", "run", "trend", "two_of_three"
std::string ControlRuleLabel(ControlRule rule,  // Dutch: "buiten de controlegrenzen", ...
                             const RunRuleOptions& options = {});

}  // namespace kompas
