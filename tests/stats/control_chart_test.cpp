#include "stats/control_chart.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace kompas {
namespace {

bool Has(const std::vector<ControlRule>& signals, ControlRule rule) {
    for (const ControlRule s : signals) {
        if (s == rule) return true;
    }
    return false;
}

// Run rules on a series with centre 0 and sigma 1, so that values are z-scores.
std::vector<std::vector<ControlRule>> Rules(const std::vector<double>& values, RunRuleOptions options = {}) {
    const std::vector<double> sigmas(values.size(), 1.0);
    return ApplyRunRules(values, 0.0, sigmas, options);
}

int CountWith(const std::vector<std::vector<ControlRule>>& signals, ControlRule rule) {
    int count = 0;
    for (const auto& s : signals) count += Has(s, rule) ? 1 : 0;
    return count;
}

TEST(PChart, LimitsPerPointFollowTheDenominator) {
    // By hand: p̄ = (10 + 20 + 15) / (100 + 100 + 200) = 0.1125;
    // n = 100: σ = √(0.1125 · 0.8875 / 100) = 0.0315981, limits 0.0177058 and 0.2072942;
    // n = 200: σ = 0.0223432, limits 0.0454704 and 0.1795296.
    const std::vector<Fraction> points = {{10, 100}, {20, 100}, {15, 200}};
    const PChart chart = *ComputePChart(points);
    EXPECT_NEAR(chart.centre, 0.1125, 1e-12);
    ASSERT_EQ(chart.points.size(), 3u);
    EXPECT_NEAR(chart.points[0].sigma, 0.0315981, 1e-7);
    EXPECT_NEAR(chart.points[0].lower, 0.0177058, 1e-7);
    EXPECT_NEAR(chart.points[0].upper, 0.2072942, 1e-7);
    EXPECT_NEAR(chart.points[2].lower, 0.0454704, 1e-7);
    EXPECT_NEAR(chart.points[2].upper, 0.1795296, 1e-7);
    EXPECT_NEAR(chart.points[1].proportion, 0.2, 1e-12);
    for (const ControlPoint& p : chart.points) EXPECT_TRUE(p.signals.empty());
}

TEST(PChart, ClipsTheLowerLimitAtZero) {
    // p̄ = 0.02, n = 50: p̄ − 3σ = 0.02 − 3 · 0.0197990 < 0.
    const std::vector<Fraction> points = {{1, 50}, {1, 50}};
    const PChart chart = *ComputePChart(points);
    EXPECT_EQ(chart.points[0].lower, 0.0);
    EXPECT_NEAR(chart.points[0].upper, 0.02 + 3 * std::sqrt(0.02 * 0.98 / 50), 1e-12);
}

TEST(PChart, FlagsAPointBeyondTheLimits) {
    // p̄ = 70/1000 = 0.07; for n = 100 the upper limit is 0.07 + 3 · 0.0255147 = 0.1465; 30/100 is far above.
    const std::vector<Fraction> points = {{5, 100}, {6, 100}, {30, 100}, {5, 100}, {6, 100},
                                          {4, 100}, {5, 100}, {4, 100},  {5, 100}, {0, 100}};
    const PChart chart = *ComputePChart(points);
    EXPECT_TRUE(Has(chart.points[2].signals, ControlRule::kBeyondLimits));
    EXPECT_FALSE(Has(chart.points[0].signals, ControlRule::kBeyondLimits));
    EXPECT_FALSE(Has(chart.points[9].signals, ControlRule::kBeyondLimits));  // 0 is not below a limit of 0
}

TEST(PChart, ACentreOfZeroGivesNoSignalsAndNoNaN) {
    const std::vector<Fraction> points = {{0, 10}, {0, 20}, {0, 5}};
    const PChart chart = *ComputePChart(points);
    EXPECT_EQ(chart.centre, 0.0);
    for (const ControlPoint& p : chart.points) {
        EXPECT_EQ(p.sigma, 0.0);
        EXPECT_EQ(p.lower, 0.0);
        EXPECT_EQ(p.upper, 0.0);
        EXPECT_TRUE(p.signals.empty());
    }
}

TEST(PChart, RejectsEmptySeriesAndInvalidCounts) {
    EXPECT_FALSE(ComputePChart({}).has_value());
    const std::vector<Fraction> zero = {{1, 10}, {0, 0}};
    EXPECT_EQ(ComputePChart(zero).error().field, "points[1]");
    const std::vector<Fraction> too_many = {{11, 10}};
    EXPECT_EQ(ComputePChart(too_many).error().code, ErrorCode::kInvalidArgument);
}

TEST(RunRules, BeyondLimitsIsStrictlyBeyondThreeSigma) {
    const auto signals = Rules({3.0, -3.0, 3.01, -3.01});
    EXPECT_FALSE(Has(signals[0], ControlRule::kBeyondLimits));
    EXPECT_FALSE(Has(signals[1], ControlRule::kBeyondLimits));
    EXPECT_TRUE(Has(signals[2], ControlRule::kBeyondLimits));
    EXPECT_TRUE(Has(signals[3], ControlRule::kBeyondLimits));
}

TEST(RunRules, SevenPointsOnOneSideAreNoRunEightAre) {
    EXPECT_EQ(CountWith(Rules(std::vector<double>(7, 0.5)), ControlRule::kRun), 0);
    EXPECT_EQ(CountWith(Rules(std::vector<double>(8, 0.5)), ControlRule::kRun), 8);
    EXPECT_EQ(CountWith(Rules(std::vector<double>(8, -0.5)), ControlRule::kRun), 8);
}

TEST(RunRules, APointOnTheCentreLineEndsARun) {
    std::vector<double> values(9, 0.5);
    values[4] = 0.0;  // 4 above, 1 on the line, 4 above
    EXPECT_EQ(CountWith(Rules(values), ControlRule::kRun), 0);
}

TEST(RunRules, RunLengthIsConfigurable) {
    EXPECT_EQ(CountWith(Rules(std::vector<double>(7, 0.5), {.run_length = 7}), ControlRule::kRun), 7);
}

TEST(RunRules, FiveIncreasesAreNoTrendSixAre) {
    // Values cross the centre line so that no run forms.
    EXPECT_EQ(CountWith(Rules({-0.3, -0.2, -0.1, 0.1, 0.2, 0.3}), ControlRule::kTrend), 0);
    const auto six = Rules({-0.3, -0.2, -0.1, 0.05, 0.1, 0.2, 0.3});
    EXPECT_EQ(CountWith(six, ControlRule::kTrend), 7);
    EXPECT_EQ(CountWith(Rules({0.3, 0.2, 0.1, -0.05, -0.1, -0.2, -0.3}), ControlRule::kTrend), 7);
    EXPECT_EQ(CountWith(Rules({0.3, 0.2, 0.1, -0.1, -0.2, -0.3}), ControlRule::kTrend), 0);
}

TEST(RunRules, AnEqualNeighbourEndsATrend) {
    EXPECT_EQ(CountWith(Rules({-0.3, -0.2, -0.1, -0.1, 0.1, 0.2, 0.3, 0.4}), ControlRule::kTrend), 0);
}

TEST(RunRules, ATrendMarksOnlyItsOwnPoints) {
    // A fall, then six increases from index 1 to 7.
    const auto signals = Rules({0.5, -0.4, -0.3, -0.2, -0.1, 0.1, 0.2, 0.3});
    EXPECT_FALSE(Has(signals[0], ControlRule::kTrend));
    for (int i = 1; i <= 7; ++i) EXPECT_TRUE(Has(signals[i], ControlRule::kTrend)) << i;
}

TEST(RunRules, TwoOfThreeBeyondTwoSigmaOnTheSameSide) {
    const auto same = Rules({2.5, 0.0, 2.1});
    EXPECT_TRUE(Has(same[0], ControlRule::kTwoOfThree));
    EXPECT_FALSE(Has(same[1], ControlRule::kTwoOfThree));
    EXPECT_TRUE(Has(same[2], ControlRule::kTwoOfThree));
    EXPECT_EQ(CountWith(Rules({2.5, 0.0, -2.5}), ControlRule::kTwoOfThree), 0);      // opposite sides
    EXPECT_EQ(CountWith(Rules({2.5, 0.0, 0.0, 2.5}), ControlRule::kTwoOfThree), 0);  // not within three
    EXPECT_EQ(CountWith(Rules({2.0, 0.0, 2.5}), ControlRule::kTwoOfThree), 0);       // exactly 2 sigma is not beyond
    EXPECT_EQ(CountWith(Rules({-2.2, -2.9, 0.0}), ControlRule::kTwoOfThree), 2);
}

TEST(RunRules, SignalsComeInRuleOrderOnce) {
    // Eight points above, the last three strongly: run, and two-of-three on the last points; the
    // last one also beyond the limits.
    const auto signals = Rules({0.5, 0.5, 0.5, 0.5, 0.5, 2.5, 2.6, 3.5});
    const std::vector<ControlRule> expected = {ControlRule::kBeyondLimits, ControlRule::kRun, ControlRule::kTwoOfThree};
    EXPECT_EQ(signals[7], expected);
}

TEST(ControlRule, HasNamesAndDutchLabels) {
    EXPECT_STREQ(ControlRuleName(ControlRule::kTwoOfThree), "two_of_three");
    EXPECT_EQ(ControlRuleLabel(ControlRule::kBeyondLimits), "buiten de controlegrenzen");
    EXPECT_NE(ControlRuleLabel(ControlRule::kRun).find("8"), std::string::npos);
}

}  // namespace
}  // namespace kompas
