#include "stats/proportion.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <numbers>

namespace kompas {
namespace {

// Coefficients of Acklam's algorithm for the inverse normal CDF (P. J. Acklam, 2003).
constexpr std::array<double, 6> kA = {-3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
                                      1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
constexpr std::array<double, 5> kB = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                                      6.680131188771972e+01, -1.328068155288572e+01};
constexpr std::array<double, 6> kC = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                                      -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
constexpr std::array<double, 4> kD = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                                      3.754408661907416e+00};
constexpr double kLowRegion = 0.02425;

double AcklamInitial(double p) {
    if (p < kLowRegion) {
        const double q = std::sqrt(-2.0 * std::log(p));
        return (((((kC[0] * q + kC[1]) * q + kC[2]) * q + kC[3]) * q + kC[4]) * q + kC[5]) /
               ((((kD[0] * q + kD[1]) * q + kD[2]) * q + kD[3]) * q + 1.0);
    }
    if (p > 1.0 - kLowRegion) {
        const double q = std::sqrt(-2.0 * std::log1p(-p));
        return -(((((kC[0] * q + kC[1]) * q + kC[2]) * q + kC[3]) * q + kC[4]) * q + kC[5]) /
               ((((kD[0] * q + kD[1]) * q + kD[2]) * q + kD[3]) * q + 1.0);
    }
    const double q = p - 0.5;
    const double r = q * q;
    return (((((kA[0] * r + kA[1]) * r + kA[2]) * r + kA[3]) * r + kA[4]) * r + kA[5]) * q /
           (((((kB[0] * r + kB[1]) * r + kB[2]) * r + kB[3]) * r + kB[4]) * r + 1.0);
}

}  // namespace

Result<double> NormalQuantile(double p) {
    if (!(p > 0.0 && p < 1.0)) {
        return Fail(ErrorCode::kInvalidArgument, "de kans moet tussen 0 en 1 liggen", "p");
    }
    double x = AcklamInitial(p);
    // One Halley step: the initial guess has a relative error below 1.15e-9; this brings it to
    // machine precision. Φ(x) through erfc keeps accuracy in the tails.
    const double e = 0.5 * std::erfc(-x / std::numbers::sqrt2) - p;
    const double u = e * std::sqrt(2.0 * std::numbers::pi) * std::exp(x * x / 2.0);
    x = x - u / (1.0 + x * u / 2.0);
    return x;
}

Result<double> TwoSidedZ(double confidence) {
    if (!(confidence > 0.0 && confidence < 1.0)) {
        return Fail(ErrorCode::kInvalidArgument, "het betrouwbaarheidsniveau moet tussen 0 en 1 liggen", "confidence");
    }
    return NormalQuantile(1.0 - (1.0 - confidence) / 2.0);
}

Interval WilsonIntervalZ(std::int64_t numerator, std::int64_t denominator, double z) {
    assert(denominator > 0 && numerator >= 0 && numerator <= denominator);
    const double n = static_cast<double>(denominator);
    const double p = static_cast<double>(numerator) / n;
    const double z2 = z * z;
    const double wilson_denominator = 1.0 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / wilson_denominator;
    const double half = z / wilson_denominator * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n));
    // At 0/n and n/n the bound is exactly 0 or 1; say so rather than leave rounding noise.
    const double lower = numerator == 0 ? 0.0 : std::max(0.0, centre - half);
    const double upper = numerator == denominator ? 1.0 : std::min(1.0, centre + half);
    return Interval{lower, upper};
}

Result<Interval> WilsonInterval(std::int64_t numerator, std::int64_t denominator, double confidence) {
    if (denominator <= 0) {
        return Fail(ErrorCode::kInvalidArgument, "het aantal waarnemingen moet groter dan 0 zijn", "denominator");
    }
    if (numerator < 0 || numerator > denominator) {
        return Fail(ErrorCode::kInvalidArgument, "het aantal treffers moet tussen 0 en het aantal waarnemingen liggen",
                    "numerator");
    }
    const auto z = TwoSidedZ(confidence);
    if (!z) return std::unexpected(z.error());
    return WilsonIntervalZ(numerator, denominator, *z);
}

}  // namespace kompas
