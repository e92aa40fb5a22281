#include "core/region.hpp"

#include <gtest/gtest.h>

namespace kompas {
namespace {

TEST(RegionTest, TrimsCbsPadding) {
    EXPECT_EQ(NormaliseRegionCode("GM0034    ").value(), "GM0034");
    EXPECT_EQ(NormaliseRegionCode("  wk003401 ").value(), "WK003401");
}

TEST(RegionTest, RejectsCodesOfTheWrongShape) {
    for (const char* bad : {"", "GM34", "GM00345", "XX0034", "BU0034010", "WK00340A", "NL02", "Almere"}) {
        const auto result = NormaliseRegionCode(bad);
        ASSERT_FALSE(result.has_value()) << bad;
        EXPECT_EQ(result.error().code, ErrorCode::kInvalidArgument);
    }
}

TEST(RegionTest, DerivesParentsFromTheCode) {
    EXPECT_EQ(DerivedParent("BU00340101"), "WK003401");
    EXPECT_EQ(DerivedParent("WK003401"), "GM0034");
    EXPECT_EQ(DerivedParent("GM0034"), "NL01");
    EXPECT_EQ(DerivedParent("PV24"), "NL01");
    EXPECT_EQ(DerivedParent("NL01"), "");
}

TEST(RegionTest, MakeRegionKeepsAGivenParentAndName) {
    const auto region = MakeRegion("GM0034 ", "Almere  ", "PV24").value();
    EXPECT_EQ(region.code, "GM0034");
    EXPECT_EQ(region.name, "Almere");
    EXPECT_EQ(region.parent, "PV24");
    EXPECT_EQ(region.level, RegionLevel::kMunicipality);
}

TEST(RegionTest, MakeRegionNamesDistrictsWithoutAName) {
    const auto region = MakeRegion("WK003401").value();
    EXPECT_EQ(region.name, "Wijk 01");
    EXPECT_EQ(region.level, RegionLevel::kDistrict);
    EXPECT_EQ(region.parent, "GM0034");
}

TEST(RegionTest, LevelNamesRoundTrip) {
    for (const auto level : {RegionLevel::kCountry, RegionLevel::kProvince, RegionLevel::kYouthCareRegion,
                             RegionLevel::kMunicipality, RegionLevel::kDistrict, RegionLevel::kNeighbourhood}) {
        EXPECT_EQ(ParseRegionLevel(RegionLevelName(level)), level);
    }
    EXPECT_FALSE(ParseRegionLevel("gemeente").has_value());
}

}  // namespace
}  // namespace kompas
