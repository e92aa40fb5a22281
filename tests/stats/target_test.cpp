#include "stats/target.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace kompas {
namespace {

// Higher is better: 40 in 2020, 60 in 2030, so the path is 50 in 2025.
const TargetPath kPath{40.0, 2020.0, 60.0, 2030.0};

TargetQuestion Higher(TargetPath path = kPath) { return {path, Direction::kHigherIsBetter, 1.0, 0.95}; }

SeriesPoint Value(double year, double value) {
    return SeriesPoint{year, value, std::nullopt, std::nullopt, std::nullopt};
}

SeriesPoint Counts(double year, std::int64_t numerator, std::int64_t denominator) {
    return SeriesPoint{year, std::nullopt, std::nullopt, numerator, denominator};
}

ProgressStatus StatusOf(const std::vector<SeriesPoint>& points, const TargetQuestion& question) {
    const auto assessment = AssessTarget(points, question);
    EXPECT_TRUE(assessment.has_value()) << (assessment ? "" : assessment.error().message);
    return assessment ? assessment->status : ProgressStatus::kCannotSay;
}

TEST(PathValueAt, IsTheStraightLineClampedToBaselineAndTarget) {
    EXPECT_DOUBLE_EQ(*PathValueAt(kPath, 2025.0), 50.0);
    EXPECT_DOUBLE_EQ(*PathValueAt(kPath, 2022.5), 45.0);
    EXPECT_DOUBLE_EQ(*PathValueAt(kPath, 2019.0), 40.0);
    EXPECT_DOUBLE_EQ(*PathValueAt(kPath, 2031.0), 60.0);
    EXPECT_DOUBLE_EQ(*PathValueAt({20.0, 2020.0, 10.0, 2030.0}, 2025.0), 15.0);
}

TEST(PathValueAt, RejectsATargetYearNotAfterTheBaseline) {
    EXPECT_EQ(PathValueAt({40.0, 2020.0, 60.0, 2020.0}, 2021.0).error().field, "target_year");
    EXPECT_EQ(PathValueAt({40.0, 2020.0, 60.0, 2019.0}, 2021.0).error().code, ErrorCode::kInvalidArgument);
    EXPECT_FALSE(PathValueAt(kPath, NAN).has_value());
    const std::vector<SeriesPoint> points = {Value(2021.0, 50.0)};
    EXPECT_EQ(AssessTarget(points, Higher({40.0, 2020.0, 60.0, 2020.0})).error().field, "target_year");
}

TEST(AssessTarget, ExactlyOnTargetIsReached) {
    const auto a = *AssessTarget(std::vector{Value(2030.0, 60.0)}, Higher());
    EXPECT_EQ(a.status, ProgressStatus::kTargetReached);
    EXPECT_FALSE(a.within_uncertainty);
    EXPECT_EQ(StatusOf({Value(2027.0, 60.0)}, Higher()), ProgressStatus::kTargetReached);  // early counts too
}

TEST(AssessTarget, ExactlyOnThePathIsOnCourseJustBelowIsBehind) {
    const auto a = *AssessTarget(std::vector{Value(2025.0, 50.0)}, Higher());
    EXPECT_EQ(a.status, ProgressStatus::kOnCourse);
    EXPECT_DOUBLE_EQ(*a.path_value, 50.0);
    EXPECT_EQ(StatusOf({Value(2025.0, 49.9)}, Higher()), ProgressStatus::kBehind);
}

TEST(AssessTarget, LowerIsBetterMirrorsTheRules) {
    // 20 in 2020 down to 10 in 2030: the path is 15 in 2025.
    const TargetQuestion lower{{20.0, 2020.0, 10.0, 2030.0}, Direction::kLowerIsBetter, 1.0, 0.95};
    EXPECT_EQ(StatusOf({Value(2025.0, 15.0)}, lower), ProgressStatus::kOnCourse);
    EXPECT_EQ(StatusOf({Value(2025.0, 14.0)}, lower), ProgressStatus::kOnCourse);
    EXPECT_EQ(StatusOf({Value(2025.0, 16.0)}, lower), ProgressStatus::kBehind);
    EXPECT_EQ(StatusOf({Value(2029.0, 10.0)}, lower), ProgressStatus::kTargetReached);
    EXPECT_EQ(StatusOf({Value(2029.0, 9.0)}, lower), ProgressStatus::kTargetReached);
    EXPECT_EQ(StatusOf({Value(2029.0, 25.0)}, lower), ProgressStatus::kBehind);
}

TEST(AssessTarget, CannotSayWithoutAPointAfterTheBaseline) {
    const auto none = *AssessTarget({}, Higher());
    EXPECT_EQ(none.status, ProgressStatus::kCannotSay);
    EXPECT_FALSE(none.estimate.has_value());
    EXPECT_FALSE(none.reason.empty());
    // A single point at the baseline year is the baseline itself, not progress.
    EXPECT_EQ(StatusOf({Value(2020.0, 70.0)}, Higher()), ProgressStatus::kCannotSay);
    EXPECT_EQ(StatusOf({Value(2018.0, 70.0)}, Higher()), ProgressStatus::kCannotSay);
}

TEST(AssessTarget, SkipsUnknownValuesAndSaysNothingWhenAllAreUnknown) {
    const SeriesPoint unknown{2026.0, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
    EXPECT_EQ(StatusOf({unknown, unknown}, Higher()), ProgressStatus::kCannotSay);
    // The latest known point decides, not the latest point.
    EXPECT_EQ(StatusOf({Value(2025.0, 30.0), unknown}, Higher()), ProgressStatus::kBehind);
}

TEST(AssessTarget, AZeroDenominatorIsUnknownNeverNaN) {
    const auto only = *AssessTarget(std::vector{Counts(2025.0, 0, 0)}, Higher());
    EXPECT_EQ(only.status, ProgressStatus::kCannotSay);
    EXPECT_FALSE(only.estimate.has_value());
    TargetQuestion percent = Higher();
    percent.scale = 100.0;
    const auto earlier = *AssessTarget(std::vector{Counts(2024.0, 600, 1000), Counts(2025.0, 0, 0)}, percent);
    EXPECT_EQ(earlier.status, ProgressStatus::kTargetReached);
    EXPECT_DOUBLE_EQ(*earlier.year, 2024.0);
    EXPECT_FALSE(std::isnan(*earlier.estimate));
}

TEST(AssessTarget, TheLatestYearDecidesWhateverTheOrder) {
    EXPECT_EQ(StatusOf({Value(2026.0, 30.0), Value(2022.0, 70.0)}, Higher()), ProgressStatus::kBehind);
}

TEST(AssessTarget, CannotSayWhenTheIntervalHoldsBothPathAndBaseline) {
    // 30 % → 50 % in percentages from counts; 3/5 in 2030 has Wilson (23.1 %, 88.2 %), which holds
    // both the target (50) and the baseline (30).
    TargetQuestion q{{30.0, 2020.0, 50.0, 2030.0}, Direction::kHigherIsBetter, 100.0, 0.95};
    const auto a = *AssessTarget(std::vector{Counts(2030.0, 3, 5)}, q);
    EXPECT_EQ(a.status, ProgressStatus::kCannotSay);
    ASSERT_TRUE(a.interval.has_value());
    EXPECT_NEAR(a.estimate.value(), 60.0, 1e-9);
    EXPECT_LT(a.interval->lower, 30.0);
}

TEST(AssessTarget, ReachedByThePointEstimateSaysWithinTheUncertainty) {
    TargetQuestion q{{30.0, 2020.0, 50.0, 2030.0}, Direction::kHigherIsBetter, 100.0, 0.95};
    // 520/1000 = 52 %, Wilson lower limit 48.9 %: reached, but only by the point estimate.
    const auto close = *AssessTarget(std::vector{Counts(2030.0, 520, 1000)}, q);
    EXPECT_EQ(close.status, ProgressStatus::kTargetReached);
    EXPECT_TRUE(close.within_uncertainty);
    EXPECT_NE(close.reason.find("binnen de onzekerheid"), std::string::npos);
    const auto clear = *AssessTarget(std::vector{Counts(2030.0, 600, 1000)}, q);
    EXPECT_EQ(clear.status, ProgressStatus::kTargetReached);
    EXPECT_FALSE(clear.within_uncertainty);
    EXPECT_EQ(clear.reason.find("binnen de onzekerheid"), std::string::npos);
}

TEST(AssessTarget, BehindOnlyWhenTheWholeIntervalIsShortOfThePath) {
    // Path 40 % in 2025.
    TargetQuestion q{{30.0, 2020.0, 50.0, 2030.0}, Direction::kHigherIsBetter, 100.0, 0.95};
    // 380/1000: Wilson (35.0 %, 41.1 %) straddles the path → cannot say.
    EXPECT_EQ(StatusOf({Counts(2025.0, 380, 1000)}, q), ProgressStatus::kCannotSay);
    // 300/1000: Wilson (27.2 %, 32.9 %) lies wholly below 40 → behind.
    EXPECT_EQ(StatusOf({Counts(2025.0, 300, 1000)}, q), ProgressStatus::kBehind);
    // 420/1000: above the path by the estimate, the interval (39.0 %, 45.1 %) reaches below it.
    const auto on = *AssessTarget(std::vector{Counts(2025.0, 420, 1000)}, q);
    EXPECT_EQ(on.status, ProgressStatus::kOnCourse);
    EXPECT_TRUE(on.within_uncertainty);
}

TEST(AssessTarget, UsesAStandardErrorWhenThereAreNoCounts) {
    SeriesPoint p = Value(2025.0, 48.0);
    p.standard_error = 1.5;  // 48 ± 2.94 holds 50 but not 40 → cannot say
    EXPECT_EQ(StatusOf({p}, Higher()), ProgressStatus::kCannotSay);
    p.standard_error = 0.5;  // 48 ± 0.98 is wholly below 50 → behind
    EXPECT_EQ(StatusOf({p}, Higher()), ProgressStatus::kBehind);
}

TEST(AssessTarget, BaselineEqualToTargetMeansHoldTheLevel) {
    const TargetPath flat{50.0, 2020.0, 50.0, 2030.0};
    EXPECT_EQ(StatusOf({Value(2024.0, 50.0)}, Higher(flat)), ProgressStatus::kTargetReached);
    EXPECT_EQ(StatusOf({Value(2024.0, 49.0)}, Higher(flat)), ProgressStatus::kBehind);
    SeriesPoint uncertain = Value(2024.0, 51.0);
    uncertain.standard_error = 1.0;  // the interval holds 50, which is both baseline and target
    EXPECT_EQ(StatusOf({uncertain}, Higher(flat)), ProgressStatus::kCannotSay);
}

TEST(AssessTarget, RejectsInvalidInput) {
    TargetQuestion neutral = Higher();
    neutral.direction = Direction::kNeutral;
    EXPECT_EQ(AssessTarget(std::vector{Value(2025.0, 50.0)}, neutral).error().field, "direction");
    EXPECT_EQ(AssessTarget(std::vector{Counts(2025.0, 11, 10)}, Higher()).error().field, "points[0]");
    EXPECT_EQ(AssessTarget(std::vector{Counts(2025.0, 1, 0)}, Higher()).error().code, ErrorCode::kInvalidArgument);
    SeriesPoint half = Value(2025.0, 50.0);
    half.numerator = 3;
    EXPECT_FALSE(AssessTarget(std::vector{half}, Higher()).has_value());
    EXPECT_FALSE(AssessTarget(std::vector{Value(2025.0, INFINITY)}, Higher()).has_value());
    TargetQuestion bad_scale = Higher();
    bad_scale.scale = 0.0;
    EXPECT_EQ(AssessTarget(std::vector{Value(2025.0, 50.0)}, bad_scale).error().field, "scale");
}

TEST(ProgressStatus, HasStableNamesAndDutchLabels) {
    EXPECT_STREQ(ProgressStatusName(ProgressStatus::kCannotSay), "cannot_say");
    EXPECT_STREQ(ProgressStatusLabel(ProgressStatus::kOnCourse), "op koers");
}

}  // namespace
}  // namespace kompas
