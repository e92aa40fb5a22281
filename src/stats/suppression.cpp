#include "stats/suppression.hpp"

namespace kompas {
namespace {

bool IsSmall(std::int64_t count, const SuppressionRule& rule) {
    return (count > 0 && count < rule.min_count) || (count == 0 && rule.suppress_zero);
}

}  // namespace

bool MustSuppressProportion(std::int64_t numerator, std::int64_t denominator, const SuppressionRule& rule) {
    if (denominator <= 0 || denominator < rule.min_denominator) return true;
    if (numerator < 0 || numerator > denominator) return true;  // not a proportion: never publish
    if ((numerator == 0 || numerator == denominator) && denominator < rule.extreme_min_denominator) return true;
    return IsSmall(numerator, rule) || IsSmall(denominator - numerator, rule);
}

const char* SuppressionName(Suppression status) {
    switch (status) {
        case Suppression::kNone:
            return "none";
        case Suppression::kPrimary:
            return "primary";
        case Suppression::kComplementary:
            return "complementary";
    }
    return "primary";
}

}  // namespace kompas
