#include "stats/suppression.hpp"

#include <gtest/gtest.h>

namespace kompas {
namespace {

TEST(MustSuppressProportion, HidesSmallNumeratorsComplementsAndDenominators) {
    EXPECT_TRUE(MustSuppressProportion(1, 50));   // one person
    EXPECT_TRUE(MustSuppressProportion(49, 50));  // all but one person
    EXPECT_FALSE(MustSuppressProportion(5, 50));
    EXPECT_FALSE(MustSuppressProportion(45, 50));
    EXPECT_TRUE(MustSuppressProportion(5, 9));  // denominator below 10
    EXPECT_FALSE(MustSuppressProportion(5, 10));
    EXPECT_FALSE(MustSuppressProportion(0, 50));  // zero shown unless suppress_zero
    EXPECT_TRUE(MustSuppressProportion(0, 0));
    EXPECT_TRUE(MustSuppressProportion(60, 50));
}

TEST(MustSuppressProportion, HidesZeroAndAllOfASmallBase) {
    SuppressionRule rule;
    rule.extreme_min_denominator = 20;
    EXPECT_TRUE(MustSuppressProportion(0, 12, rule));   // none of 12
    EXPECT_TRUE(MustSuppressProportion(12, 12, rule));  // all 12
    EXPECT_TRUE(MustSuppressProportion(19, 19, rule));
    EXPECT_FALSE(MustSuppressProportion(0, 20, rule));
    EXPECT_FALSE(MustSuppressProportion(20, 20, rule));
    EXPECT_FALSE(MustSuppressProportion(6, 12, rule));
    EXPECT_FALSE(MustSuppressProportion(0, 12));  // off unless asked for
}

}  // namespace
}  // namespace kompas
