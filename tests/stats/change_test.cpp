#include "stats/change.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace kompas {
namespace {

// Newcombe RG (1998), "Interval estimation for the difference between independent proportions:
// comparison of eleven methods", Statistics in Medicine 17:873–890, Table II, method 10 (hybrid
// score, no continuity correction), 95 %. Newcombe's θ = p1 − p2 with p1 the first proportion; our
// interval is for later − earlier, so p1 is `later` here.
struct DifferenceCase {
    Fraction later;
    Fraction earlier;
    double lower;
    double upper;
};

class NewcombePublished : public testing::TestWithParam<DifferenceCase> {};

TEST_P(NewcombePublished, ReproducesMethodTenToFourDecimals) {
    const DifferenceCase c = GetParam();
    const auto interval = NewcombeDifferenceInterval(c.earlier, c.later);
    ASSERT_TRUE(interval.has_value());
    EXPECT_NEAR(interval->lower, c.lower, 0.00005);
    EXPECT_NEAR(interval->upper, c.upper, 0.00005);
}

INSTANTIATE_TEST_SUITE_P(NewcombeTableII, NewcombePublished,
                         testing::Values(DifferenceCase{{56, 70}, {48, 80}, 0.0524, 0.3339},  // (a)
                                         DifferenceCase{{9, 10}, {3, 10}, 0.1705, 0.8090},    // (b)
                                         DifferenceCase{{5, 56}, {0, 29}, -0.0381, 0.1926},   // (d)
                                         // (e), (f): with a zero count on both sides the limits are the Wilson upper
                                         // limits of 0/10 (0.2775) and 0/20 (0.1611), which can be checked by hand.
                                         DifferenceCase{{0, 10}, {0, 20}, -0.1611, 0.2775},
                                         DifferenceCase{{0, 10}, {0, 10}, -0.2775, 0.2775}));

TEST(NewcombeDifference, SixOfSevenMinusTwoOfSevenByHand) {
    // 6/7 − 2/7 computed by hand from the Wilson limits 6/7 → (0.486872, 0.974320) and
    // 2/7 → (0.082219, 0.641066): 4/7 − √(0.370271² + 0.355352²) = 0.0582 and
    // 4/7 + √(0.117177² + 0.203495²) = 0.8062. (0.0381–0.8231 is the continuity-corrected
    // method 11 in Newcombe's table, not method 10.)
    const Interval interval = *NewcombeDifferenceInterval({2, 7}, {6, 7});
    EXPECT_NEAR(interval.lower, 0.0582, 0.00005);
    EXPECT_NEAR(interval.upper, 0.8062, 0.00005);
}

TEST(NewcombeDifference, SwappingTheFiguresNegatesTheInterval) {
    const Interval forward = *NewcombeDifferenceInterval({48, 80}, {56, 70});
    const Interval backward = *NewcombeDifferenceInterval({56, 70}, {48, 80});
    EXPECT_NEAR(backward.lower, -forward.upper, 1e-12);
    EXPECT_NEAR(backward.upper, -forward.lower, 1e-12);
}

TEST(CompareProportions, GivesTheVerdictFromTheInterval) {
    const Change up = *CompareProportions({48, 80}, {56, 70});
    EXPECT_NEAR(up.difference, 0.2, 1e-12);
    EXPECT_EQ(up.verdict, ChangeVerdict::kIncrease);
    EXPECT_EQ(CompareProportions({56, 70}, {48, 80})->verdict, ChangeVerdict::kDecrease);
    // 5/56 against 0/29: the interval (−0.0381, 0.1926) contains 0.
    EXPECT_EQ(CompareProportions({0, 29}, {5, 56})->verdict, ChangeVerdict::kWithinNormalVariation);
}

TEST(CompareProportions, RejectsInvalidCounts) {
    EXPECT_EQ(CompareProportions({0, 0}, {1, 10}).error().field, "earlier");
    EXPECT_EQ(CompareProportions({1, 10}, {11, 10}).error().field, "later");
    EXPECT_FALSE(CompareProportions({1, 10}, {1, 10}, 1.5).has_value());
}

TEST(VerdictOf, AnIntervalTouchingZeroIsNormalVariation) {
    EXPECT_EQ(VerdictOf({0.0, 0.3}), ChangeVerdict::kWithinNormalVariation);
    EXPECT_EQ(VerdictOf({-0.3, 0.0}), ChangeVerdict::kWithinNormalVariation);
    EXPECT_EQ(VerdictOf({1e-9, 0.3}), ChangeVerdict::kIncrease);
    EXPECT_EQ(VerdictOf({-0.3, -1e-9}), ChangeVerdict::kDecrease);
}

TEST(CompareEstimates, UsesTheNormalApproximationWhenBothStandardErrorsAreKnown) {
    // 13 − 10 ± 1.959964 · √(1² + 1²) = 3 ± 2.771808.
    const Change change = *CompareEstimates({10.0, 1.0}, {13.0, 1.0});
    ASSERT_TRUE(change.interval.has_value());
    EXPECT_NEAR(change.interval->lower, 0.228192, 1e-6);
    EXPECT_NEAR(change.interval->upper, 5.771808, 1e-6);
    EXPECT_EQ(change.verdict, ChangeVerdict::kIncrease);
    EXPECT_EQ(CompareEstimates({10.0, 2.0}, {13.0, 2.0})->verdict, ChangeVerdict::kWithinNormalVariation);
}

TEST(CompareEstimates, SaysNothingWithoutAStandardError) {
    const Change change = *CompareEstimates({10.0, std::nullopt}, {30.0, 1.0});
    EXPECT_DOUBLE_EQ(change.difference, 20.0);
    EXPECT_FALSE(change.interval.has_value());
    EXPECT_FALSE(change.verdict.has_value());
    // A standard error of 0 means "exact", which is not the same as unknown.
    EXPECT_EQ(CompareEstimates({10.0, 0.0}, {10.5, 0.0})->verdict, ChangeVerdict::kIncrease);
}

TEST(CompareEstimates, RejectsNegativeOrNonFiniteInput) {
    EXPECT_FALSE(CompareEstimates({10.0, -1.0}, {13.0, 1.0}).has_value());
    EXPECT_FALSE(CompareEstimates({std::nan(""), 1.0}, {13.0, 1.0}).has_value());
    EXPECT_FALSE(NormalDifferenceInterval(1.0, 1.0, 2.0, INFINITY).has_value());
}

TEST(ChangeVerdict, HasStableNamesAndDutchLabels) {
    EXPECT_STREQ(ChangeVerdictName(ChangeVerdict::kWithinNormalVariation), "within_normal_variation");
    EXPECT_STREQ(ChangeVerdictLabel(ChangeVerdict::kDecrease), "afname");
}

}  // namespace
}  // namespace kompas
