#include "stats/funnel.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace kompas {
namespace {

TEST(BinomialCdf, MatchesExactSums) {
    // Binomial(10, 1/2): P(R ≤ 7) = 968/1024, P(R ≤ 2) = 56/1024.
    EXPECT_NEAR(*BinomialCdf(7, 10, 0.5), 968.0 / 1024.0, 1e-13);
    EXPECT_NEAR(*BinomialCdf(2, 10, 0.5), 56.0 / 1024.0, 1e-13);
    // Binomial(20, 0.1): P(R ≤ 0) = 0.9^20.
    EXPECT_NEAR(*BinomialCdf(0, 20, 0.1), std::pow(0.9, 20), 1e-13);
    EXPECT_EQ(*BinomialCdf(-1, 10, 0.5), 0.0);
    EXPECT_EQ(*BinomialCdf(10, 10, 0.5), 1.0);
    EXPECT_FALSE(BinomialCdf(1, 10, 1.5).has_value());
}

TEST(FunnelLimit, InterpolatesTheExactBinomialLimitAsSpiegelhalter) {
    // By hand for n = 10, θ = 0.5. Upper 97.5 %: r = 8 (P(R ≤ 8) = 1013/1024 ≥ 0.975 > 968/1024),
    // α = (1013 − 998.4) / 45 = 0.324444, limit (8 − α)/10 = 0.767556.
    // Lower 2.5 %: r = 2 (56/1024 ≥ 0.025 > 11/1024), α = (56 − 25.6) / 45 = 0.675556, limit 0.132444.
    EXPECT_NEAR(*FunnelLimit(0.5, 10, 0.975), 0.7675556, 1e-6);
    EXPECT_NEAR(*FunnelLimit(0.5, 10, 0.025), 0.1324444, 1e-6);
}

TEST(FunnelLimit, ApproachesTheNormalLimitsForLargeN) {
    // θ ± z·√(θ(1 − θ)/n) for θ = 0.1, n = 100 000; the binomial limits differ by O(1/n).
    const FunnelLimits limits = *ComputeFunnelLimits(0.1, 100000);
    const double se = std::sqrt(0.1 * 0.9 / 100000);
    EXPECT_NEAR(limits.limits95.upper, 0.1 + 1.959964 * se, 1e-5);
    EXPECT_NEAR(limits.limits95.lower, 0.1 - 1.959964 * se, 1e-5);
    EXPECT_NEAR(limits.limits998.upper, 0.1 + 3.090232 * se, 1e-5);
    EXPECT_NEAR(limits.limits998.lower, 0.1 - 3.090232 * se, 1e-5);
}

TEST(FunnelLimits, NarrowWithSizeAndNestTheNinetyFiveInsideTheOtherLimits) {
    double previous_width = 2.0;
    for (const std::int64_t n : {20, 50, 100, 500, 2000}) {
        const FunnelLimits limits = *ComputeFunnelLimits(0.3, n);
        EXPECT_LE(limits.limits998.lower, limits.limits95.lower) << n;
        EXPECT_LT(limits.limits95.lower, 0.3) << n;
        EXPECT_GT(limits.limits95.upper, 0.3) << n;
        EXPECT_LE(limits.limits95.upper, limits.limits998.upper) << n;
        const double width = limits.limits998.upper - limits.limits998.lower;
        EXPECT_LT(width, previous_width) << n;
        previous_width = width;
    }
}

TEST(FunnelLimits, ARateOfZeroOrOneHasNoSpread) {
    const FunnelLimits zero = *ComputeFunnelLimits(0.0, 50);
    EXPECT_EQ(zero.limits998.lower, 0.0);
    EXPECT_EQ(zero.limits998.upper, 0.0);
    const FunnelLimits one = *ComputeFunnelLimits(1.0, 50);
    EXPECT_EQ(one.limits95.lower, 1.0);
    EXPECT_EQ(ClassifyInFunnel({50, 50}, one), FunnelPosition::kWithin);
}

TEST(FunnelLimits, RejectInvalidInput) {
    EXPECT_EQ(ComputeFunnelLimits(0.3, 0).error().field, "n");
    EXPECT_EQ(ComputeFunnelLimits(-0.1, 10).error().field, "rate");
    EXPECT_FALSE(FunnelLimit(0.3, 10, 1.0).has_value());
}

TEST(ClassifyInFunnel, PlacesUnitsAgainstTheirOwnLimits) {
    const FunnelLimits limits = *ComputeFunnelLimits(0.5, 10);
    EXPECT_EQ(ClassifyInFunnel({5, 10}, limits), FunnelPosition::kWithin);
    EXPECT_EQ(ClassifyInFunnel({8, 10}, limits), FunnelPosition::kAbove95);  // 0.8 > 0.7676
    EXPECT_EQ(ClassifyInFunnel({10, 10}, limits), FunnelPosition::kAbove998);
    EXPECT_EQ(ClassifyInFunnel({1, 10}, limits), FunnelPosition::kBelow95);
    EXPECT_EQ(ClassifyInFunnel({0, 10}, limits), FunnelPosition::kBelow998);
    EXPECT_STREQ(FunnelPositionName(FunnelPosition::kBelow95), "below_95");
}

TEST(PooledRate, IsTheTotalOfCountsOverTheTotalOfSizes) {
    const std::vector<Fraction> units = {{10, 100}, {30, 100}, {0, 0}};
    EXPECT_DOUBLE_EQ(*PooledRate(units), 0.2);
    EXPECT_FALSE(PooledRate({}).has_value());
    const std::vector<Fraction> empty = {{0, 0}};
    EXPECT_FALSE(PooledRate(empty).has_value());
    const std::vector<Fraction> bad = {{3, 2}};
    EXPECT_EQ(PooledRate(bad).error().field, "units[0]");
}

}  // namespace
}  // namespace kompas
