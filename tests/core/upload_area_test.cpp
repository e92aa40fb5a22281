#include "core/upload_area.hpp"

#include <gtest/gtest.h>

namespace kompas {
namespace {

TEST(UploadAreaTest, AMunicipalityCoversItselfItsDistrictsAndNeighbourhoods) {
    const UploadArea almere{"GM0034"};
    EXPECT_TRUE(InUploadArea(almere, "GM0034"));
    EXPECT_TRUE(InUploadArea(almere, "WK003401"));
    EXPECT_TRUE(InUploadArea(almere, "BU00340101"));
}

TEST(UploadAreaTest, OtherRegionsAreOutside) {
    const UploadArea almere{"GM0034"};
    for (const char* code : {"GM0363", "WK036301", "BU03630101", "NL01", "PV24", "JZ01", "GM0340"}) {
        EXPECT_FALSE(InUploadArea(almere, code)) << code;
    }
    EXPECT_FALSE(InUploadArea(UploadArea{}, "GM0034"));  // an organisation without a municipality has no area
}

TEST(UploadAreaTest, NoAreaMeansAnyRegionAndTheReasonNamesBoth) {
    EXPECT_FALSE(OutsideUploadArea(nullptr, "GM0363").has_value());
    const UploadArea almere{"GM0034"};
    EXPECT_FALSE(OutsideUploadArea(&almere, "BU00340101").has_value());
    const auto reason = OutsideUploadArea(&almere, "GM0363");
    ASSERT_TRUE(reason.has_value());
    EXPECT_NE(reason->find("GM0363"), std::string::npos);
    EXPECT_NE(reason->find("GM0034"), std::string::npos);
}

}  // namespace
}  // namespace kompas
