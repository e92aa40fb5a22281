// The youth profile's JSON: figures computed by Kompas are rounded to their indicator's decimals.
#include "http/json.hpp"

#include <gtest/gtest.h>

namespace kompas {
namespace {

RegionProfile AlmereYouthCare(int decimals, double latest, double previous) {
    RegionProfile profile;
    profile.region = {"GM0034", "Almere", RegionLevel::kMunicipality, "PV24"};
    profile.indicators.push_back(
        {"PercentageJongerenMetJeugdzorg", "Jongeren met jeugdzorg", "%", decimals, Direction::kNeutral, "CBS", ""});
    ProfileEntry entry;
    entry.indicator = "PercentageJongerenMetJeugdzorg";
    entry.latest = {"PercentageJongerenMetJeugdzorg", "GM0034", "2024", latest, {}, {}, ObservationStatus::kKnown};
    entry.previous = {"PercentageJongerenMetJeugdzorg", "GM0034", "2023", previous, {}, {}, ObservationStatus::kKnown};
    entry.change = latest - previous;
    profile.entries.push_back(entry);
    return profile;
}

// Regression: the change read 0.29999999999999893 (11.6 - 11.3 in binary floating point).
TEST(ProfileJson, ChangeHasNoFloatingPointNoise) {
    const RegionProfile profile = AlmereYouthCare(1, 11.6, 11.3);
    ASSERT_NE(*profile.entries[0].change, 0.3);  // the noise this test is about
    const nlohmann::json json = ToJson(profile);
    EXPECT_EQ(json["entries"][0]["change"].get<double>(), 0.3);
    EXPECT_NE(Dump(json).find("\"change\":0.3,"), std::string::npos) << Dump(json);
}

TEST(ProfileJson, ChangeIsRoundedToTheIndicatorsDecimals) {
    EXPECT_EQ(ToJson(AlmereYouthCare(0, 12.4, 11.3))["entries"][0]["change"].get<double>(), 1.0);
    EXPECT_EQ(ToJson(AlmereYouthCare(2, 11.36, 11.3))["entries"][0]["change"].get<double>(), 0.06);
    // A change that rounds to nothing is 0, not -0.
    EXPECT_EQ(Dump(ToJson(AlmereYouthCare(1, 11.3, 11.32))["entries"][0]["change"]), "0.0");
}

}  // namespace
}  // namespace kompas
