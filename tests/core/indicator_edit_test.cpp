#include "core/indicator_edit.hpp"

#include <gtest/gtest.h>

#include <string>

namespace kompas {
namespace {

Indicator Own() { return Indicator{"wachttijd", "Wachttijd jeugdhulp", "dagen", 0, Direction::kLowerIsBetter, "", ""}; }

TEST(IndicatorEditTest, CbsSourcesWithoutAnOwnerAreBuiltIn) {
    Indicator cbs = Own();
    cbs.source = "CBS 85984NED (Kerncijfers wijken en buurten 2024)";
    EXPECT_TRUE(IsBuiltInIndicator(cbs, false));
    EXPECT_FALSE(IsBuiltInIndicator(cbs, true)) << "an own indicator stays its owner's, whatever its source says";
    EXPECT_FALSE(IsBuiltInIndicator(Own(), false)) << "a long CSV's indicator has no source";
}

TEST(IndicatorEditTest, DescriptionsAreCheckedFieldByField) {
    EXPECT_TRUE(ValidateIndicatorDescription(Own()));
    Indicator bad = Own();
    bad.title = "  ";
    EXPECT_EQ(ValidateIndicatorDescription(bad).error().field, "title");
    bad = Own();
    bad.decimals = 7;
    EXPECT_EQ(ValidateIndicatorDescription(bad).error().field, "decimals");
    bad.decimals = -1;
    EXPECT_EQ(ValidateIndicatorDescription(bad).error().field, "decimals");
    bad = Own();
    bad.unit = std::string(41, 'x');
    EXPECT_EQ(ValidateIndicatorDescription(bad).error().field, "unit");
    bad = Own();
    bad.definition = std::string(5001, 'x');
    EXPECT_EQ(ValidateIndicatorDescription(bad).error().field, "definition");
}

}  // namespace
}  // namespace kompas
