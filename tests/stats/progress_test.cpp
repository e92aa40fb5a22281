// The pure progress calculation (stats/progress.hpp): periods to mid-years, the path from the
// baseline, the status against it, intervals and the latest change.
#include "stats/progress.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <span>
#include <string_view>

namespace kompas {
namespace {

Observation Value(std::string_view period, std::optional<double> value) {
    Observation observation;
    observation.indicator = "x";
    observation.region = "GM0034";
    observation.period = std::string(period);
    observation.value = value;
    observation.status = value ? ObservationStatus::kKnown : ObservationStatus::kUnknown;
    return observation;
}

TEST(AssessProgressTest, SinglePointAfterBaselineAndTheNeutralDirection) {
    ResultProgress progress;
    progress.indicator = Indicator{"x", "x", "aantal", 0, Direction::kNeutral, "", ""};
    progress.result.baseline = Baseline{100.0, "2020JJ00"};
    progress.result.target = Target{200.0, 2030};
    progress.region.name = "Almere";
    const Observation later = Value("2025KW01", 120.0);
    AssessProgress(progress, std::span(&later, 1));
    ASSERT_EQ(progress.series.size(), 1u);
    EXPECT_DOUBLE_EQ(progress.series[0].year, 2025.125);
    // Path at 2025.125: 100 + 100 × 4.625 / 10 = 146.25; higher is better (target above baseline).
    EXPECT_EQ(progress.status, ProgressStatus::kBehind) << progress.status_reason;
    EXPECT_FALSE(progress.change.has_value());

    const Observation month = Value("2024MM01", 250.0);
    AssessProgress(progress, std::span(&month, 1));
    EXPECT_NEAR(progress.series[0].year, 2024.0 + 0.5 / 12.0, 1e-12);
    EXPECT_EQ(progress.status, ProgressStatus::kTargetReached);
}

TEST(AssessProgressTest, AnIntervalAcrossPathAndBaselineCannotSay) {
    ResultProgress progress;
    progress.indicator = Indicator{"x", "x", "%", 1, Direction::kLowerIsBetter, "", ""};
    progress.result.baseline = Baseline{12.0, "2022JJ00"};
    progress.result.target = Target{10.0, 2028};
    Observation small = Value("2024JJ00", std::nullopt);
    small.numerator = 11;
    small.denominator = 100;  // 11 % ± 6: holds both the path (11.33) and the baseline (12)
    AssessProgress(progress, std::span(&small, 1));
    EXPECT_EQ(progress.status, ProgressStatus::kCannotSay) << progress.status_reason;

    Observation earlier = Value("2022JJ00", std::nullopt);
    earlier.numerator = 1200;
    earlier.denominator = 10000;
    Observation large = Value("2024JJ00", std::nullopt);
    large.numerator = 1000;
    large.denominator = 10000;
    const Observation both[] = {large, earlier};  // any order
    AssessProgress(progress, both);
    EXPECT_EQ(progress.series.front().period, "2022JJ00");
    EXPECT_EQ(progress.status, ProgressStatus::kTargetReached) << progress.status_reason;
    ASSERT_TRUE(progress.change.has_value());
    EXPECT_EQ(progress.change->verdict, "decrease");
    ASSERT_TRUE(progress.change->interval.has_value());
    EXPECT_LT(progress.change->interval->upper, 0.0);
}

TEST(HasUsableObservationTest, SkipsUnknownValuesAndZeroDenominators) {
    const Indicator percentage{"x", "x", "%", 1, Direction::kLowerIsBetter, "", ""};
    Observation unknown = Value("2024JJ00", std::nullopt);
    Observation zero = Value("2024JJ00", std::nullopt);
    zero.numerator = 0;
    zero.denominator = 0;
    const Observation none[] = {unknown, zero};
    EXPECT_FALSE(HasUsableObservation(none, percentage));
    EXPECT_FALSE(HasUsableObservation({}, percentage));
    Observation counted = zero;
    counted.denominator = 10;
    EXPECT_TRUE(HasUsableObservation(std::span(&counted, 1), percentage));
    const Observation value = Value("2024JJ00", 12.5);
    EXPECT_TRUE(HasUsableObservation(std::span(&value, 1), percentage));
}

}  // namespace
}  // namespace kompas
