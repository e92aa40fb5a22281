#include "stats/change.hpp"

#include <cmath>

namespace kompas {
namespace {

Result<void> ValidateFraction(Fraction count, const char* field) {
    if (count.denominator <= 0) {
        return Fail(ErrorCode::kInvalidArgument, "het aantal waarnemingen moet groter dan 0 zijn", field);
    }
    if (count.numerator < 0 || count.numerator > count.denominator) {
        return Fail(ErrorCode::kInvalidArgument, "het aantal treffers moet tussen 0 en het aantal waarnemingen liggen",
                    field);
    }
    return {};
}

double Proportion(Fraction count) {
    return static_cast<double>(count.numerator) / static_cast<double>(count.denominator);
}

}  // namespace

Result<Interval> NewcombeDifferenceInterval(Fraction earlier, Fraction later, double confidence) {
    if (auto ok = ValidateFraction(earlier, "earlier"); !ok) return std::unexpected(ok.error());
    if (auto ok = ValidateFraction(later, "later"); !ok) return std::unexpected(ok.error());
    const auto z = TwoSidedZ(confidence);
    if (!z) return std::unexpected(z.error());
    const double p1 = Proportion(earlier);
    const double p2 = Proportion(later);
    const Interval w1 = WilsonIntervalZ(earlier.numerator, earlier.denominator, *z);
    const Interval w2 = WilsonIntervalZ(later.numerator, later.denominator, *z);
    const double d = p2 - p1;
    const double below = std::hypot(p2 - w2.lower, w1.upper - p1);
    const double above = std::hypot(w2.upper - p2, p1 - w1.lower);
    return Interval{d - below, d + above};
}

Result<Interval> NormalDifferenceInterval(double earlier, double earlier_se, double later, double later_se,
                                          double confidence) {
    if (!std::isfinite(earlier) || !std::isfinite(later)) {
        return Fail(ErrorCode::kInvalidArgument, "de waarden moeten eindige getallen zijn", "value");
    }
    if (!std::isfinite(earlier_se) || !std::isfinite(later_se) || earlier_se < 0.0 || later_se < 0.0) {
        return Fail(ErrorCode::kInvalidArgument, "een standaardfout moet een eindig getal van ten minste 0 zijn",
                    "standard_error");
    }
    const auto z = TwoSidedZ(confidence);
    if (!z) return std::unexpected(z.error());
    const double d = later - earlier;
    const double half = *z * std::hypot(earlier_se, later_se);
    return Interval{d - half, d + half};
}

ChangeVerdict VerdictOf(const Interval& difference) {
    if (difference.lower > 0.0) return ChangeVerdict::kIncrease;
    if (difference.upper < 0.0) return ChangeVerdict::kDecrease;
    return ChangeVerdict::kWithinNormalVariation;
}

Result<Change> CompareProportions(Fraction earlier, Fraction later, double confidence) {
    const auto interval = NewcombeDifferenceInterval(earlier, later, confidence);
    if (!interval) return std::unexpected(interval.error());
    return Change{Proportion(later) - Proportion(earlier), *interval, VerdictOf(*interval)};
}

Result<Change> CompareEstimates(const Estimate& earlier, const Estimate& later, double confidence) {
    if (!std::isfinite(earlier.value) || !std::isfinite(later.value)) {
        return Fail(ErrorCode::kInvalidArgument, "de waarden moeten eindige getallen zijn", "value");
    }
    Change change{later.value - earlier.value, std::nullopt, std::nullopt};
    if (!earlier.standard_error || !later.standard_error) {
        if (!(confidence > 0.0 && confidence < 1.0)) {
            return Fail(ErrorCode::kInvalidArgument, "het betrouwbaarheidsniveau moet tussen 0 en 1 liggen",
                        "confidence");
        }
        return change;
    }
    const auto interval = NormalDifferenceInterval(earlier.value, *earlier.standard_error, later.value,
                                                   *later.standard_error, confidence);
    if (!interval) return std::unexpected(interval.error());
    change.interval = *interval;
    change.verdict = VerdictOf(*interval);
    return change;
}

const char* ChangeVerdictName(ChangeVerdict verdict) {
    switch (verdict) {
        case ChangeVerdict::kIncrease:
            return "increase";
        case ChangeVerdict::kDecrease:
            return "decrease";
        case ChangeVerdict::kWithinNormalVariation:
            return "within_normal_variation";
    }
    return "within_normal_variation";
}

const char* ChangeVerdictLabel(ChangeVerdict verdict) {
    switch (verdict) {
        case ChangeVerdict::kIncrease:
            return "toename";
        case ChangeVerdict::kDecrease:
            return "afname";
        case ChangeVerdict::kWithinNormalVariation:
            return "binnen de normale variatie";
    }
    return "binnen de normale variatie";
}

}  // namespace kompas
