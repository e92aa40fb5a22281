#include "core/profile.hpp"

#include <gtest/gtest.h>

namespace kompas {
namespace {

Observation Obs(std::string indicator, std::string region, std::string period, std::optional<double> value) {
    Observation o;
    o.indicator = std::move(indicator);
    o.region = std::move(region);
    o.period = std::move(period);
    o.value = value;
    o.status = value ? ObservationStatus::kKnown : ObservationStatus::kUnknown;
    return o;
}

TEST(ProfileTest, LatestKnownValueWithChangeAndComparisons) {
    const std::vector<Observation> own = {Obs("p", "WK003401", "2023JJ00", 10.0),
                                          Obs("p", "WK003401", "2024JJ00", 12.5)};
    const std::vector<Observation> parent = {Obs("p", "GM0034", "2024JJ00", 11.7)};
    const std::vector<Observation> country = {Obs("p", "NL01", "2023JJ00", 9.0)};
    const auto profile = BuildProfile(own, parent, country, {});
    ASSERT_EQ(profile.size(), 1u);
    EXPECT_EQ(profile[0].latest.period, "2024JJ00");
    ASSERT_TRUE(profile[0].change.has_value());
    EXPECT_DOUBLE_EQ(*profile[0].change, 2.5);
    ASSERT_TRUE(profile[0].parent.has_value());
    EXPECT_DOUBLE_EQ(*profile[0].parent->value, 11.7);
    EXPECT_FALSE(profile[0].country.has_value()) << "the country's figure is for another period";
}

TEST(ProfileTest, UnknownLatestPeriodIsSkippedForTheLastKnownOne) {
    const std::vector<Observation> own = {Obs("p", "GM0034", "2023JJ00", 11.4), Obs("p", "GM0034", "2024JJ00", 11.7),
                                          Obs("p", "GM0034", "2025JJ00", std::nullopt)};
    const auto profile = BuildProfile(own, {}, {}, {});
    ASSERT_EQ(profile.size(), 1u);
    EXPECT_EQ(profile[0].latest.period, "2024JJ00");
    EXPECT_NEAR(*profile[0].change, 0.3, 1e-9);
}

TEST(ProfileTest, AllUnknownStaysUnknownNotZero) {
    const auto profile = BuildProfile({Obs("p", "BU00340101", "2024JJ00", std::nullopt)}, {}, {}, {});
    ASSERT_EQ(profile.size(), 1u);
    EXPECT_FALSE(profile[0].latest.value.has_value());
    EXPECT_EQ(profile[0].latest.status, ObservationStatus::kUnknown);
    EXPECT_FALSE(profile[0].change.has_value());
}

TEST(ProfileTest, NoChangeWhenThePreviousValueIsUnknown) {
    const std::vector<Observation> own = {Obs("p", "GM0034", "2023JJ00", std::nullopt),
                                          Obs("p", "GM0034", "2024JJ00", 11.7)};
    const auto profile = BuildProfile(own, {}, {}, {});
    ASSERT_TRUE(profile[0].previous.has_value());
    EXPECT_FALSE(profile[0].change.has_value());
}

TEST(ProfileTest, FollowsTheGivenIndicatorOrder) {
    const std::vector<Observation> own = {Obs("a", "GM0034", "2024JJ00", 1.0), Obs("b", "GM0034", "2024JJ00", 2.0),
                                          Obs("c", "GM0034", "2024JJ00", 3.0)};
    const auto profile = BuildProfile(own, {}, {}, {"c", "a"});
    ASSERT_EQ(profile.size(), 3u);
    EXPECT_EQ(profile[0].indicator, "c");
    EXPECT_EQ(profile[1].indicator, "a");
    EXPECT_EQ(profile[2].indicator, "b");
}

}  // namespace
}  // namespace kompas
