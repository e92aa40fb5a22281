#include "stats/proportion.hpp"

#include <gtest/gtest.h>

namespace kompas {
namespace {

TEST(NormalQuantile, MatchesPublishedCriticalValues) {
    // Standard normal quantiles as tabulated in Abramowitz & Stegun (1964), Table 26.5.
    EXPECT_NEAR(*NormalQuantile(0.975), 1.959963985, 1e-9);
    EXPECT_NEAR(*NormalQuantile(0.995), 2.575829304, 1e-9);
    EXPECT_NEAR(*NormalQuantile(0.999), 3.090232306, 1e-9);
    EXPECT_NEAR(*NormalQuantile(0.001), -3.090232306, 1e-9);  // lower tail region of Acklam's algorithm
    EXPECT_NEAR(*NormalQuantile(0.5), 0.0, 1e-15);
    EXPECT_NEAR(*TwoSidedZ(0.95), 1.959963985, 1e-9);
}

TEST(NormalQuantile, RejectsProbabilitiesOutsideTheOpenUnitInterval) {
    EXPECT_EQ(NormalQuantile(0.0).error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(NormalQuantile(1.0).error().code, ErrorCode::kInvalidArgument);
    EXPECT_FALSE(TwoSidedZ(1.0).has_value());
    EXPECT_FALSE(TwoSidedZ(0.0).has_value());
}

// Newcombe RG (1998), "Two-sided confidence intervals for the single proportion: comparison of
// seven methods", Statistics in Medicine 17:857–872, Table I, method 3 (Wilson score, no
// continuity correction), 95 %.
struct WilsonCase {
    int numerator;
    int denominator;
    double lower;
    double upper;
};

class WilsonPublished : public testing::TestWithParam<WilsonCase> {};

TEST_P(WilsonPublished, ReproducesNewcombeTableOneToFourDecimals) {
    const WilsonCase c = GetParam();
    const auto interval = WilsonInterval(c.numerator, c.denominator);
    ASSERT_TRUE(interval.has_value());
    EXPECT_NEAR(interval->lower, c.lower, 0.00005);
    EXPECT_NEAR(interval->upper, c.upper, 0.00005);
}

INSTANTIATE_TEST_SUITE_P(NewcombeTableI, WilsonPublished,
                         testing::Values(WilsonCase{81, 263, 0.2553, 0.3662}, WilsonCase{15, 148, 0.0624, 0.1605},
                                         WilsonCase{0, 20, 0.0, 0.1611}, WilsonCase{1, 29, 0.0061, 0.1718}));

TEST(WilsonInterval, IsExactlyZeroOrOneAtTheEnds) {
    EXPECT_EQ(WilsonInterval(0, 20)->lower, 0.0);
    EXPECT_EQ(WilsonInterval(20, 20)->upper, 1.0);
    // Mirror image of 0/20: 20/20 has lower bound 1 − 0.1611.
    EXPECT_NEAR(WilsonInterval(20, 20)->lower, 1.0 - 0.1611, 0.00005);
}

TEST(WilsonInterval, WidensWithConfidence) {
    const Interval i90 = *WilsonInterval(81, 263, 0.90);
    const Interval i99 = *WilsonInterval(81, 263, 0.99);
    EXPECT_GT(i90.lower, 0.2553);
    EXPECT_LT(i99.lower, 0.2553);
    EXPECT_LT(i90.upper, i99.upper);
}

TEST(WilsonInterval, RejectsInvalidCountsAndConfidence) {
    EXPECT_EQ(WilsonInterval(0, 0).error().field, "denominator");
    EXPECT_EQ(WilsonInterval(1, -5).error().field, "denominator");
    EXPECT_EQ(WilsonInterval(-1, 20).error().field, "numerator");
    EXPECT_EQ(WilsonInterval(21, 20).error().field, "numerator");
    EXPECT_EQ(WilsonInterval(1, 20, 1.0).error().field, "confidence");
    EXPECT_EQ(WilsonInterval(1, 20, 0.0).error().code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace kompas
