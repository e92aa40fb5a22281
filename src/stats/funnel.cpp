#include "stats/funnel.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace kompas {
namespace {

// The continued fraction of the incomplete beta function by the modified Lentz method
// (Press et al., Numerical Recipes, 3rd ed., §6.4).
double BetaContinuedFraction(double a, double b, double x) {
    constexpr int kMaxIterations = 100000;
    constexpr double kEpsilon = 1e-15;
    constexpr double kTiny = 1e-300;
    const double qab = a + b;
    const double qap = a + 1.0;
    const double qam = a - 1.0;
    double c = 1.0;
    double d = 1.0 - qab * x / qap;
    if (std::abs(d) < kTiny) d = kTiny;
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m <= kMaxIterations; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        if (std::abs(d) < kTiny) d = kTiny;
        c = 1.0 + aa / c;
        if (std::abs(c) < kTiny) c = kTiny;
        d = 1.0 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        if (std::abs(d) < kTiny) d = kTiny;
        c = 1.0 + aa / c;
        if (std::abs(c) < kTiny) c = kTiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1.0) < kEpsilon) break;
    }
    return h;
}

// The regularised incomplete beta function I_x(a, b) for a, b > 0 and 0 ≤ x ≤ 1.
double RegularisedBeta(double a, double b, double x) {
    if (x <= 0.0) return 0.0;
    if (x >= 1.0) return 1.0;
    const double log_front =
        std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
    const double front = std::exp(log_front);
    if (x < (a + 1.0) / (a + b + 2.0)) return front * BetaContinuedFraction(a, b, x) / a;
    return 1.0 - front * BetaContinuedFraction(b, a, 1.0 - x) / b;
}

// P(R ≤ r), inputs already checked.
double Cdf(std::int64_t r, std::int64_t n, double rate) {
    if (r < 0) return 0.0;
    if (r >= n) return 1.0;
    return RegularisedBeta(static_cast<double>(n - r), static_cast<double>(r + 1), 1.0 - rate);
}

}  // namespace

Result<double> BinomialCdf(std::int64_t r, std::int64_t n, double rate) {
    if (n < 0) return Fail(ErrorCode::kInvalidArgument, "n mag niet negatief zijn", "n");
    if (!(rate >= 0.0 && rate <= 1.0)) {
        return Fail(ErrorCode::kInvalidArgument, "de kans moet tussen 0 en 1 liggen", "rate");
    }
    return Cdf(r, n, rate);
}

Result<double> FunnelLimit(double rate, std::int64_t n, double probability) {
    if (n <= 0) return Fail(ErrorCode::kInvalidArgument, "de omvang moet groter dan 0 zijn", "n");
    if (!(rate >= 0.0 && rate <= 1.0)) {
        return Fail(ErrorCode::kInvalidArgument, "het gemiddelde moet tussen 0 en 1 liggen", "rate");
    }
    if (!(probability > 0.0 && probability < 1.0)) {
        return Fail(ErrorCode::kInvalidArgument, "de staartkans moet tussen 0 en 1 liggen", "probability");
    }
    if (rate == 0.0 || rate == 1.0) return rate;  // no variation at all
    // Smallest r with P(R ≤ r) ≥ p; P(R ≤ n) = 1 ≥ p, so the search always ends inside [0, n].
    std::int64_t low = 0;
    std::int64_t high = n;
    while (low < high) {
        const std::int64_t mid = low + (high - low) / 2;
        if (Cdf(mid, n, rate) >= probability) {
            high = mid;
        } else {
            low = mid + 1;
        }
    }
    const double at = Cdf(low, n, rate);
    const double before = Cdf(low - 1, n, rate);
    const double alpha = (at - probability) / (at - before);
    return std::clamp((static_cast<double>(low) - alpha) / static_cast<double>(n), 0.0, 1.0);
}

Result<FunnelLimits> ComputeFunnelLimits(double rate, std::int64_t n) {
    FunnelLimits out{n, {}, {}};
    double* const targets[] = {&out.limits998.lower, &out.limits95.lower, &out.limits95.upper, &out.limits998.upper};
    const double probabilities[] = {0.001, 0.025, 0.975, 0.999};
    for (int i = 0; i < 4; ++i) {
        const auto limit = FunnelLimit(rate, n, probabilities[i]);
        if (!limit) return std::unexpected(limit.error());
        *targets[i] = *limit;
    }
    return out;
}

Result<double> PooledRate(std::span<const Fraction> units) {
    if (units.empty()) return Fail(ErrorCode::kInvalidArgument, "er zijn geen eenheden om te vergelijken", "units");
    double x = 0.0;
    double n = 0.0;
    for (std::size_t i = 0; i < units.size(); ++i) {
        if (units[i].denominator < 0 || units[i].numerator < 0 || units[i].numerator > units[i].denominator) {
            return Fail(ErrorCode::kInvalidArgument, "de teller moet tussen 0 en de noemer liggen",
                        fmt::format("units[{}]", i));
        }
        x += static_cast<double>(units[i].numerator);
        n += static_cast<double>(units[i].denominator);
    }
    if (n <= 0.0) return Fail(ErrorCode::kInvalidArgument, "de som van de noemers is 0", "units");
    return x / n;
}

FunnelPosition ClassifyInFunnel(Fraction unit, const FunnelLimits& limits) {
    if (unit.denominator <= 0) return FunnelPosition::kWithin;
    const double p = static_cast<double>(unit.numerator) / static_cast<double>(unit.denominator);
    if (p > limits.limits998.upper) return FunnelPosition::kAbove998;
    if (p > limits.limits95.upper) return FunnelPosition::kAbove95;
    if (p < limits.limits998.lower) return FunnelPosition::kBelow998;
    if (p < limits.limits95.lower) return FunnelPosition::kBelow95;
    return FunnelPosition::kWithin;
}

const char* FunnelPositionName(FunnelPosition position) {
    switch (position) {
        case FunnelPosition::kAbove998:
            return "above_998";
        case FunnelPosition::kAbove95:
            return "above_95";
        case FunnelPosition::kWithin:
            return "within";
        case FunnelPosition::kBelow95:
            return "below_95";
        case FunnelPosition::kBelow998:
            return "below_998";
    }
    return "within";
}

}  // namespace kompas
