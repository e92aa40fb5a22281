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

TEST(ProfileTest, NearestLevelFillsAMissingFigureFromTheDistrictFirst) {
    const Region district = MakeRegion("WK003401", "Centrum").value();
    const Region municipality = MakeRegion("GM0034", "Almere").value();
    const std::vector<Observation> own = {Obs("a", "BU00340101", "2024JJ00", 5.0),
                                          Obs("b", "BU00340101", "2024JJ00", std::nullopt)};
    const std::vector<Observation> at_district = {Obs("a", "WK003401", "2024JJ00", 6.0),
                                                  Obs("b", "WK003401", "2023JJ00", 7.0),
                                                  Obs("b", "WK003401", "2024JJ00", 7.5)};
    const std::vector<Observation> at_municipality = {Obs("b", "GM0034", "2024JJ00", 8.0),
                                                      Obs("c", "GM0034", "2024JJ00", 9.0)};
    const std::vector<Observation> country = {Obs("c", "NL01", "2024JJ00", 10.0)};
    const auto own_entries = BuildProfile(own, at_district, country, {});
    const auto entries = FillFromNearestLevel(own_entries, {{district, at_district}, {municipality, at_municipality}},
                                              at_district, country, {});
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_EQ(entries[0].indicator, "a");
    EXPECT_FALSE(entries[0].from.has_value()) << "a figure of its own stays";
    EXPECT_DOUBLE_EQ(*entries[0].latest.value, 5.0);
    EXPECT_EQ(entries[1].indicator, "b");
    ASSERT_TRUE(entries[1].from.has_value());
    EXPECT_EQ(entries[1].from->code, "WK003401") << "the district before the municipality";
    EXPECT_DOUBLE_EQ(*entries[1].latest.value, 7.5);
    EXPECT_NEAR(*entries[1].change, 0.5, 1e-9);
    EXPECT_FALSE(entries[1].parent.has_value()) << "the parent's figure is the figure itself";
    EXPECT_EQ(entries[2].indicator, "c");
    ASSERT_TRUE(entries[2].from.has_value());
    EXPECT_EQ(entries[2].from->code, "GM0034");
    ASSERT_TRUE(entries[2].country.has_value());
    EXPECT_DOUBLE_EQ(*entries[2].country->value, 10.0);
}

TEST(ProfileTest, NearestLevelLeavesAnUnknownWhenNoLevelKnowsIt) {
    const Region municipality = MakeRegion("GM0034", "Almere").value();
    const std::vector<Observation> own = {Obs("b", "WK003401", "2024JJ00", std::nullopt)};
    const std::vector<Observation> at_municipality = {Obs("b", "GM0034", "2024JJ00", std::nullopt)};
    const auto entries =
        FillFromNearestLevel(BuildProfile(own, {}, {}, {}), {{municipality, at_municipality}}, at_municipality, {}, {});
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_FALSE(entries[0].from.has_value());
    EXPECT_FALSE(entries[0].latest.value.has_value());
}

TEST(ProfileTest, NearestLevelNoteNamesBothLevels) {
    EXPECT_EQ(NearestLevelNote(RegionLevel::kNeighbourhood, MakeRegion("WK003401", "Centrum").value()),
              "Voor deze buurt is dit cijfer niet bekend; hier staat het cijfer van wijk Centrum.");
    EXPECT_EQ(NearestLevelNote(RegionLevel::kDistrict, MakeRegion("GM0034", "Almere").value()),
              "Voor deze wijk is dit cijfer niet bekend; hier staat het cijfer van gemeente Almere.");
    EXPECT_EQ(NearestLevelNote(RegionLevel::kNeighbourhood, MakeRegion("WK003401").value()),
              "Voor deze buurt is dit cijfer niet bekend; hier staat het cijfer van Wijk 01.");
}

}  // namespace
}  // namespace kompas
